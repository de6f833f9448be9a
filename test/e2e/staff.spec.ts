/**
 * Medewerkers in browser mode, on a desk of its own at Monday 23 November 2026, 09:00 (demo data,
 * Barendrecht): the kinder-EHBO gap of today on Vandaag and the ratio screen; the staff list,
 * search, a new colleague with a PRK registration from Thursday whom the roster refuses on
 * Wednesday (rule named in Dutch), an edit refused and then saved, and the end of their work with
 * the confirmation listing the shift it removes. Screenshots: test-results/screenshots/staff-*.png.
 */
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { StaffList } from '../../shared/contract/staffViews';
import type { LocationSummary, RatioDay } from '../../shared/contract/views';
import { expect, screenshotDir, startDesk, test, type Desk } from './fixtures';

let desk: Desk;
let stop: () => Promise<void>;
test.beforeAll(async () => {
  ({ desk, stop } = await startDesk({ demo: true, now: '2026-11-23T08:00:00Z' }));
});
test.afterAll(async () => stop());

async function call<T>(request: APIRequestContext, method: string, data: unknown): Promise<T> {
  const response = await request.post(`${desk.origin}/api/call/${method}`, { data, headers: { authorization: `Bearer ${desk.token}` } });
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `staff-${name}.png`), fullPage: true });
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openPage(page: Page, hash: string, location: string): Promise<void> {
  await page.goto(`${desk.url}#/${hash}`);
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: location });
}

test('kinder-EHBO: today’s gap on Vandaag and the ratio screen, with the rule named and the certificates to renew', async ({
  page,
  request,
}) => {
  const barendrecht = (await call<LocationSummary[]>(request, 'locations.list', {})).find((l) => l.name === 'Barendrecht')!;
  const ratio = await call<RatioDay>(request, 'ratio.day', { locationId: barendrecht.id, date: '2026-11-23' });
  expect(ratio.firstAid.some((c) => c.slots.length > 0)).toBe(true);

  await openPage(page, 'today', 'Barendrecht');
  const gap = page.getByRole('note', { name: 'Kinder-EHBO ontbreekt vandaag' });
  await expect(gap).toBeVisible();
  await expect(gap.getByText(/^BSO: geen volwassene met geldig kinder-EHBO-certificaat van 07:30–08:30/)).toBeVisible();
  await expect(gap.getByText(/^Regel kinder-EHBO: per kindercentrum/)).toBeVisible();
  await expect(
    page.getByText(
      /^2 kinder-EHBO-certificaten verlopen binnen drie maanden of zijn verlopen: .*verlopen 2 nov 2026.*geldig tot 31 dec 2026/,
    ),
  ).toBeVisible();
  await shoot(page, 'today-gap');

  await gap.getByRole('button', { name: 'Bekijk op Ratio' }).click();
  const onRatio = page.getByRole('note', { name: 'Kinder-EHBO ontbreekt' });
  await expect(onRatio.getByText(/^BSO: geen volwassene met geldig kinder-EHBO-certificaat van 07:30–08:30/)).toBeVisible();
  await onRatio.scrollIntoViewIfNeeded();
  await shoot(page, 'ratio-gap');

  // A covered day says so, with an icon and words.
  await page.getByRole('button', { name: 'Volgende dag' }).click();
  await expect(page.getByText('Kinder-EHBO: bij elk kindercentrum de hele dag iemand met een geldig certificaat.')).toBeVisible();
});

