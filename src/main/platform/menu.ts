/** The application menu: standard edit/view items plus the workbench's own commands. */
import { Menu, type MenuItemConstructorOptions } from 'electron';

type Command = 'lock' | 'settings' | 'cases' | 'today';

export function installMenu(send: (command: Command) => void): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Workbench',
      submenu: [
        { label: 'Cases', accelerator: 'CmdOrCtrl+1', click: () => send('cases') },
        { label: 'Today', accelerator: 'CmdOrCtrl+2', click: () => send('today') },
        { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: () => send('settings') },
        { type: 'separator' },
        { label: 'Lock now', accelerator: 'CmdOrCtrl+L', click: () => send('lock') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
