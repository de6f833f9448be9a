/**
 * The parent sees how a mixed-paid extra day is paid (issue 19, requests.md "extra.payment"): the
 * manager of the demo desk (a single-location organisation, not enrolled) allows mixed payment
 * under Instellingen; an extra day entered from a parent's e-mail for more hours than the child's
 * credit shows, before approval, "… uur uit uw tegoed, … uur op de factuur (€ …)" in the parent's
 * message. (That the approval sends exactly this message and books the split on the ledger and the
 * invoice is checked on the desk's core and the hub: requestsService.test.ts, requestRules.test.ts.) Screenshots: test-results/screenshots/payment-*.png.
 */
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { RequestForm, RequestLedgers } from '../../shared/contract/requestViews';
import type { ChildDetail, LocationSummary } from '../../shared/contract/views';
import { addDays, isoWeekday, localDateAt } from '../../shared/domain/time/localDate';
import { expect, screenshotDir, startDesk, test, type Desk } from './fixtures';
import { deskNow } from './runClock';

let desk: Desk;
let stop: () => Promise<void>;
test.beforeAll(async () => {
  ({ desk, stop } = await startDesk({ demo: true, now: '2026-11-23T08:00:00Z' }));
});
test.afterAll(async () => stop());

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `payment-${name}.png`) });

async function call<T>(request: APIRequestContext, method: string, data: unknown): Promise<T> {
  const response = await request.post(`${desk.origin}/api/call/${method}`, { data, headers: { authorization: `Bearer ${desk.token}` } });
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

/**
 * A KDV child of Rhoon with a fixed contract, a weekday of next week (rostered in the demo) it does
 * not come on while its contract runs, and between 1 and 10 hours of credit valid on that day.
 */
async function childWithSomeCredit(request: APIRequestContext) {
  const locations = await call<LocationSummary[]>(request, 'locations.list', {});
  const rhoon = locations.find((l) => l.name === 'Rhoon')!;
  const form = await call<RequestForm>(request, 'requests.form', { locationId: rhoon.id });
  const fixedKdv = new Set(form.children.filter((c) => c.careType === 'KDV' && !c.flex).map((c) => c.childId));
  const today = localDateAt(deskNow());
  for (let i = 7; i < 12; i++) {
    const date = addDays(today, i);
    if (isoWeekday(date) > 5) continue;
    const ledgers = await call<RequestLedgers>(request, 'requests.ledgers', { locationId: rhoon.id, date });
    for (const child of ledgers.children) {
      if (!fixedKdv.has(child.childId) || child.swapHours < 60 || child.swapHours > 600) continue;
      const detail = await call<ChildDetail>(request, 'children.detail', { childId: child.childId });
      const running = detail.placements.find((p) => p.startDate <= date && (p.endDate === null || p.endDate >= date));
      if (running && !running.days.some((d) => d.weekday === isoWeekday(date))) return { child, date };
    }
  }
  throw new Error('no Rhoon child with a little credit in the demo');
}

test('extra day paid partly from the credit: the split in the parent’s message before approval', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { child, date } = await childWithSomeCredit(request);

  await page.goto(desk.url);
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: 'Rhoon' });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
  await page.getByLabel('Ook gemengd: deels uit het tegoed, de rest op de factuur').check();
  await page
    .getByRole('region', { name: /^Organisatie/ })
    .getByRole('button', { name: 'Opslaan' })
    .click();
  await expect(page.getByText('De regels van de organisatie zijn opgeslagen')).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanvragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanvragen' })).toBeVisible();
  await page.getByRole('button', { name: 'Aanvraag invoeren' }).click();
  const form = page.getByRole('dialog', { name: 'Aanvraag invoeren namens de ouder' });
  await form.getByLabel('Soort').selectOption({ label: 'Extra opvang' });
  await form.getByRole('combobox', { name: 'Kind', exact: true }).selectOption(child.childId);
  await form.getByLabel('Datum').fill(date);
  await form.getByLabel('Begintijd').fill('07:30');
  await form.getByLabel('Eindtijd').fill('18:00');
  await form.getByLabel('Betaling').selectOption({ label: 'Van ruil- en inhaaluren' });
  await form.getByLabel('Binnengekomen via').selectOption({ label: 'e-mail' });
  await form.getByRole('button', { name: 'Invoeren' }).click();
  await expect(page.locator('.rq-notice')).toContainText('ingevoerd');

  const credit = (child.swapHours / 60).toLocaleString('nl-NL', { maximumFractionDigits: 2 });
  const split = new RegExp(`Betaling: ${credit} uur uit uw tegoed, [\\d,]+ uur op de factuur \\(€ [\\d.,]+\\)`);
  // The request is next week: go to its week (the queue may open on it already) and open it.
  const list = page.getByRole('listbox', { name: 'Aanvragen van de week' });
  const entered = list.getByRole('option').filter({ hasText: child.childName }).filter({ hasText: '07:30–18:00' });
  const shown = () =>
    entered
      .first()
      .waitFor({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
  for (let week = 0; week < 3 && !(await shown()); week++) await page.getByRole('button', { name: 'Volgende week' }).click();
  await entered.first().click();
  const detail = page.getByRole('article');
  await expect(detail.getByText(split).first()).toBeVisible();
  await shot(page, 'preview');
});
