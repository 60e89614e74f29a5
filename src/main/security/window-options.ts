/**
 * The hardened window, as plain data so a node test can assert every option without the
 * Electron binary. The renderer gets no Node, runs sandboxed in an isolated world, and may
 * only navigate within the app's own page.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export function hardenedWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'Restorative Workbench',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: true,
      safeDialogs: true,
    },
  };
}

/** Is `url` the app's own page? Used for navigation and for checking IPC senders. */
export function isAppUrl(url: string, appUrl: string): boolean {
  let candidate: URL;
  let app: URL;
  try {
    candidate = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') {
    // The host matters too: file://server/share/... is a remote (UNC) file on Windows.
    return (
      candidate.protocol === 'file:' && candidate.host === app.host && candidate.pathname === app.pathname
    );
  }
  return candidate.origin === app.origin;
}

export interface SenderFrameLike {
  url: string;
  /** The frame's parent, null for the top frame. */
  parent: unknown;
}

/** Only the app's own top-level page may call the api; iframes and foreign pages may not. */
export function isTrustedSender(frame: SenderFrameLike | null | undefined, appUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}

/** Every permission (camera, geolocation, notifications, ...) is refused. */
export function permissionDecision(): boolean {
  return false;
}

/** window.open and target=_blank never open anything. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}
