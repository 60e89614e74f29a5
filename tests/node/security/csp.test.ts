import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { developmentCsp, productionCsp } from '../../../src/main/security/csp';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BUILT_HTML = join(REPO_ROOT, 'out/renderer/index.html');

function directives(csp: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) {
      expect(result.has(name), `duplicate directive ${name}`).toBe(false);
      result.set(name, sources);
    }
  }
  return result;
}

const decodeEntities = (text: string) =>
  text
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the production Content Security Policy', () => {
  const csp = directives(productionCsp);

  it('allows script from the app itself only: no inline script, no eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(productionCsp).not.toMatch(
      /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval'|'strict-dynamic'|'nonce-|'sha\d+-/,
    );
  });

  it('names no remote origin of any kind', () => {
    expect(productionCsp).not.toMatch(/https?:|wss?:|\*|\/\//);
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${source}`).toContain(source);
      }
    }
  });

  it('denies by default and closes the usual side doors', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('loosens only styles and the local dev-server socket in development', () => {
    const dev = directives(developmentCsp);
    expect(dev.get('script-src')).toEqual(["'self'"]);
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:*']);
    for (const [name, sources] of csp) {
      if (name !== 'style-src' && name !== 'connect-src') expect(dev.get(name)).toEqual(sources);
    }
  });
});

describe('the built renderer page (out/renderer/index.html)', () => {
  let html: string;
  beforeAll(() => {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, stdio: 'pipe', timeout: 120_000 });
    html = readFileSync(BUILT_HTML, 'utf8');
  }, 150_000);

  it('carries exactly the production CSP in its meta tag', () => {
    const metas = [
      ...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi),
    ];
    expect(metas).toHaveLength(1);
    expect(decodeEntities(metas[0]![1]!)).toBe(productionCsp);
  });

  it('has no inline script and no inline event handlers', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/[^"]+"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('loads nothing from another origin', () => {
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/gi)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      // The app's own files (relative) or inline data; never a scheme that reaches out.
      expect(url, url).toMatch(/^(\.\/[^:]*|data:.*)$/);
    }
    const assets = readdirSync(join(REPO_ROOT, 'out/renderer/assets'));
    expect(assets.some((name) => name.endsWith('.js'))).toBe(true);
  });
});
