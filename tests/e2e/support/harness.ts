/**
 * Starts the real thing for a browser test: a real encrypted vault in a temp folder, the real
 * handlers behind the loopback bridge, the production renderer build, and Debian's Chromium
 * driven by Playwright. Nothing stands in for the main process.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { printFooter, type DesktopPort } from '../../../src/main/ports';
import { createWorkbench, type Workbench, type WorkbenchOptions } from '../../../src/main/workbench';
import { startBridge, type Bridge } from './bridge-server';

// import.meta.url rather than __dirname: the harness also runs under tsx (npm run bench), as ESM.
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
export const SCREENSHOT_DIR = join(ROOT, 'screenshots');
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Low scrypt cost keeps browser tests quick; the production cost is proven in node tests. */
export const E2E_SCRYPT = { N: 2 ** 14, r: 8, p: 1 };

let preloadBundle: Promise<string> | null = null;

/** Bundles loopback-preload.ts (and the shared client it imports) into one classic script. */
function loopbackPreload(): Promise<string> {
  preloadBundle ??= (async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: {
          entry: join(ROOT, 'tests/e2e/browser/loopback-preload.ts'),
          formats: ['iife'],
          name: 'workbenchLoopback',
        },
      },
    });
    const outputs = Array.isArray(result) ? result : [result];
    for (const output of outputs) {
      if ('output' in output) {
        const chunk = output.output.find((o) => o.type === 'chunk');
        if (chunk && 'code' in chunk) return chunk.code;
      }
    }
    throw new Error('Could not bundle the loopback preload.');
  })();
  return preloadBundle;
}

export interface RunningApp {
  page: Page;
  context: BrowserContext;
  /** Null when the profile is kept on disk (the context is then the browser). */
  browser: Browser | null;
  bridge: Bridge;
  workbench: Workbench;
  dir: string;
  /** Messages the page logged as errors, and requests that left 127.0.0.1 (both should stay empty). */
  pageErrors: string[];
  offlineViolations: string[];
  screenshot(name: string): Promise<string>;
  /** Closes the browser and the bridge; keeps the vault folder unless `removeVault`. */
  close(options?: { removeVault?: boolean }): Promise<void>;
}

export interface StartOptions {
  dir?: string;
  /** `desktop` may give only the parts a test cares about; the rest come from the harness. */
  workbench?: Partial<Omit<WorkbenchOptions, 'desktop'>> & { desktop?: Partial<DesktopPort> };
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /**
   * A browser profile folder kept on disk (as a real browser keeps one), to look afterwards at
   * what the engine stored outside the vault. Without it the profile is thrown away.
   */
  profileDir?: string;
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('No renderer build: run "npm run build" before the browser tests.');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH.`,
    );
  }
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'rw-e2e-'));
  // Native dialogs cannot be clicked here: a saved file goes to the vault's temp folder under
  // the suggested name, and printing is Chromium's own print-to-PDF of the page as shown.
  let shownPage: Page | null = null;
  const desktop: DesktopPort = {
    chooseFolder: async () => null,
    chooseSaveFile: async (_purpose, suggestedName, extension) => join(dir, `${suggestedName}.${extension}`),
    chooseOpenFile: async () => null,
    printToPdf: async () => {
      if (!shownPage) throw new Error('No page to print.');
      return shownPage.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: printFooter,
      });
    },
    ...options.workbench?.desktop,
  };
  const workbench = createWorkbench({ dir, scryptCost: E2E_SCRYPT, ...options.workbench, desktop });
  const bridge = await startBridge(workbench, RENDERER_DIR);
  const launch = {
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // As the app does in Electron: British date order in date fields.
      '--lang=en-GB',
    ],
  };
  const contextOptions = {
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  } as const;
  const persistent = options.profileDir
    ? await chromium.launchPersistentContext(options.profileDir, { ...launch, ...contextOptions })
    : null;
  const browser = persistent ? null : await chromium.launch(launch);
  const context = persistent ?? (await browser!.newContext(contextOptions));
  const bundle = await loopbackPreload();
  await context.addInitScript({
    content: `window.__WORKBENCH_BRIDGE__ = ${JSON.stringify({ token: bridge.token })};\n${bundle}`,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  shownPage = page;
  const pageErrors: string[] = [];
  const offlineViolations: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('request', (request) => {
    if (
      !request.url().startsWith(bridge.url) &&
      !request.url().startsWith('data:') &&
      !request.url().startsWith('blob:')
    ) {
      offlineViolations.push(request.url());
    }
  });
  await page.goto(bridge.url);

  return {
    page,
    context,
    browser,
    bridge,
    workbench,
    dir,
    pageErrors,
    offlineViolations,
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close(closeOptions = {}) {
      await (browser ?? context).close();
      await bridge.close();
      await workbench.close();
      if (closeOptions.removeVault) rmSync(dir, { recursive: true, force: true });
    },
  };
}
