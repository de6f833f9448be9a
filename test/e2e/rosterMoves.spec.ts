/**
 * Moving shifts in the staff roster in browser mode, on a desk at Monday 23 November 2026, 09:00
 * (demo data): a shift dragged to a free day and back with undo, a drop on a busy day refused
 * with the reason and nothing changed, a cell cut and pasted by keyboard and undone; the
 * notices and shortfalls in English. Screenshots: test-results/screenshots/roster-move-*.png.
 */
import path from 'node:path';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { LocationSummary, StaffRosterRow, StaffRosterWeek } from '../../shared/contract/views';
import { expect, screenshotDir, startDesk, test, type Desk } from './fixtures';

const MONDAY = '2026-11-23';

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

async function staffWeek(request: APIRequestContext, location: string): Promise<StaffRosterWeek> {
  const locations = await call<LocationSummary[]>(request, 'locations.list', {});
  const locationId = locations.find((l) => l.name === location)!.id;
  return call<StaffRosterWeek>(request, 'roster.staffWeek', { locationId, weekStart: MONDAY });
}

/**
 * Someone with one shift on Monday, a free day later in the week (no shift, not absent) and a day
 * whose shift overlaps Monday's (a drop there would double-book).
 */
function mover(week: StaffRosterWeek): { row: StaffRosterRow; free: string; busy: string } {
  for (const row of week.staff) {
    const [monday, ...rest] = row.cells;
    const shift = monday?.shifts.length === 1 ? monday.shifts[0]! : null;
    if (!shift || monday!.absence) continue;
    const free = rest.find((c) => c.shifts.length === 0 && c.absence === null);
    const busy = rest.find((c) => c.absence === null && c.shifts.some((s) => s.start < shift.end && shift.start < s.end));
    if (free && busy) return { row, free: free.date, busy: busy.date };
  }
  throw new Error('no one to move in the demo week');
}

/** `ma 23 nov`, the way the grid names a day. */
const nlDay = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(`${date}T00:00:00Z`))
    .replace(/\./g, '');

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `roster-move-${name}.png`) });

async function openRoster(page: Page, location: string): Promise<Locator> {
  await page.goto(desk.url);
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: location });
  await expect(page.getByRole('heading', { level: 1, name: `Weekrooster · ${location}` })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Diensten per medewerker en dag' });
  await expect(grid).toBeVisible();
  return grid;
}

const cellOf = (grid: Locator, name: string, date: string) =>
  grid.getByRole('gridcell', { name: new RegExp(`^${esc(name)}, ${esc(nlDay(date))}: `) });

const SHIFT = String.raw`\d\d:\d\d–\d\d:\d\d `;

test('drag a shift to a free day and undo it; a drop on a day the person already works is refused and changes nothing', async ({
  page,
  request,
}) => {
  const { row, free, busy } = mover(await staffWeek(request, 'Oud-Beijerland'));
  const grid = await openRoster(page, 'Oud-Beijerland');
  const monday = cellOf(grid, row.name, MONDAY);
  const freeCell = cellOf(grid, row.name, free);
  await expect(monday).toHaveAccessibleName(new RegExp(`: ${SHIFT}`));
  await expect(freeCell).toHaveAccessibleName(`${row.name}, ${nlDay(free)}: geen dienst`);

  const chip = monday.getByTitle(/Sleep de dienst naar een andere cel/);
  await chip.dragTo(freeCell);
  const report = page.getByRole('region', { name: 'Effect op de ratio' });
  await expect(report.getByText(`Verplaatst naar ${row.name}, ${nlDay(free)}.`)).toBeVisible();
  // the what-if of both days, computed before the move was saved
  await expect(report.getByRole('heading', { name: 'Effect op de ratio' })).toBeVisible();
  await expect(report.getByText(/^Tekort op .+:$|^Geen groep komt op .+ tekort\.$/)).toBeVisible();
  await expect(monday).toHaveAccessibleName(`${row.name}, ma 23 nov: geen dienst`);
  await expect(freeCell).toHaveAccessibleName(new RegExp(`: ${SHIFT}`));
  await shoot(page, 'dragged');

  await report.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Teruggezet.')).toBeVisible();
  await expect(monday).toHaveAccessibleName(new RegExp(`: ${SHIFT}`));
  await expect(freeCell).toHaveAccessibleName(`${row.name}, ${nlDay(free)}: geen dienst`);

  // A day the person already works at that time: refused with the reason, both cells unchanged.
  const busyCell = cellOf(grid, row.name, busy);
  const busyBefore = await busyCell.getAttribute('aria-label');
  await monday.getByTitle(/Sleep de dienst naar een andere cel/).dragTo(busyCell);
  const refusal = page.getByRole('alert');
  await expect(refusal).toHaveText(new RegExp(`^${esc(row.name)} werkt op die dag al van \\d\\d:\\d\\d tot \\d\\d:\\d\\d\\.$`));
  await expect(monday).toHaveAccessibleName(new RegExp(`: ${SHIFT}`));
  await expect(busyCell).toHaveAttribute('aria-label', busyBefore!);
  await shoot(page, 'refused');
  await refusal.getByRole('button', { name: 'Sluiten' }).click();
  await expect(refusal).toBeHidden();
});

