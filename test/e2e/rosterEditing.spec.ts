/**
 * Editing the staff roster in browser mode, on a desk at Monday 23 November 2026, 09:00 (demo
 * data): a shift typed on the keyboard with its ratio impact shown before saving, the week
 * published and a later change in its audit trail; a sick day with the groups falling short.
 * Screenshots: test-results/screenshots/roster-edit-*.png.
 */
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { LocationSummary, RosterPreview, StaffRosterWeek } from '../../shared/contract/views';
import { expect, screenshotDir, startDesk, test, type Desk } from './fixtures';

const TUESDAY = '2026-11-24';
const THURSDAY = '2026-11-26';

let desk: Desk;
let stop: () => Promise<void>;
test.beforeAll(async () => {
  ({ desk, stop } = await startDesk({
    demo: true,
    port: Number(process.env.E2E_PORT_BASE ?? 5300) + 90,
    now: '2026-11-23T08:00:00Z',
  }));
});
test.afterAll(async () => stop());

/** A read through the bridge, to pick the demo's people without hard-coding its names. */
async function call<T>(request: APIRequestContext, method: string, data: unknown): Promise<T> {
  const response = await request.post(`${desk.origin}/api/call/${method}`, { data, headers: { authorization: `Bearer ${desk.token}` } });
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

async function locationId(request: APIRequestContext, name: string): Promise<string> {
  const locations = await call<LocationSummary[]>(request, 'locations.list', {});
  return locations.find((l) => l.name === name)!.id;
}

async function openRoster(page: Page, location: string): Promise<void> {
  await page.goto(desk.url);
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: location });
  await expect(page.getByRole('heading', { level: 1, name: `Weekrooster · ${location}` })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Diensten' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('grid', { name: 'Diensten per medewerker en dag' })).toBeVisible();
}

/** `text` as a regular expression matching itself (names such as "Boomhut + Avonturiers"). */
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `roster-edit-${name}.png`) });

test('enter a shift by keyboard, see the ratio change before and after saving, publish the week and see a later change in the audit trail', async ({
  page,
  request,
}) => {
  // A professional of Barendrecht free on Tuesday, when Uiltjes falls short in the demo.
  const barendrecht = await locationId(request, 'Barendrecht');
  const week = await call<StaffRosterWeek>(request, 'roster.staffWeek', { locationId: barendrecht, weekStart: TUESDAY });
  const free = week.staff.find((r) => r.counts === 'full' && r.cells.find((c) => c.date === TUESDAY)!.shifts.length === 0)!;
  expect(free).toBeDefined();

  await openRoster(page, 'Barendrecht');
  const grid = page.getByRole('grid', { name: 'Diensten per medewerker en dag' });
  const uiltjesTuesday = grid.getByRole('list', { name: 'Ratio per groep op di 24 nov' }).getByRole('listitem', { name: /^Uiltjes: / });
  await expect(uiltjesTuesday).toHaveAttribute('aria-label', /^Uiltjes: (buiten budget|onderbezet)$/);
  await shoot(page, 'grid');

  // Not understood: the message names what is missing; Escape changes nothing.
  const cell = grid.getByRole('gridcell', { name: new RegExp(`^${esc(free.name)}, di 24 nov: geen dienst$`) });
  await cell.click();
  await page.keyboard.type('7:30 Uiltjes');
  const editor = grid.getByRole('textbox', { name: `Dienst van ${free.name} op di 24 nov` });
  await expect(editor).toBeFocused();
  await expect(grid.getByText('Na 07:30 ontbreekt de eindtijd: schrijf bijvoorbeeld ‘07:30-16:00’.')).toBeVisible();
  await shoot(page, 'error');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(cell).toBeFocused();

  // Typed in the compact form; the what-if shows before anything is saved.
  await page.keyboard.type('7-19 uil p1230-13');
  await expect(editor).toHaveValue('7-19 uil p1230-13');
  await expect(grid.getByText('Enter slaat 1 dienst op.')).toBeVisible();
  await expect(grid.getByText(/^\d+ kwartieren? beter$/).first()).toBeVisible();
  await shoot(page, 'typing');
  await page.keyboard.press('Enter');

  const report = page.getByRole('region', { name: 'Effect op de ratio' });
  await expect(report.getByText(`Dienst van ${free.name} op di 24 nov opgeslagen.`)).toBeVisible();
  await expect(report.getByText('Uiltjes', { exact: true })).toBeVisible();
  await expect(uiltjesTuesday).toHaveAttribute('aria-label', /^Uiltjes: (ok|afwijking)$/);
  const saved = grid.getByRole('gridcell', { name: new RegExp(`^${esc(free.name)}, di 24 nov: 07:00–19:00 Uiltjes, pauze 12:30–13:00`) });
  await expect(saved).toBeFocused();
  await shoot(page, 'saved');

  // Arrow keys move between cells.
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('gridcell', { name: new RegExp(`^${esc(free.name)}, wo 25 nov: `) })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(saved).toBeFocused();

  // Publish, then change the shift: the audit trail records who, when, before and after.
  await page.getByRole('button', { name: 'Week publiceren' }).click();
  await expect(page.getByText('Gepubliceerd', { exact: true })).toBeVisible();
  await expect(page.getByText(/0 wijzigingen na publicatie/).first()).toBeVisible();
  await saved.click();
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('07:00-19:00 Uiltjes p12:30-13:00');
  await editor.fill('7-18 uil p12:30-13:00');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^1 wijziging na publicatie$/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Wijzigingen tonen' }).click();
  const audit = page.getByRole('table');
  await expect(audit.getByRole('row')).toHaveCount(2);
  const entry = audit.getByRole('row').nth(1);
  await expect(entry.getByRole('cell', { name: 'Gewijzigd' })).toBeVisible();
  await expect(entry.getByRole('cell', { name: 'Locatiemanager' })).toBeVisible();
  await expect(entry.getByRole('cell', { name: `${free.name}, di 24 nov 07:00–19:00 Uiltjes (pauze 12:30–13:00)` })).toBeVisible();
  await expect(entry.getByRole('cell', { name: `${free.name}, di 24 nov 07:00–18:00 Uiltjes (pauze 12:30–13:00)` })).toBeVisible();
  await page.getByRole('region', { name: /^Wijzigingen na publicatie/ }).scrollIntoViewIfNeeded();
  await shoot(page, 'published');
});

