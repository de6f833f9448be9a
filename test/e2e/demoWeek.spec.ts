/**
 * The demo on the run's date (issue 13): whatever today is, a manager opening the demo desk finds
 * requests to decide with one flagged as expiring within 48 hours, a shortage to see in the ratio
 * week, and late pickups in this month (early in a month: the month before). `npm run test:dates`
 * runs this, with the other `@anyday` tests, at five dates across the year.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { isoWeekday, localDateAt } from '../../shared/domain/time/localDate';
import { expect, screenshotDir, test, type Desk } from './fixtures';
import { deskNow } from './runClock';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `demo-${localDateAt(deskNow())}-${name}.png`) });

async function openScreen(page: Page, desk: Desk, link: string, heading: string | RegExp, location = 'Rhoon'): Promise<void> {
  await page.goto(desk.url);
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: location });
  await page.getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test.describe('the demo week on the run date', { tag: '@anyday' }, () => {
  test('Aanvragen: requests to decide, one expiring within 48 hours on top', async ({ page, desk }) => {
    await openScreen(page, desk, 'Aanvragen', 'Aanvragen');
    const list = page.getByRole('listbox', { name: 'Aanvragen van de week' });
    const expiring = list.getByRole('group', { name: 'Verloopt binnen 48 uur' });
    await expect(expiring.getByRole('option')).toHaveCount(1);
    await expect(
      list
        .getByRole('option')
        .filter({ hasText: /Past( niet)?$/ })
        .nth(4),
    ).toBeVisible();
    await shot(page, 'requests');
  });

  test('Ratio: the week overview shows a moment beyond the budget or understaffed in one of the locations', async ({ page, desk }) => {
    const bad = /: (buiten budget|onderbezet)/;
    let found = 0;
    for (const location of ['Rhoon', 'Oud-Beijerland', 'Barendrecht']) {
      await openScreen(page, desk, 'Ratio', `Ratio · ${location}`, location);
      const heatmap = page.getByRole('table', { name: 'Slechtste kwartier per groep en dag' });
      await expect(heatmap.getByRole('rowheader').first()).toBeVisible();
      // At the weekend the shortage to look at is next week's: on to Monday.
      for (let weekday = isoWeekday(localDateAt(deskNow())); weekday >= 6 && weekday <= 7; weekday++) {
        await page.getByRole('button', { name: 'Volgende dag' }).click();
      }
      if (isoWeekday(localDateAt(deskNow())) >= 6) await expect(heatmap.locator('th[aria-current="date"]')).toContainText(/^ma /);
      found = await heatmap.getByRole('button', { name: bad }).count();
      if (found > 0) {
        await shot(page, 'ratio');
        break;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  test('Te laat ophalen: late pickups this month, or early in a month the month before', async ({ page, desk }) => {
    await openScreen(page, desk, 'Te laat', 'Te laat ophalen · Rhoon');
    const rows = page.getByRole('table', { name: /^Te laat ophalen in / }).getByRole('row');
    await expect(page.getByRole('heading', { level: 2, name: /^Registraties in / })).toBeVisible();
    if ((await rows.count()) === 0) await page.getByRole('button', { name: 'Vorige maand' }).click();
    await expect(rows.nth(1)).toBeVisible();
    await shot(page, 'late-pickups');
  });
});
