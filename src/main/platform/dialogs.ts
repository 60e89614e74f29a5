/** The real folder and file pickers, and printing the window to PDF. */
import { dialog, type BrowserWindow } from 'electron';
import { printFooter, type DesktopPort } from '../ports';

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
    async chooseSaveFile(purpose, suggestedName, extension) {
      const parent = window();
      const options = {
        title: purpose,
        defaultPath: suggestedName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenFile(purpose, extension) {
      const parent = window();
      const options = {
        title: purpose,
        properties: ['openFile' as const],
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async printToPdf() {
      const parent = window();
      if (!parent) throw new Error('Printing needs the app window.');
      // The renderer has switched to its print view; its @page rules set A4 and the margins.
      return parent.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: printFooter,
      });
    },
  };
}
