import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { applicationMenuTemplate } from './menuTemplate';

const onAbout = () => undefined;

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const roles = (template: MenuItemConstructorOptions[]) =>
  items(template)
    .map((i) => i.role)
    .filter(Boolean);
const developerRoles = ['toggleDevTools', 'reload', 'forceReload'];

describe('application menu: Dutch, and no developer tools in a packaged build', () => {
  test.each(['win32', 'linux', 'darwin'] as const)('packaged on %s: no developer tools, reload or force reload', (platform) => {
    const template = applicationMenuTemplate({ platform, isPackaged: true, onAbout });
    for (const role of developerRoles) expect(roles(template)).not.toContain(role);
  });

  test('a development build keeps reload and the developer tools', () => {
    const template = applicationMenuTemplate({ platform: 'linux', isPackaged: false, onAbout });
    expect(roles(template)).toEqual(expect.arrayContaining(developerRoles));
  });

  test('Windows and Linux: Bestand, Bewerken, Beeld, Venster, Help with "Over Opvangdesk"', () => {
    const template = applicationMenuTemplate({ platform: 'win32', isPackaged: true, onAbout });
    expect(template.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    const help = template.at(-1)!.submenu as MenuItemConstructorOptions[];
    expect(help.map((i) => i.label)).toEqual(['Over Opvangdesk']);
    expect(help[0]!.click).toBe(onAbout);
  });

  test('Bewerken offers copy and paste (and cut, undo, select all) with Dutch labels', () => {
    const template = applicationMenuTemplate({ platform: 'linux', isPackaged: true, onAbout });
    const edit = template.find((m) => m.label === 'Bewerken')!.submenu as MenuItemConstructorOptions[];
    expect(edit.filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['undo', 'Ongedaan maken'],
      ['redo', 'Opnieuw'],
      ['cut', 'Knippen'],
      ['copy', 'Kopiëren'],
      ['paste', 'Plakken'],
      ['selectAll', 'Alles selecteren'],
    ]);
  });

  test('macOS: the app menu comes first, with "Over Opvangdesk" and quit', () => {
    const template = applicationMenuTemplate({ platform: 'darwin', isPackaged: true, onAbout });
    expect(template.map((m) => m.label)).toEqual(['Opvangdesk', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    const appMenu = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu[0]!.label).toBe('Over Opvangdesk');
    expect(appMenu.at(-1)).toMatchObject({ role: 'quit', label: 'Stop Opvangdesk' });
  });

  test('every item a person sees has a label (no English role defaults)', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      for (const item of items(applicationMenuTemplate({ platform, isPackaged: false, onAbout }))) {
        if (item.type !== 'separator') expect(item.label).toMatch(/\S/);
      }
    }
  });
});