test('register a sick day: the shift stops counting at once and the groups that fall short are listed', async ({ page, request }) => {
  // Someone whose absence on Thursday makes a group fall short that does not already.
  const rhoon = await locationId(request, 'Rhoon');
  const week = await call<StaffRosterWeek>(request, 'roster.staffWeek', { locationId: rhoon, weekStart: THURSDAY });
  const shortBefore = new Set(week.days.find((d) => d.date === THURSDAY)!.shortfalls.map((s) => s.unitId));
  let sick: { name: string; unit: string } | null = null;
  for (const row of week.staff.filter((r) => r.counts === 'full' && r.cells.find((c) => c.date === THURSDAY)!.shifts.length > 0)) {
    const preview = await call<RosterPreview>(request, 'roster.preview', {
      locationId: rhoon,
      staffId: row.staffId,
      date: THURSDAY,
      absence: 'sick',
    });
    const newly = preview.shortfalls.find((s) => !shortBefore.has(s.unitId));
    if (newly) {
      sick = { name: row.name, unit: newly.name };
      break;
    }
  }
  expect(sick).not.toBeNull();

  await openRoster(page, 'Rhoon');
  const grid = page.getByRole('grid', { name: 'Diensten per medewerker en dag' });
  const cell = grid.getByRole('gridcell', { name: new RegExp(`^${esc(sick!.name)}, do 26 nov: `) });
  await cell.click();
  await page.getByRole('toolbar', { name: 'Gekozen cel' }).getByRole('button', { name: 'Ziek melden' }).click();

  const report = page.getByRole('region', { name: 'Effect op de ratio' });
  await expect(report.getByText(`${sick!.name} ziek gemeld op do 26 nov.`)).toBeVisible();
  await expect(report.getByText(/^\d+ kwartieren? slechter$/).first()).toBeVisible();
  const shortfalls = report.getByRole('list', { name: 'Tekort op do 26 nov:' });
  await expect(shortfalls.getByText(new RegExp(`^${esc(sick!.unit)} komt op do 26 nov beroepskrachten tekort: `))).toBeVisible();
  await expect(
    grid.getByRole('gridcell', { name: new RegExp(`^${esc(sick!.name)}, do 26 nov: .*Ziek \\(telt niet mee in de ratio\\)`) }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Groepen die tekortkomen' })
      .getByText(new RegExp(`^${esc(sick!.unit)} komt op do 26 nov beroepskrachten tekort`)),
  ).toBeVisible();
  await shoot(page, 'sick');

  // Undo puts the day back.
  await report.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Teruggezet.')).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: new RegExp(`^${esc(sick!.name)}, do 26 nov: `) })).not.toHaveAccessibleName(/Ziek/);
});

test('the keyboard clears and undoes, copies and pastes a cell; copying the week says what it skips; the screen in English', async ({
  page,
  request,
}) => {
  // Someone of Oud-Beijerland with a shift on Monday and a free day later in the week.
  const oudBeijerland = await locationId(request, 'Oud-Beijerland');
  const week = await call<StaffRosterWeek>(request, 'roster.staffWeek', { locationId: oudBeijerland, weekStart: '2026-11-23' });
  const row = week.staff.find(
    (r) => r.cells[0]!.shifts.length === 1 && r.cells.slice(1).some((c) => c.shifts.length === 0 && c.absence === null),
  )!;
  const free = row.cells.slice(1).find((c) => c.shifts.length === 0)!;
  const freeDay = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(`${free.date}T00:00:00Z`))
    .replace(/\./g, '');

  await openRoster(page, 'Oud-Beijerland');
  const grid = page.getByRole('grid', { name: 'Diensten per medewerker en dag' });
  const monday = grid.getByRole('gridcell', { name: new RegExp(`^${esc(row.name)}, ma 23 nov: `) });
  await monday.click();
  await page.keyboard.press('Delete');
  const report = page.getByRole('region', { name: 'Effect op de ratio' });
  await expect(report.getByText(`Diensten van ${row.name} op ma 23 nov gewist.`)).toBeVisible();
  await expect(monday).toHaveAccessibleName(`${row.name}, ma 23 nov: geen dienst`);
  await report.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Teruggezet.')).toBeVisible();
  await expect(monday).not.toHaveAccessibleName(/geen dienst/);

  await monday.click();
  await page.keyboard.press('Control+c');
  await expect(page.getByText(`Gekopieerd: ${row.name}, ma 23 nov. Plak met Ctrl+V.`)).toBeVisible();
  const target = grid.getByRole('gridcell', { name: new RegExp(`^${esc(row.name)}, ${esc(freeDay)}: geen dienst$`) });
  await target.click();
  await page.keyboard.press('Control+v');
  await expect(report.getByText('1 dienst gekopieerd.')).toBeVisible();
  await expect(
    grid.getByRole('gridcell', { name: new RegExp(`^${esc(row.name)}, ${esc(freeDay)}: \\d\\d:\\d\\d–\\d\\d:\\d\\d `) }),
  ).toBeVisible();

  // Copying the week onto next week, which the demo has already rostered: everything is skipped, with the reason.
  await page.getByRole('button', { name: 'Week kopiëren naar volgende week' }).click();
  const plan = page.getByRole('region', { name: 'Kopiëren naar ma 30 nov' });
  await expect(plan.getByText(/^\d+ overgeslagen:$/)).toBeVisible();
  await expect(plan.getByText(/werkt op .* al van \d\d:\d\d tot \d\d:\d\d\.$/).first()).toBeVisible();
  await shoot(page, 'copy');
  await plan.getByRole('button', { name: 'Annuleren' }).click();
  await expect(plan).toBeHidden();

  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Week roster · Oud-Beijerland' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Shifts per staff member and day' })).toBeVisible();
  await page.getByRole('grid', { name: 'Shifts per staff member and day' }).getByRole('gridcell').first().click();
  await page.keyboard.type('7-25 x');
  await expect(page.getByText("'25' is not a time: write for example 7:30, 730 or 7.30.")).toBeVisible();
  await shoot(page, 'en');
  await page.keyboard.press('Escape');
  await page.getByLabel('Language').selectOption('nl');
});
