/**
 * What the services need from the desktop, without importing Electron: the shell provides
 * the real dialogs (src/main/platform/dialogs.ts); browser tests provide a temp folder,
 * because a native dialog cannot be clicked in headless Chromium.
 */
export interface DesktopPort {
  /** Asks the person for a folder; null when they cancel. */
  chooseFolder(purpose: string): Promise<string | null>;
  /**
   * Asks the person where to save one file (a map picture); null when they cancel.
   * `filters` are the file types offered, e.g. [{ name: 'SVG picture', extensions: ['svg'] }].
   */
  chooseSaveFile(
    purpose: string,
    defaultName: string,
    filters: { name: string; extensions: string[] }[],
  ): Promise<string | null>;
}

export const noDesktop: DesktopPort = {
  chooseFolder: async () => null,
  chooseSaveFile: async () => null,
};
