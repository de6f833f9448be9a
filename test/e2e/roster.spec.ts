import path from 'node:path';
import { expect, screenshotDir, test } from './fixtures';

test.describe('week roster in browser mode (demo data)', { tag: '@anyday' }, () => {
  test('the roster of a demo location shows its groups with children and staff, in Dutch', async ({ page, desk }) => {
    await page.goto(desk.url);
    await expect(page.getByRole('heading', { level: 1, name: /^Weekrooster · / })).toBeVisible();
    // the token is taken out of the address bar once read
    expect(page.url()).not.toContain('token=');

    await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: 'Rhoon' });
    await expect(page.getByRole('heading', { level: 1, name: 'Weekrooster · Rhoon' })).toBeVisible();
    // the staff grid is the default view; the groups view lists each group's week
    await expect(page.getByRole('grid', { name: 'Diensten per medewerker en dag' })).toBeVisible();
    await page.getByRole('tab', { name: 'Groepen' }).click();
    const groups = page.getByRole('article');
    await expect(groups).toHaveCount(5);
    await expect(page.getByRole('heading', { level: 2, name: 'Rupsjes' })).toBeVisible();
    await expect(page.getByText('Dagopvang').first()).toBeVisible();
    await expect(page.getByText('BSO', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /^ma \d+ \w+/ }).first()).toBeVisible();
    await expect(page.getByText(/\d+ kinderen · \d+ medewerkers?/).first()).toBeVisible();
    await expect(page.getByText('Demogegevens')).toBeVisible();
    await page.screenshot({ path: path.join(screenshotDir, 'roster-nl.png'), fullPage: false });

    await page.getByRole('button', { name: 'Volgende week' }).click();
    await expect(page.getByText(/\d+ kinderen · \d+ medewerkers?/).first()).toBeVisible();
  });

  test('switching to English changes the whole screen and is remembered', async ({ page, desk }) => {
    await page.goto(desk.url);
    await page.getByLabel('Taal').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: /^Week roster · / })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Requests' })).toBeVisible();
    await expect(page.getByText('Demo data')).toBeVisible();
    await page.screenshot({ path: path.join(screenshotDir, 'roster-en.png') });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /^Week roster · / })).toBeVisible();
    await page.getByLabel('Language').selectOption('nl');
    await expect(page.getByRole('heading', { level: 1, name: /^Weekrooster · / })).toBeVisible();
  });

  test('the bridge refuses calls without the token, unknown methods and bad arguments, and changes nothing', async ({ request, desk }) => {
    const noToken = await request.post(`${desk.origin}/api/call/app.info`, { data: {} });
    expect(noToken.status()).toBe(401);
    expect((await noToken.json()).error.code).toBe('unauthorized');

    const headers = { authorization: `Bearer ${desk.token}` };
    const unknown = await request.post(`${desk.origin}/api/call/drop.tables`, { data: {}, headers });
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe('unknown_method');

    const bad = await request.post(`${desk.origin}/api/call/roster.week`, { data: { locationId: 42, weekStart: 'gisteren' }, headers });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d: { path: string }) => d.path)).toEqual(['locationId', 'weekStart']);
  });
});
