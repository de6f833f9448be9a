/**
 * Trust on the desk in the browser, with a real hub (PGlite, in this process): an assistant the
 * administrator deactivates is signed out at the desk's next contact and told why; a desk revoked
 * with --wipe shows only that it was revoked and wiped, and offers nothing to open.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { deactivateUser, revokeDevice } from '../../server/src/admin/directory';
import { PASSWORD, seedOrganisation, startTestHub, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';
import { expect, screenshotDir, startDesk, test } from './fixtures';
import { runNow } from './runClock';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `trust-${name}.png`), fullPage: true });

test.describe('a desk the hub stops trusting', () => {
  let hub: TestHub;
  let org: Seeded;

  test.beforeAll(async () => {
    hub = await startTestHub({ name: 'pglite', available: true }, { clock: runNow });
    org = await seedOrganisation(hub.db, 1);
  });
  test.afterAll(async () => hub?.close());

  const signIn = async (page: Page, email: string) => {
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
  };
  /** What the shell does when the line comes back: sync at once. */
  const syncNow = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('online')));

  test('a deactivated assistant is signed out with the reason; a wiped desk says so and shows nothing else', async ({ page }) => {
    test.setTimeout(120_000);
    const location = org.locations[0]!;
    const { desk, stop } = await startDesk({ demo: false, port: Number(process.env.E2E_PORT_BASE ?? 5300) + 94 });
    try {
      const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [location.id] });
      await page.goto(desk.url);
      await page.getByLabel('Adres van de hub').fill(hub.url);
      await page.getByLabel('Koppelcode').fill(code);
      await page.getByLabel('Naam van deze desk').fill('Balie Locatie 1');
      await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible({ timeout: 30_000 });
      await signIn(page, location.assistantEmail);
      await expect(page.getByRole('combobox', { name: 'Locatie' })).toBeVisible({ timeout: 20_000 });

      await deactivateUser(hub.db, location.assistantId, runNow());
      await syncNow(page);
      await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole('status')).toContainText(
        'U bent afgemeld: Uw account is gedeactiveerd door de beheerder van uw organisatie.',
      );
      await shot(page, 'signed-out');
      await signIn(page, location.assistantEmail);
      await expect(page.getByRole('alert')).toContainText('Onbekend e-mailadres of verkeerd wachtwoord.');

      await signIn(page, location.managerEmail);
      await expect(page.getByRole('combobox', { name: 'Locatie' })).toBeVisible({ timeout: 20_000 });
      const deviceId = (await hub.db.query<{ id: string }>("SELECT id FROM devices WHERE name = 'Balie Locatie 1'")).rows[0]!.id;
      await revokeDevice(hub.db, deviceId, 'Laptop gestolen uit de kantoorruimte', runNow(), true);
      await syncNow(page);
      await expect(page.getByRole('heading', { name: 'Deze desk is ingetrokken' })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByText('heeft deze desk ingetrokken en de gegevens op deze computer gewist')).toBeVisible();
      await expect(page.getByText('Reden: Laptop gestolen uit de kantoorruimte')).toBeVisible();
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await shot(page, 'revoked-wiped');

      // a reload changes nothing: the desk stays locked
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Deze desk is ingetrokken' })).toBeVisible({ timeout: 20_000 });
    } finally {
      await stop();
    }
  });
});
