/**
 * The Electron shell, and only the shell: single instance, one hardened window, IPC, menu,
 * power events. Everything else lives in createWorkbench() and runs without Electron.
 */
import { app, BrowserWindow, ipcMain, powerMonitor, session as electronSession } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerIpc } from './ipc';
import { nativeBindingFor } from './native-binding';
import { electronDesktop } from './platform/dialogs';
import { installMenu } from './platform/menu';
import { developmentCsp, productionCsp } from './security/csp';
import {
  hardenedWindowOptions,
  isAppUrl,
  permissionDecision,
  windowOpenDecision,
} from './security/window-options';
import { createWorkbench } from './workbench';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const appUrl = devServerUrl ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href;

// Dates in forms (day/month/year) and spellcheck follow British English, not the OS default.
app.commandLine.appendSwitch('lang', 'en-GB');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const workbench = createWorkbench({
    desktop: electronDesktop(() => mainWindow),
    dir: join(app.getPath('userData'), 'vault'),
    nativeBinding: nativeBindingFor(app.getAppPath(), process.versions),
    // Only the channel and the error class are ever logged: never input, never case text.
    logFailure: ({ channel, error }) => console.error(`[workbench] ${channel} failed: ${error}`),
  });

  const csp = devServerUrl ? developmentCsp : productionCsp;
  const ses = electronSession.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(permissionDecision()));
  ses.setPermissionCheckHandler(() => permissionDecision());
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } }),
  );
  // No remote content, ever: any request that is not the app's own files is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const ownFile = details.url.startsWith('file:') || details.url.startsWith('devtools:');
    const devServer = devServerUrl !== undefined && isAppUrl(details.url, devServerUrl);
    const devSocket = devServerUrl !== undefined && details.url.startsWith('ws://localhost');
    callback({ cancel: !(ownFile || devServer || devSocket) });
  });

  registerIpc(ipcMain, workbench.dispatch, () => appUrl);

  const window = new BrowserWindow(hardenedWindowOptions(join(__dirname, '../preload/index.cjs')));
  mainWindow = window;
  window.webContents.setWindowOpenHandler(windowOpenDecision);
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  // Closing the window first asks the page to save what is typed and lock (as for sleep or
  // screen lock); the session locks anyway after its grace period, then the window closes.
  let closing = false;
  window.on('close', (event) => {
    if (closing || !workbench.vault.isUnlocked) return;
    event.preventDefault();
    closing = true;
    const stop = workbench.vault.onLocked(() => {
      stop();
      window.close();
    });
    workbench.session.requestLock('quit');
  });
  void window.loadURL(appUrl);

  const unsubscribe = workbench.events.subscribe((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(`event:${event}`, payload);
  });
  installMenu((command) => window.webContents.send('event:menu:command', { command }));

  const idleTimer = setInterval(() => workbench.session.tick(), 5_000);
  powerMonitor.on('suspend', () => workbench.session.requestLock('suspend'));
  powerMonitor.on('lock-screen', () => workbench.session.requestLock('screen-lock'));

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Quitting locks first; a backup that is due gets about two seconds (workbench.close).
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    clearInterval(idleTimer);
    unsubscribe();
    void workbench.close().finally(() => app.quit());
  });
}
