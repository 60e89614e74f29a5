import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { developmentCsp, productionCsp } from './src/main/security/csp';

/** Writes the CSP into index.html, from the same constant the shell sends as a header. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'workbench-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        html.replace('%CONTENT_SECURITY_POLICY%', ctx.server ? developmentCsp : productionCsp),
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rolldownOptions: {
        // Each worker is its own file beside the main bundle (workers/task-thread.ts).
        input: {
          index: resolve('src/main/index.ts'),
          'document-worker': resolve('src/main/documents/document-worker.ts'),
          'read-worker': resolve('src/main/workers/read-worker.ts'),
        },
        // Shared code goes in chunks beside the entries, not in a folder of their own: a worker's
        // file is found next to the module that starts it (new URL('./…-worker.cjs', import.meta.url)).
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require node_modules at run time: bundle everything.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve('out/renderer'),
      // No inline <script> or data: modules, so the strict CSP needs no exceptions.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
