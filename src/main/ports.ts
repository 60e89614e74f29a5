/**
 * What the services need from the desktop, without importing Electron: the shell provides
 * the real dialogs (folder, save, open) and printing (src/main/platform/dialogs.ts); browser tests provide a temp
 * folder and Chromium's own print-to-PDF, because a native dialog cannot be clicked in
 * headless Chromium.
 */
export interface DesktopPort {
  /** Asks the person for a folder; null when they cancel. */
  chooseFolder(purpose: string): Promise<string | null>;
  /** Asks where to save one file; null when they cancel. `extension` without the dot. */
  chooseSaveFile(purpose: string, suggestedName: string, extension: string): Promise<string | null>;
  /** Asks for one existing file to open (a backup); null when they cancel. */
  chooseOpenFile(purpose: string, extension: string): Promise<string | null>;
  /** Prints what the window shows now (a print view) to an A4 PDF. */
  printToPdf(): Promise<Uint8Array>;
}

/** Page numbers at the foot of every printed page, in Chromium's header/footer template form. */
export const printFooter =
  '<div style="width:100%;text-align:center;font:9px sans-serif;color:#595959">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

export const noDesktop: DesktopPort = {
  chooseFolder: async () => null,
  chooseSaveFile: async () => null,
  chooseOpenFile: async () => null,
  printToPdf: async () => {
    throw new Error('Printing needs the app window.');
  },
};
