/**
 * A real location, not the demo (issue 14, "Checked by"): a desk set up with `desk setup` and fed
 * with `desk import` from the back office's files (Windows-1252 `;` CSV: groups, staff, then 150
 * children with their contracts), then used as a manager would in the week of Monday 23 November
 * 2026 through its own screens only: the imported staff listed, a shift rostered, an extra day
 * entered from a parent's e-mail and decided, a late pickup registered with its fine.
 * Screenshots: test-results/screenshots/realweek-*.png.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, startDesk, test, type Desk } from './fixtures';

const NOW = '2026-11-23T08:00:00Z';
const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/import');

let dir: string;
let desk: Desk;
let stop: () => Promise<void>;

function deskCommand(...args: string[]): void {
  const r = spawnSync('npx', ['tsx', 'electron/core/cli/desk.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, OPVANGDESK_NOW: NOW },
  });
  if (r.status !== 0) throw new Error(`desk ${args[0]} failed (${r.status}): ${r.stderr}`);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-realweek-'));
  const data = path.join(dir, 'desk');
  deskCommand(
    'setup',
    '--data',
    data,
    '--organisation',
    'Kinderopvang De Vlinder',
    '--location',
    'Rhoon',
    '--code',
    'RHO',
    '--opens',
    '07:30',
    '--closes',
    '18:30',
  );
  for (const file of ['groups.csv', 'staff.csv', 'children.csv']) {
    deskCommand('import', '--data', data, '--location', 'RHO', '--file', path.join(fixtures, file), '--apply');
  }
  ({ desk, stop } = await startDesk({ demo: false, now: NOW, dataDir: data }));
});
test.afterAll(async () => {
  await stop?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `realweek-${name}.png`) });
const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();

test('an imported location through its week: staff, a shift, a request decided, a late pickup with its fine', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(desk.url);
  await expect(page.getByRole('combobox', { name: 'Locatie' })).toHaveValue(/.+/);

  // The imported staff, names with their diacritics.
  await menu(page, 'Medewerkers');
  await expect(page.getByRole('heading', { level: 1, name: 'Medewerkers · Rhoon' })).toBeVisible();
  await expect(page.getByText('Chloë Mulder')).toBeVisible();
  await shot(page, 'staff');

  // The roster: a shift for Chloë in Eendjes on Tuesday, typed on the keyboard.
  await menu(page, 'Rooster');
  const grid = page.getByRole('grid', { name: 'Diensten per medewerker en dag' });
  await grid.getByRole('gridcell', { name: /^Chloë Mulder, di 24 nov: geen dienst$/ }).click();
  await page.keyboard.type('7:30-16:30 eendjes');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Effect op de ratio' }).getByText('Dienst van Chloë Mulder op di 24 nov opgeslagen.'),
  ).toBeVisible();
  await shot(page, 'roster');

  // A parent's e-mail: an extra day for Salomë on Thursday 3 December (she comes Monday to Wednesday).
  await menu(page, 'Aanvragen');
  await page.getByRole('button', { name: 'Aanvraag invoeren' }).click();
  const form = page.getByRole('dialog', { name: 'Aanvraag invoeren namens de ouder' });
  await form.getByLabel('Soort').selectOption({ label: 'Extra opvang' });
  const childSelect = form.getByRole('combobox', { name: 'Kind', exact: true });
  const salomeValue = await childSelect.locator('option', { hasText: 'Salomë van der Velde' }).getAttribute('value');
  await childSelect.selectOption(salomeValue!);
  await form.getByLabel('Datum').fill('2026-12-03');
  await form.getByLabel('Begintijd').fill('07:30');
  await form.getByLabel('Eindtijd').fill('18:00');
  await form.getByLabel('Binnengekomen via').selectOption({ label: 'e-mail' });
  await form.getByRole('button', { name: 'Invoeren' }).click();
  await expect(page.locator('.rq-notice')).toContainText('ingevoerd');
  // Nobody is rostered on that Thursday yet: it does not fit, and the manager rejects it with the parent's message.
  const list = page.getByRole('listbox', { name: 'Aanvragen van de week' });
  const request = list.getByRole('option').filter({ hasText: 'Salomë van der Velde' });
  const shown = () =>
    request
      .first()
      .waitFor({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
  for (let week = 0; week < 3 && !(await shown()); week++) await page.getByRole('button', { name: 'Volgende week' }).click();
  await request.first().click();
  await expect(request.first()).toContainText('Past niet');
  await shot(page, 'request');
  await page.keyboard.press('r');
  const reject = page.getByRole('dialog', { name: /afwijzen/ });
  await reject.getByRole('button', { name: 'Afwijzen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.rq-notice')).toContainText('afgewezen');

  // Wednesday's pickup after closing (18:30): registered with its fine.
  await menu(page, 'Te laat');
  const register = page.getByRole('region', { name: 'Registreren' });
  await register.getByLabel('Datum', { exact: true }).fill('2026-11-18');
  await register.getByLabel('Groep', { exact: true }).selectOption({ label: 'Eendjes' });
  const salome = register.getByRole('group', { name: 'Kinderen' }).getByRole('checkbox', { name: /Salomë van der Velde/ });
  await salome.check();
  await register.getByLabel('Opgehaald om').fill('18:50');
  await register.getByLabel('Opgehaald door').fill('oma');
  await shot(page, 'late-pickup');
  await register.getByLabel('Opgehaald door').press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Geregistreerd: Salomë' })).toBeVisible();
  await expect(register.getByRole('group', { name: 'Kinderen' }).getByRole('checkbox', { name: /Salomë van der Velde/ })).toBeDisabled();
  await shot(page, 'late-registered');
});