test('cut a cell and paste it on another day by keyboard; undo puts both cells back', async ({ page, request }) => {
  const week = await staffWeek(request, 'Oud-Beijerland');
  const { row, free } = mover(week);
  const grid = await openRoster(page, 'Oud-Beijerland');
  const monday = cellOf(grid, row.name, MONDAY);
  const freeCell = cellOf(grid, row.name, free);
  const mondayBefore = await monday.getAttribute('aria-label');

  await monday.click();
  await page.keyboard.press('Control+x');
  await expect(page.getByText(`Geknipt: ${row.name}, ma 23 nov. Plak met Ctrl+V om te verplaatsen.`)).toBeVisible();
  for (let i = 0; i < week.dates.indexOf(free); i++) await page.keyboard.press('ArrowRight');
  await expect(freeCell).toBeFocused();
  await page.keyboard.press('Control+v');

  const report = page.getByRole('region', { name: 'Effect op de ratio' });
  await expect(report.getByText(`Verplaatst naar ${row.name}, ${nlDay(free)}.`)).toBeVisible();
  await expect(monday).toHaveAccessibleName(`${row.name}, ma 23 nov: geen dienst`);
  await expect(freeCell).toHaveAttribute('aria-label', mondayBefore!.replace(', ma 23 nov: ', `, ${nlDay(free)}: `));
  await expect(page.getByText(/^Geknipt: /)).toBeHidden();
  await shoot(page, 'pasted');

  await report.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Teruggezet.')).toBeVisible();
  await expect(monday).toHaveAttribute('aria-label', mondayBefore!);
  await expect(freeCell).toHaveAccessibleName(`${row.name}, ${nlDay(free)}: geen dienst`);
});

test('in English the notices and the groups falling short read in English, dates and hours included', async ({ page, request }) => {
  const week = await staffWeek(request, 'Barendrecht');
  const short = week.days.flatMap((d) => d.shortfalls)[0]!;
  const over = week.staff.find((r) => r.plannedMinutes > r.contractMinutes)!;
  await openRoster(page, 'Barendrecht');
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('grid', { name: 'Shifts per staff member and day' })).toBeVisible();

  const shortfalls = page.getByRole('region', { name: 'Groups falling short' });
  await expect(
    shortfalls.getByText(
      new RegExp(`^${esc(short.name)} is short of professionals on Tue 24 Nov: \\d\\d:\\d\\d-\\d\\d:\\d\\d \\(\\d+ of \\d+\\)`),
    ),
  ).toBeVisible();
  const notices = page.getByRole('region', { name: /^Notices/ });
  await expect(
    notices.getByRole('listitem').filter({
      hasText: new RegExp(`^Note ${esc(over.name)} is rostered [\\d.]+ hours this week: [\\d.]+ hours? more than the contract`),
    }),
  ).toBeVisible();
  await expect(notices).not.toContainText(' uur ');
  await shortfalls.scrollIntoViewIfNeeded();
  await shoot(page, 'en');
  await page.getByLabel('Language').selectOption('nl');
});
