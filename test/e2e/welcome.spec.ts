import path from 'node:path';
import { expect, screenshotDir, startDesk, test } from './fixtures';

test('a first start with an empty data folder offers the demo organisation', { tag: '@anyday' }, async ({ page }) => {
  const { desk, stop } = await startDesk({ demo: false });
  try {
    await page.goto(desk.url);
    await expect(page.getByRole('heading', { name: 'Welkom bij Opvangdesk' })).toBeVisible();
    await page.screenshot({ path: path.join(screenshotDir, 'welcome.png') });
    await page.getByRole('button', { name: 'Demo-organisatie aanmaken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Weekrooster · / })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Demogegevens')).toBeVisible();
  } finally {
    await stop();
  }
});
