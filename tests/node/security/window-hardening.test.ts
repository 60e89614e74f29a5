import { describe, expect, it } from 'vitest';
import {
  hardenedWindowOptions,
  isAppUrl,
  isTrustedSender,
  permissionDecision,
  windowOpenDecision,
} from '../../../src/main/security/window-options';

const APP = 'file:///opt/restorative-workbench/resources/app.asar/out/renderer/index.html';

describe('the app window', () => {
  const options = hardenedWindowOptions('/opt/app/out/preload/index.cjs');
  const web = options.webPreferences!;

  it('gives the renderer no Node, an isolated world and the Chromium sandbox', () => {
    expect(web).toMatchObject({
      preload: '/opt/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every risky feature off', () => {
    expect(web).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    // Nothing that would loosen the above may be set at all.
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'nodeIntegrationInWorker', 'plugins']) {
      expect([undefined, false]).toContain((web as Record<string, unknown>)[key]);
    }
  });

  it('is not shown until it is ready (no white flash of an unstyled page)', () => {
    expect(options.show).toBe(false);
  });
});

describe('isAppUrl', () => {
  it.each([
    [APP, true],
    [`${APP}#/cases/123`, true],
    [`${APP}?tab=notes`, true],
    ['file:///opt/restorative-workbench/resources/app.asar/out/renderer/other.html', false],
    ['file:///tmp/index.html', false],
    ['file://evil.example/opt/restorative-workbench/resources/app.asar/out/renderer/index.html', false],
    ['https://evil.example/opt/restorative-workbench/resources/app.asar/out/renderer/index.html', false],
    ['http://localhost:5173/', false],
    ['about:blank', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    ['', false],
  ])('%j is the app page: %s', (url, expected) => {
    expect(isAppUrl(url, APP)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/src/main.tsx', true],
    ['http://localhost:5174/', false],
    ['http://localhost:5173.evil.example/', false],
    ['https://localhost:5173/', false],
    ['http://user@evil.example/?http://localhost:5173/', false],
  ])('with a dev server, %j is the app: %s', (url, expected) => {
    expect(isAppUrl(url, 'http://localhost:5173/')).toBe(expected);
  });

  it('refuses everything when the app URL itself is unusable', () => {
    expect(isAppUrl(APP, 'nonsense')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top-level app page', () => {
    expect(isTrustedSender({ url: APP, parent: null }, APP)).toBe(true);
    expect(isTrustedSender({ url: APP, parent: { url: APP } }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP)).toBe(false);
    expect(isTrustedSender({ url: APP, parent: undefined }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
  });
});

describe('permissions and new windows', () => {
  it('refuses every permission request', () => {
    expect(permissionDecision()).toBe(false);
  });

  it('never opens a new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});