test('Medewerkers: list, search, a new colleague the roster refuses before the PRK date, edit, and end with the shift it removes', async ({
  page,
  request,
}) => {
  const barendrecht = (await call<LocationSummary[]>(request, 'locations.list', {})).find((l) => l.name === 'Barendrecht')!;
  const before = await call<StaffList>(request, 'staff.list', { locationId: barendrecht.id });
  const ratio = await call<RatioDay>(request, 'ratio.day', { locationId: barendrecht.id, date: '2026-11-26' });
  const group = ratio.units.find((u) => u.careType === 'KDV')!.groups[0]!.name;

  // The list: everyone employed, with PRK and kinder-EHBO, and the certificates to renew.
  await openPage(page, 'roster', 'Barendrecht');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Medewerkers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Medewerkers · Barendrecht' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Medewerkers' });
  await expect(table.getByRole('row')).toHaveCount(before.staff.length + 1);
  await expect(page.getByRole('region', { name: 'Kinder-EHBO: te vernieuwen' }).getByText('verlopen 2 nov 2026')).toBeVisible();
  await expect(table.getByText('geen', { exact: true }).first()).toBeVisible();
  await shoot(page, 'list');

  // Search by name.
  const someone = before.staff[3]!;
  await page.getByRole('searchbox').fill(someone.lastName);
  await expect(table.getByRole('link', { name: someone.name })).toBeVisible();
  await expect(page.getByText(/^\d+ medewerkers?$/)).toHaveText(/^[1-3] medewerkers?$/);
  await shoot(page, 'search');
  await page.getByRole('searchbox').fill('');

  // New: each field checked as typed, with the rule's sentence at the field.
  await page.getByRole('button', { name: 'Nieuwe medewerker' }).click();
  const form = page.getByRole('dialog', { name: 'Nieuwe medewerker' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByText('Vul de voornaam in.')).toBeVisible();
  await expect(form.getByText('Vul de eerste werkdag op deze locatie in.')).toBeVisible();
  await form.getByLabel('Contracturen per week').fill('70');
  await expect(
    form.getByText('Contracturen per week zijn een getal van 0 tot en met 60, bijvoorbeeld 32 of 32,5; "70" is dat niet.'),
  ).toBeVisible();
  await expect(form.getByLabel('Contracturen per week')).toHaveAttribute('aria-invalid', 'true');
  await shoot(page, 'new-invalid');
  await form.getByLabel('Voornaam').fill('Noor');
  await form.getByLabel('Achternaam').fill('Jansen');
  await form.getByLabel('Contracturen per week').fill('32');
  await form.getByLabel('Eerste werkdag').fill('2026-11-23');
  await form.getByLabel('Ingeschreven in PRK vanaf').fill('2026-11-26');
  await form.getByLabel('Kinder-EHBO geldig tot en met').fill('2027-06-30');
  await form.getByLabel('Personeelsnummer').fill('P-2041');
  await shoot(page, 'new-filled');
  await form.getByLabel('Personeelsnummer').press('Enter');
  await expect(page.getByRole('status').getByText('Noor Jansen is toegevoegd.')).toBeVisible();
  const detail = page.getByRole('complementary', { name: 'Noor Jansen' });
  await expect(detail.getByText('pas vanaf 26 nov 2026')).toBeVisible();
  await expect(detail.getByText('tot 30 jun 2027')).toBeVisible();
  await shoot(page, 'created');

  // The roster refuses Wednesday (before the PRK date) with the rule named; Thursday and Friday are saved.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rooster' }).click();
  const grid = page.getByRole('grid', { name: 'Diensten per medewerker en dag' });
  const shiftOn = async (day: string, text: string) => {
    await grid.getByRole('gridcell', { name: new RegExp(`^Noor Jansen, ${day}: `) }).click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  };
  await shiftOn('wo 25 nov', `7:30-16 ${group}`);
  await expect(
    grid.getByText(
      'Noor Jansen staat pas vanaf do 26 nov ingeschreven in het Personenregister kinderopvang en mag op wo 25 nov nog niet werken.',
    ),
  ).toBeVisible();
  await shoot(page, 'roster-refused');
  await page.keyboard.press('Escape');
  await shiftOn('do 26 nov', `7:30-16 ${group}`);
  await expect(grid.getByRole('gridcell', { name: new RegExp(`^Noor Jansen, do 26 nov: 07:30–16:00 ${esc(group)}`) })).toBeVisible();
  await shiftOn('vr 27 nov', `7:30-16 ${group}`);
  await expect(grid.getByRole('gridcell', { name: new RegExp(`^Noor Jansen, vr 27 nov: 07:30–16:00 ${esc(group)}`) })).toBeVisible();

  // Edit: moving the PRK date past Thursday's shift is refused at the field; other changes are saved.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Medewerkers' }).click();
  await page.getByRole('table', { name: 'Medewerkers' }).getByRole('link', { name: 'Noor Jansen' }).click();
  await expect(detail.getByText('do 26 nov')).toBeVisible();
  await detail.getByRole('button', { name: 'Wijzigen' }).click();
  const edit = page.getByRole('dialog', { name: 'Noor Jansen wijzigen' });
  await edit.getByLabel('Ingeschreven in PRK vanaf').fill('2026-11-27');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    edit.getByText(/^Noor Jansen staat 1 keer ingeroosterd vóór de PRK-registratiedatum vr 27 nov, het eerst op do 26 nov/),
  ).toBeVisible();
  await shoot(page, 'edit-refused');
  await edit.getByLabel('Ingeschreven in PRK vanaf').fill('2026-11-26');
  await edit.getByLabel('Contracturen per week').fill('28,5');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').getByText('De gegevens van Noor Jansen zijn opgeslagen.')).toBeVisible();
  await expect(detail.getByText('28,5 uur per week')).toBeVisible();

  // End: the confirmation lists Friday's shift, which goes with the end.
  await detail.getByRole('button', { name: 'Uit dienst' }).click();
  const end = page.getByRole('dialog', { name: 'Noor Jansen uit dienst' });
  await end.getByLabel('Laatste werkdag').fill('2026-11-21');
  await expect(end.getByText('De laatste werkdag za 21 nov ligt in het verleden; vandaag is ma 23 nov.')).toBeVisible();
  await end.getByLabel('Laatste werkdag').fill('2026-11-26');
  await expect(end.getByText('Na deze dag staat Noor nog 1 keer ingeroosterd. Deze dienst vervalt:')).toBeVisible();
  await expect(end.getByRole('list').getByText('vr 27 nov')).toBeVisible();
  await shoot(page, 'end-confirm');
  await end.getByRole('button', { name: 'Uit dienst en 1 dienst verwijderen' }).click();
  await expect(page.getByRole('status').getByText('Noor Jansen is uit dienst na do 26 nov; 1 dienst verwijderd.')).toBeVisible();
  await expect(detail.getByText('vr 27 nov')).toBeHidden();
  await expect(detail.getByRole('button', { name: 'Einde terugnemen' })).toBeVisible();
  await shoot(page, 'ended');

  // The same screen in English.
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff · Barendrecht' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Noor Jansen' }).getByText('only from 26 Nov 2026')).toBeVisible();
  await shoot(page, 'english');
  await page.getByLabel('Language').selectOption('nl');
});
