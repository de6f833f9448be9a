/**
 * Apparaten in the browser: a desk enrolled with a real hub (PGlite, in this process) through the
 * Welcome screen, signed in as the location manager, pairs a group iPad (the device simulator) and
 * revokes it while the line is down (the banner), then sees it delivered, wiped and in the audit log.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { DeviceSimulator } from '../../server/src/deviceSim/deviceSimulator';
import { PASSWORD, seedOrganisation, startTestHub, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';
import { startFaultyProxy, type FaultyProxy } from '../fixtures/faultyProxy';
import { expect, screenshotDir, startDesk, test } from './fixtures';
import { runNow } from './runClock';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `devices-${name}.png`), fullPage: true });

test.describe('Apparaten with a real hub', () => {
  let hub: TestHub;
  let proxy: FaultyProxy;
  let org: Seeded;

  test.beforeAll(async () => {
    hub = await startTestHub({ name: 'pglite', available: true }, { clock: runNow });
    org = await seedOrganisation(hub.db, 1);
    proxy = await startFaultyProxy(hub.url);
  });

  test.afterAll(async () => {
    await proxy?.close();
    await hub?.close();
  });

  test('the manager pairs an iPad and revokes it while the hub is out of reach; delivered, wiped and logged', async ({ page }) => {
    test.setTimeout(120_000);
    const location = org.locations[0]!;
    const { desk, stop } = await startDesk({ demo: false, port: Number(process.env.E2E_PORT_BASE ?? 5300) + 92 });
    const device = new DeviceSimulator({ hubUrl: hub.url, name: 'iPad Rupsjes', clock: runNow });
    try {
      // enrol through the Welcome screen, sign in through the sign-in screen
      const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [location.id] });
      await page.goto(desk.url);
      await expect(page.getByRole('heading', { name: 'Welkom bij Opvangdesk' })).toBeVisible();
      await page.getByLabel('Adres van de hub').fill(proxy.url);
      await page.getByLabel('Koppelcode').fill(code);
      await page.getByLabel('Naam van deze desk').fill('Balie Locatie 1');
      await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible({ timeout: 30_000 });
      await page.getByLabel('E-mailadres').fill(location.managerEmail);
      await page.getByLabel('Wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Aanmelden' }).click();

      await page.getByRole('link', { name: 'Apparaten' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Apparaten · Locatie 1' })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByText('Nog geen iPad gekoppeld aan deze groep.')).toBeVisible();
      await shot(page, 'empty');

      // pair: choose the group, get a code with its countdown
      const pair = page.getByRole('region', { name: 'Een iPad koppelen' });
      await pair.getByLabel('Groep').selectOption({ label: 'Rupsjes 1' });
      await pair.getByRole('button', { name: 'Koppelcode maken' }).click();
      await expect(pair.getByRole('heading', { name: 'Koppelcode voor Rupsjes 1' })).toBeVisible();
      await expect(pair.getByRole('timer')).toHaveText(/^Nog \d{1,2}:\d\d geldig$/);
      const shown = (await pair.locator('.code').textContent()) ?? '';
      expect(shown).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      await shot(page, 'pairing-code');

      // the iPad pairs with the code the screen shows and fetches its day
      expect((await device.pair(shown)).kind).toBe('ok');
      expect((await device.fetchDay()).kind).toBe('ok');
      await pair.getByRole('button', { name: 'Sluiten' }).click();
      await page.getByRole('button', { name: 'Vernieuwen' }).click();
      const row = page.getByRole('region', { name: 'Rupsjes 1' }).getByRole('row', { name: /iPad Rupsjes/ });
      await expect(row.getByText('Actief')).toBeVisible();
      await expect(row.getByText('door Manager 1')).toBeVisible();
      await shot(page, 'paired');

      // the line goes down; revoke anyway: revoked at once, "not yet delivered" above every screen
      proxy.mode = 'down';
      await row.getByRole('button', { name: 'iPad Rupsjes intrekken' }).click();
      const dialog = page.getByRole('dialog', { name: 'iPad Rupsjes intrekken' });
      await expect(dialog.getByRole('button', { name: 'Definitief intrekken' })).toBeDisabled();
      await dialog.getByLabel('Gestolen').check();
      await dialog.getByLabel('Toelichting').fill('Uit de tas gepakt bij het speelplein');
      await shot(page, 'revoke-dialog');
      await dialog.getByRole('button', { name: 'Definitief intrekken' }).click();
      const banner = page.getByRole('alert').filter({ hasText: 'Intrekking nog niet afgeleverd' });
      await expect(banner).toBeVisible();
      await expect(banner).toContainText('iPad Rupsjes is op deze desk ingetrokken');
      await expect(banner).toContainText('centrale servicedesk');
      await expect(banner.getByText(/Volgende poging over \d+ s|Bezig met opnieuw proberen/)).toBeVisible();
      await expect(row.getByText('Ingetrokken', { exact: true })).toBeVisible();
      await expect(row.getByText('Intrekking nog niet afgeleverd')).toBeVisible();
      // the device does not know yet: the hub has not heard
      expect((await device.checkIn()).kind).toBe('ok');
      await shot(page, 'undelivered');

      // the line returns: delivered without pressing anything, the device is refused and wipes itself
      proxy.mode = 'pass';
      await expect(banner).toBeHidden({ timeout: 20_000 });
      expect(await device.checkIn()).toEqual({ kind: 'wiped', confirmed: true });
      await page.getByRole('button', { name: 'Vernieuwen' }).click();
      await expect(row.getByText('Gewist', { exact: true })).toBeVisible();
      await expect(row.getByText(/^Gestolen · door Manager 1/)).toBeVisible();

      // the audit log: code, pairing, revocation and wipe, the chain checked, exported as CSV
      const audit = page.getByRole('region', { name: 'Logboek' });
      await expect(audit.getByText('Keten klopt: 4 regels gecontroleerd')).toBeVisible();
      for (const event of ['Koppelcode gemaakt', 'Gekoppeld', 'Ingetrokken', 'Gewist']) {
        await expect(audit.getByRole('cell', { name: event, exact: true })).toBeVisible();
      }
      const download = page.waitForEvent('download');
      await audit.getByRole('button', { name: 'Exporteren (CSV)' }).click();
      expect((await download).suggestedFilename()).toMatch(/^apparaten-logboek-l1-\d{4}-\d{2}-\d{2}\.csv$/);
      await expect(audit.getByText(/4 regels opgeslagen als/)).toBeVisible();
      await shot(page, 'wiped');

      // the assistant may revoke but not pair: the button is off, with the reason beside it
      await page.getByRole('button', { name: 'Afmelden' }).click();
      await page.getByLabel('E-mailadres').fill(location.assistantEmail);
      await page.getByLabel('Wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Apparaten · Locatie 1' })).toBeVisible({ timeout: 20_000 });
      await expect(pair.getByText('Alleen de locatiemanager kan iPads koppelen.', { exact: false })).toBeVisible();
      await expect(pair.getByRole('button', { name: 'Koppelcode maken' })).toBeDisabled();
      await shot(page, 'assistant');
    } finally {
      device.stop();
      await stop();
    }
  });
});
