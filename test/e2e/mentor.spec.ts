/**
 * The mentor rule (spec/master-data.md "A mentor") on the demo desk: the newest child of a location
 * has no mentor yet; the manager opens the child, reads the finding and chooses a professional of
 * the child's group. Screenshots: test-results/screenshots/mentor-*.png.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { MentorOverview } from '../../shared/contract/mentorViews';
import type { LocationSummary } from '../../shared/contract/views';
import { expect, screenshotDir, test } from './fixtures';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `mentor-${name}.png`) });

test('a child without a mentor: the finding on its detail, a professional of its group chosen', async ({ page, request, desk }) => {
  const call = async <T>(method: string, data: unknown): Promise<T> => {
    const response = await request.post(`${desk.origin}/api/call/${method}`, { data, headers: { authorization: `Bearer ${desk.token}` } });
    return ((await response.json()) as { value: T }).value;
  };
  const rhoon = (await call<LocationSummary[]>('locations.list', {})).find((l) => l.name === 'Rhoon')!;
  const { findings } = await call<MentorOverview>('children.mentors', { locationId: rhoon.id });
  expect(findings).toHaveLength(1);
  const child = findings[0]!;

  await page.goto(desk.url);
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: 'Rhoon' });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kinderen' }).click();
  // The location's check lists the child; its name opens it.
  const missing = page.getByRole('note', { name: 'Mentor ontbreekt (1)' });
  await expect(missing).toBeVisible();
  await missing.getByRole('link', { name: child.childName }).click();
  const mentor = page.getByRole('region', { name: 'Mentor' });
  await expect(mentor.getByText('Dit kind heeft nog geen mentor.')).toBeVisible();
  await mentor.scrollIntoViewIfNeeded();
  await shot(page, 'missing');

  const select = mentor.getByLabel('Mentor van dit kind');
  const first = select.locator('optgroup').first().locator('option').first();
  const name = (await first.textContent()) ?? '';
  await select.selectOption({ label: name });
  await expect(page.getByText(`${name} is nu de mentor.`)).toBeVisible();
  await expect(mentor.getByText('Dit kind heeft nog geen mentor.')).toHaveCount(0);
  await expect(missing).toHaveCount(0);
  await shot(page, 'chosen');
  expect((await call<MentorOverview>('children.mentors', { locationId: rhoon.id })).findings).toEqual([]);
});
