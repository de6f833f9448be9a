import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, startDesk, test, type Desk } from './fixtures';

async function openRatio(page: Page, desk: Desk, location: string): Promise<void> {
  await page.goto(desk.url);
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: location });
  await page.getByRole('link', { name: 'Ratio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Ratio · ${location}` })).toBeVisible();
}

test.describe('ratio screen in browser mode (demo data)', { tag: '@anyday' }, () => {
  test('open a demo group from the week overview, click a slot and read why it is compliant; the keyboard does the same', async ({
    page,
    desk,
  }) => {
    await openRatio(page, desk, 'Rhoon');
    // Whatever the day today is, the week overview opens a day with the demo's shifts.
    const heatmap = page.getByRole('table', { name: 'Slechtste kwartier per groep en dag' });
    await heatmap
      .getByRole('button', { name: /^Rupsjes, / })
      .first()
      .click();
    const rupsjes = page.getByRole('article', { name: 'Rupsjes' });
    await expect(rupsjes.getByRole('img', { name: /^Verloop van Rupsjes/ })).toBeVisible();

    const slots = rupsjes.getByRole('group', { name: /^Kwartieren van Rupsjes/ });
    await slots.getByRole('button', { name: /^10:00–10:15: / }).click();
    const detail = rupsjes.getByRole('region', { name: '10:00–10:15 · Rupsjes' });
    await expect(detail).toBeVisible();
    await expect(detail.getByRole('heading', { name: 'Waarom' })).toBeVisible();
    await expect(detail.getByText(/nodig \d+$/)).toBeVisible();
    await expect(detail.getByText(/^Beslissende regel: /)).toBeVisible();
    // How many children are in depends on the day: "Kind aanwezig (1)" or "Kinderen aanwezig (n)".
    await expect(detail.getByRole('heading', { name: /^(Kind|Kinderen) aanwezig \(\d+\)$/ })).toBeVisible();

    // Keyboard: the next slot with the arrow key, opened with Enter.
    await slots.getByRole('button', { name: /^10:00–10:15: / }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(rupsjes.getByRole('region', { name: '10:15–10:30 · Rupsjes' })).toBeVisible();
  });
});

test.describe('ratio and Vandaag on Monday 23 November 2026, 09:00 (a desk with a fixed clock)', () => {
  let desk: Desk;
  let stop: () => Promise<void>;
  test.beforeAll(async () => {
    ({ desk, stop } = await startDesk({
      demo: true,
      now: '2026-11-23T08:00:00Z',
    }));
  });
  test.afterAll(async () => stop());

  test('the ratio screen: a day with a violation, its slot explained, at 1440x900 and 1280x800, in Dutch and English', async ({ page }) => {
    await openRatio(page, desk, 'Barendrecht');
    const heatmap = page.getByRole('table', { name: 'Slechtste kwartier per groep en dag' });
    await expect(heatmap.getByRole('columnheader', { name: 'ma 23 nov' })).toHaveAttribute('aria-current', 'date');
    // The demo's deliberately understaffed moment of this week (a colleague off sick on Tuesday).
    await heatmap.getByRole('button', { name: /^Uiltjes, di 24 nov: buiten budget/ }).click();
    const uiltjes = page.getByRole('article', { name: 'Uiltjes' });
    await expect(uiltjes.getByText(/^\d+ overtredingen?$/)).toBeVisible();
    const bad = uiltjes.getByRole('group', { name: /^Kwartieren van Uiltjes/ }).getByRole('button', { name: /: buiten budget$/ });
    await bad.first().click();
    const detail = uiltjes.getByRole('region', { name: /· Uiltjes$/ });
    await expect(detail.getByText(/^Afwijking buiten het dagbudget van 180 min\./)).toBeVisible();
    await expect(uiltjes.getByRole('meter', { name: 'Afwijkingsbudget van Uiltjes' })).toBeVisible();
    const shoot = async (name: string) => {
      await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(screenshotDir, `ratio-${name}.png`) });
      await detail.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(screenshotDir, `ratio-${name}-detail.png`) });
    };
    await shoot('nl');
    await page.setViewportSize({ width: 1280, height: 800 });
    await shoot('1280');

    await page.getByLabel('Taal').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Ratio · Barendrecht' })).toBeVisible();
    await expect(detail.getByRole('heading', { name: 'Why' })).toBeVisible();
    await expect(detail.getByText(/^Deviation beyond the day budget of 180 min\./)).toBeVisible();
    await detail.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'ratio-en.png') });
    await page.getByLabel('Language').selectOption('nl');
  });

  test('a public holiday: the ratio screen says the location is closed', async ({ page }) => {
    await openRatio(page, desk, 'Rhoon');
    await page.getByLabel('Datum').fill('2026-12-25');
    await expect(page.getByText('Gesloten: Eerste kerstdag. Er worden geen kinderen of medewerkers verwacht.')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(0);
  });

  test('Vandaag: every group of the location now, the other locations in a line, each opening the ratio screen', async ({ page }) => {
    await page.goto(desk.url);
    await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: 'Rhoon' });
    await page.getByRole('link', { name: 'Vandaag' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vandaag · Rhoon' })).toBeVisible();
    await expect(page.getByText(/stand om 09:\d\d/)).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(4);
    await expect(page.getByRole('article', { name: 'Rupsjes' }).getByText(/^\d+ kind(eren)? · \d+ PM, \d+ nodig$/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Andere locaties' })).toBeVisible();
    await page.screenshot({ path: path.join(screenshotDir, 'today-nl.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: path.join(screenshotDir, 'today-1280.png') });

    await page.getByRole('button', { name: 'Ratio van Rupsjes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ratio · Rhoon' })).toBeVisible();
    await expect(page.getByLabel('Datum')).toHaveValue('2026-11-23');
    await expect(page.getByRole('article', { name: 'Rupsjes' })).toBeVisible();

    await page.getByRole('link', { name: 'Vandaag' }).click();
    await page.getByRole('button', { name: /^Uiltjes: / }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ratio · Barendrecht' })).toBeVisible();
  });
});
