/**
 * The application menu, in Dutch. Without one Electron shows its default menu, which offers
 * Reload and Toggle Developer Tools (and their shortcuts) in a packaged build too: here those are
 * only in a development build (`app.isPackaged` false).
 */
import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** "Over Opvangdesk": the version and the data folder, in a dialog of the main process. */
  onAbout(): void;
};

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function applicationMenuTemplate({ platform, isPackaged, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: 'Over Opvangdesk', click: onAbout };
  const appMenu: MenuItemConstructorOptions = {
    label: 'Opvangdesk',
    submenu: [
      about,
      separator,
      { role: 'services', label: 'Voorzieningen' },
      separator,
      { role: 'hide', label: 'Verberg Opvangdesk' },
      { role: 'hideOthers', label: 'Verberg andere' },
      { role: 'unhide', label: 'Toon alles' },
      separator,
      { role: 'quit', label: 'Stop Opvangdesk' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: mac ? [{ role: 'close', label: 'Sluit venster' }] : [{ role: 'quit', label: 'Afsluiten' }],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      separator,
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  };
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        separator,
        { role: 'reload', label: 'Opnieuw laden' },
        { role: 'forceReload', label: 'Geforceerd opnieuw laden' },
        { role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' },
      ];
  const view: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      { role: 'resetZoom', label: 'Ware grootte' },
      { role: 'zoomIn', label: 'Inzoomen' },
      { role: 'zoomOut', label: 'Uitzoomen' },
      separator,
      { role: 'togglefullscreen', label: 'Volledig scherm' },
      ...developer,
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: 'Venster',
    submenu: mac
      ? [
          { role: 'minimize', label: 'Minimaliseer' },
          { role: 'zoom', label: 'Zoom' },
          separator,
          { role: 'front', label: 'Alles op voorgrond' },
        ]
      : [
          { role: 'minimize', label: 'Minimaliseren' },
          { role: 'close', label: 'Venster sluiten' },
        ],
  };
  const help: MenuItemConstructorOptions = { label: 'Help', role: 'help', submenu: mac ? [] : [about] };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
