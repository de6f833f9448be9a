/**
 * The English UI where Dutch used to show through, in browser mode on a desk at Monday
 * 23 November 2026, 09:00 (demo data): closed days (Christmas, a study day) in the roster's groups
 * view and a group's day view, the reason of a refused week copy, and a day view notice said before
 * the language was switched.
 * Screenshots: test-results/screenshots/english-*.png.
 */
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { GroupDayView, LocationSummary, RosterCopyPlan, StaffRosterWeek } from '../../shared/contract/views';
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

/** The desk in English at `location`'s roster. */
async function openInEnglish(page: Page, location: string): Promise<void> {
  await page.goto(desk.url);
  await page.getByLabel('Taal').selectOption('en');
  await page.getByLabel('Location').selectOption({ label: location });
  await expect(page.getByRole('heading', { level: 1, name: `Week roster · ${location}` })).toBeVisible();
}

/** `text` as a regular expression matching itself. */
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `english-${name}.png`) });

/** Words of the Dutch closure names and sentences that must not show in English. */
const DUTCH = /kerstdag|Studiedag|Gesloten|lukt niet|werkt op/i;

test.afterEach(async ({ page }) => {
  await page.getByLabel('Language').selectOption('nl');
});

test('the roster groups view names Christmas in English', async ({ page }) => {
  await openInEnglish(page, 'Rhoon');
  await page.getByRole('tab', { name: 'Groups' }).click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next week', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: /^Fri 25 Dec/ }).first()).toBeVisible();

  const groups = page.getByRole('article');
  await expect(groups).toHaveCount(5);
  await expect(groups.getByText('Closed: Christmas Day', { exact: true })).toHaveCount(5);
  await expect(page.locator('main')).not.toContainText(DUTCH);
  await shoot(page, 'roster-groups-christmas');
});

test("a group's day view names a public holiday and a study day in English", async ({ page }) => {
  await openInEnglish(page, 'Rhoon');
  await page.getByRole('link', { name: 'Attendance' }).click();
  const date = page.getByRole('group', { name: 'Choose a day' }).getByLabel('Date');

  await date.fill('2026-12-25');
  await expect(page.getByText('Closed: Christmas Day.', { exact: true })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(DUTCH);
  await shoot(page, 'dayview-christmas');

  await date.fill('2026-10-27');
  await expect(page.getByText('Closed: Study day.', { exact: true })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(DUTCH);
  await shoot(page, 'dayview-study-day');
});

test('a check-in notice said in Dutch reads in English after switching the language', async ({ page, request }) => {
  // A KDV group of Rhoon with a child still expected today (Monday 23 November).
  const locations = await call<LocationSummary[]>(request, 'locations.list', {});
  const location = locations.find((l) => l.name === 'Rhoon')!;
  const first = await call<GroupDayView>(request, 'dayView.group', { locationId: location.id, date: '2026-11-23' });
  let day: GroupDayView | null = null;
  for (const g of first.groups.filter((x) => x.careType === 'KDV')) {
    const d = await call<GroupDayView>(request, 'dayView.group', { locationId: location.id, groupId: g.groupId, date: '2026-11-23' });
    if (d.children.some((c) => c.state === 'expected')) {
      day = d;
      break;
    }
  }
  expect(day).not.toBeNull();
  const child = day!.children.find((c) => c.state === 'expected')!;

  await page.goto(desk.url);
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: 'Rhoon' });
  await page.getByRole('link', { name: 'Aanwezigheid' }).click();
  await page.getByRole('combobox', { name: /^Groep/ }).selectOption({ label: day!.group.name });
  await page.getByLabel('Tijd', { exact: true }).fill('08:30');
  await page
    .getByRole('row', { name: new RegExp(esc(child.name)) })
    .getByRole('button', { name: `${child.name} aanmelden` })
    .click();
  const status = page.getByRole('tabpanel').getByRole('status');
  await expect(status).toHaveText(`${child.name} aangemeld om 08:30.`);

  await page.getByLabel('Taal').selectOption('en');
  await expect(status).toHaveText(`${child.name} checked in at 08:30.`);
  await expect(page.locator('main')).not.toContainText('aangemeld');
  await shoot(page, 'dayview-check-in-notice');
});

test('copying a week that fails for someone says why in English', async ({ page, request }) => {
  // Next week (30 Nov) copied onto the week after, which the demo has not rostered: all copies planned.
  const locations = await call<LocationSummary[]>(request, 'locations.list', {});
  const locationId = locations.find((l) => l.name === 'Oud-Beijerland')!.id;
  const from = '2026-11-30';
  const plan = await call<RosterCopyPlan>(request, 'roster.planCopy', { locationId, from, to: '2026-12-07', span: 'week' });
  expect(plan.copies.length).toBeGreaterThan(0);
  const copy = plan.copies[0]!;
  const week = await call<StaffRosterWeek>(request, 'roster.staffWeek', { locationId, weekStart: from });
  const source = week.staff.flatMap((r) => r.cells.flatMap((c) => c.shifts)).find((s) => s.shiftId === copy.sourceId)!;

  await openInEnglish(page, 'Oud-Beijerland');
  await page.getByRole('button', { name: 'Next week', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Copy Mon 30 Nov to the next day' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy week to next week' }).click();
  const panel = page.getByRole('region', { name: 'Copy to Mon 7 Dec' });
  await expect(panel.getByText(`${plan.copies.length} shifts will be copied.`)).toBeVisible();

  // Meanwhile the same person gets a shift at the same time on the target day (another desk, say).
  const assigned = await request.post(`${desk.origin}/api/call/mutate`, {
    data: {
      name: 'shift.assign',
      args: {
        id: '019a0000-0000-7000-8000-00000000e2e1',
        locationId,
        staffId: copy.staffId,
        groupId: source.groupId,
        date: copy.date,
        start: copy.start,
        end: copy.end,
        breaks: [],
      },
    },
    headers: { authorization: `Bearer ${desk.token}` },
  });
  expect(((await assigned.json()) as { ok: boolean }).ok).toBe(true);

  await panel.getByRole('button', { name: 'Copy', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: /^Copying to / });
  const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${copy.date}T00:00:00Z`),
  );
  await expect(alert).toHaveText(
    new RegExp(
      `^Copying to ${day.replace(',', '')} fails for ${esc(copy.staffName)}: ${esc(copy.staffName)} already works that day from \\d\\d:\\d\\d to \\d\\d:\\d\\d\\.$`,
    ),
  );
  await expect(alert).not.toContainText(DUTCH);
  await shoot(page, 'copy-week-failed');
});
