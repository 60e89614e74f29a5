/** The real folder and save-file pickers. */
import { dialog, type BrowserWindow } from 'electron';
import type { DesktopPort } from '../ports';

export function electronDesktop(window: () => BrowserWindow | null): DesktopPort {
  return {
    async chooseFolder(purpose) {
      const parent = window();
      const options = { title: purpose, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveFile(purpose, defaultName, filters) {
      const parent = window();
      const options = { title: purpose, defaultPath: defaultName, filters };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
