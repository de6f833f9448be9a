/**
 * Privacy of a child (issue 15, AVG) on the demo desk in Chromium: the manager opens a child, sees
 * under "Ingezien door" that the detail was viewed, opens the health notes and sees that recorded
 * too, then saves the access request's export as Excel and as JSON. Screenshots:
 * test-results/screenshots/privacy-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChildList, LocationSummary } from '../../shared/contract/views';
import { expect, screenshotDir, test } from './fixtures';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `privacy-${name}.png`), fullPage: true });

test('the manager sees who viewed a child and saves its access-request export', async ({ page, request, desk }) => {
  const call = async <T>(method: string, data: unknown): Promise<T> => {
    const response = await request.post(`${desk.origin}/api/call/${method}`, { data, headers: { authorization: `Bearer ${desk.token}` } });
    return ((await response.json()) as { value: T }).value;
  };
  const rhoon = (await call<LocationSummary[]>('locations.list', {})).find((l) => l.name === 'Rhoon')!;
  const child = (await call<ChildList>('children.list', { locationId: rhoon.id })).children.find((c) => c.status === 'active')!;

  await page.goto(desk.url);
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: 'Rhoon' });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kinderen' }).click();
  await page.getByRole('search').getByRole('searchbox').fill(child.name);
  await page
    .getByRole('list', { name: 'Kinderlijst' })
    .getByRole('link', { name: new RegExp(child.name) })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: child.name, level: 2 })).toBeVisible();

  const privacy = page.getByRole('region', { name: 'Privacy (AVG)' });
  const views = privacy.getByRole('table', { name: 'Ingezien door' });
  await expect(views.getByRole('row')).toHaveCount(2);
  await expect(views.getByRole('row').nth(1)).toContainText('Locatiemanager');
  await expect(views.getByRole('row').nth(1)).toContainText('ma 23 nov');
  await expect(views.getByRole('row').nth(1)).toContainText('Gegevens');

  await page.getByRole('region', { name: 'Gezondheid' }).getByRole('button', { name: 'Gezondheidsgegevens tonen' }).click();
  await expect(views.getByRole('row')).toHaveCount(3);
  await expect(views.getByRole('row').nth(1)).toContainText('Gezondheid');
  await privacy.scrollIntoViewIfNeeded();
  await shot(page, 'viewed-by');

  const [excel] = await Promise.all([page.waitForEvent('download'), privacy.getByRole('button', { name: 'Inzageverzoek: Excel' }).click()]);
  expect(excel.suggestedFilename()).toMatch(/^inzage-.*-2026-11-23\.xlsx$/);
  await expect(page.getByText(`${excel.suggestedFilename()} is gemaakt. Het exporteren is vastgelegd.`)).toBeVisible();
  await expect(views.getByRole('row').nth(1)).toContainText('Inzageverzoek (export)');

  const [json] = await Promise.all([page.waitForEvent('download'), privacy.getByRole('button', { name: 'Inzageverzoek: JSON' }).click()]);
  const doc = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as {
    child: { id: string };
    placements: unknown[];
    childViews: unknown[];
  };
  expect(doc.child.id).toBe(child.childId);
  expect(doc.placements.length).toBeGreaterThan(0);
  expect(doc.childViews.length).toBe(3);
  await privacy.scrollIntoViewIfNeeded();
  await shot(page, 'exported');
});
