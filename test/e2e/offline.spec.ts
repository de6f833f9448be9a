/**
 * A branch office loses its connection (sync.md, issue 4): the desk is enrolled with a real hub
 * (PGlite, on 127.0.0.1) behind a switchable line; the line goes down, the manager keeps working,
 * the status bar says offline with the changes waiting; the line comes back and the status clears.
 */
import path from 'node:path';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../server/src/demo/loadDemo';
import { startTestHub, type TestHub } from '../../server/src/testing/hubHarness';
import { startFaultyProxy, type FaultyProxy } from '../fixtures/faultyProxy';
import { localDateAt, weekStart } from '../../shared/domain/time/localDate';
import { expect, screenshotDir, startDesk, test } from './fixtures';
import { runNow } from './runClock';

test(
  'offline: the manager keeps working, the status bar shows what waits, and it clears when the hub returns',
  { tag: '@anyday' },
  async ({ page }) => {
    test.setTimeout(180_000);
    const hub: TestHub = await startTestHub({ name: 'pglite', available: true }, { clock: runNow });
    const proxy: FaultyProxy = await startFaultyProxy(hub.url);
    const { desk, stop } = await startDesk({ demo: false });
    try {
      const today = localDateAt(runNow());
      const demo = await loadDemoIfEmpty(hub.db, today);
      const { rows } = await hub.db.query<{ id: string; code: string }>("SELECT id, code FROM locations WHERE name = 'Rhoon'");
      const rhoon = rows[0]!;
      const { code } = await createEnrolmentCode(hub.db, { organisationId: demo.organisationId, locationIds: [rhoon.id] });

      await page.goto(desk.url);
      await page.getByLabel('Adres van de hub').fill(proxy.url);
      await page.getByLabel('Koppelcode').fill(code);
      await page.getByLabel('Naam van deze desk').fill('Rhoon balie');
      await page.getByRole('button', { name: 'Koppelen' }).click();
      await page.getByLabel('E-mailadres').fill(`manager.${rhoon.code.toLowerCase()}@demo.opvangdesk.nl`);
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      const status = page.getByRole('status', { name: 'Synchronisatie' });
      await expect(status).toContainText('Online', { timeout: 30_000 });
      await expect(page.getByRole('heading', { level: 1, name: 'Weekrooster · Rhoon' })).toBeVisible();

      // the line goes down; the manager keeps working
      proxy.mode = 'down';
      const headers = { authorization: `Bearer ${desk.token}` };
      const staff = await (
        await page.request.post(`${desk.origin}/api/call/roster.week`, {
          headers,
          data: { locationId: rhoon.id, weekStart: weekStart(today) },
        })
      ).json();
      const group = staff.value.groups[0];
      const shift = group.days[0].shifts[0];
      const edited = await page.request.post(`${desk.origin}/api/call/mutate`, {
        headers,
        data: {
          name: 'shift.assign',
          args: {
            id: shift.shiftId,
            locationId: rhoon.id,
            staffId: shift.staffId,
            groupId: group.groupId,
            date: group.days[0].date,
            start: shift.start,
            end: shift.end + 15,
            breaks: shift.breaks,
          },
        },
      });
      expect((await edited.json()).ok).toBe(true);
      await page.goto(`${desk.url.split('?')[0]}#/sync`);
      await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
      await expect(status).toContainText('Offline');
      await expect(status).toContainText('1 wacht');
      await page.screenshot({ path: path.join(screenshotDir, 'sync-offline.png') });

      // the line comes back: the change is delivered and the status clears
      proxy.mode = 'pass';
      await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
      await expect(status).toContainText('Online');
      await expect(status).not.toContainText('wacht');
      await page.screenshot({ path: path.join(screenshotDir, 'sync-online.png') });
      const { rows: onHub } = await hub.db.query<{ row: { end: number } }>("SELECT row FROM sync_rows WHERE tbl = 'shifts' AND id = $1", [
        shift.shiftId,
      ]);
      expect(onHub[0]?.row.end).toBe(shift.end + 15);
    } finally {
      await stop();
      await proxy.close();
      await hub.close();
    }
  },
);
