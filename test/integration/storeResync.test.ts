/**
 * Store faults (issue 15, item 8): an enrolled desk whose store is damaged starts again from the
 * real hub. The damaged file is kept aside; the hub's rows come back; the desk's next change is
 * numbered after the last one the hub holds, so the hub applies it instead of calling it a repeat.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SyncStatus } from '../../shared/contract/views';
import type { ShiftRow } from '../../shared/model/rows';
import { runningClockFrom } from '../../shared/domain/time/clock';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { PASSWORD, seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';
import { STORE_FILE } from '../../electron/core/core';
import { startCore } from '../../electron/core/faultCore';
import { createLogger } from '../../electron/core/logger';
import { FIXED_NOW, ok, openTempCore, QUIET_SYNC } from '../fixtures/tempCore';

const clock = runningClockFrom(FIXED_NOW);

describe.each(testBackends())('store fault: re-sync a damaged store from the hub ($name)', (backend) => {
  if (!backend.available) {
    test.skip(`not run: ${backend.reason}`, () => undefined);
    return;
  }
  let hub: TestHub;
  let org: Seeded;
  beforeAll(async () => {
    hub = await startTestHub(backend, { clock });
    org = await seedOrganisation(hub.db, 1);
  });
  afterAll(async () => hub.close());

  test('damaged in the middle: re-sync moves it aside, pulls the location again and continues the mutation numbers', async () => {
    const location = org.locations[0]!;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-resync-'));
    try {
      const { core } = await openTempCore({ dataDir, now: clock, syncTiming: QUIET_SYNC });
      const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [location.id] });
      await ok(core.call('sync.enrol', { hubUrl: hub.url, code, deskName: 'Desk' }));
      await ok(core.call('auth.signIn', { email: location.managerEmail, password: PASSWORD }));
      const shift = (date: string): ShiftRow => ({
        id: crypto.randomUUID(),
        locationId: location.id,
        staffId: location.staffIds[0]!,
        groupId: location.groupId,
        date,
        start: 450,
        end: 960,
        breaks: [],
      });
      const sent = shift('2026-12-01');
      await ok(core.call('mutate', { name: 'shift.assign', args: sent }));
      expect(await ok<SyncStatus>(core.call('sync.now', {}))).toMatchObject({ pending: 0 });
      // the pages of the synced rows' largest table (not the schema, not meta, which keeps the enrolment)
      const db = core.context.db;
      const { name } = db
        .prepare("SELECT name FROM dbstat WHERE name NOT LIKE 'sqlite_%' AND name <> 'meta' GROUP BY name ORDER BY count(*) DESC LIMIT 1")
        .get() as { name: string };
      const rowPages = (db.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno').all(name) as { pageno: number }[]).map(
        (r) => r.pageno,
      );
      await core.close();
      const file = path.join(dataDir, STORE_FILE);
      const fd = fs.openSync(file, 'r+');
      for (const page of rowPages.slice(0, 3)) fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, (page - 1) * 4096);
      fs.closeSync(fd);

      const desk = await startCore({
        dataDir,
        transport: 'bridge',
        version: '0.0.0-test',
        clock,
        log: createLogger(null),
        syncTiming: QUIET_SYNC,
        onClose: () => undefined,
      });
      try {
        expect(desk.fault()).toMatchObject({ rule: 'store.damaged', canResync: true });
        expect(await desk.call('storeFault.resync', {})).toEqual({ ok: true, value: { fault: null } });
        // the damaged file is kept aside, never deleted
        expect(fs.readdirSync(path.join(dataDir, 'damaged')).filter((f) => f.endsWith('.db'))).toHaveLength(1);
        await ok(desk.call('auth.signIn', { email: location.managerEmail, password: PASSWORD }));
        await ok(desk.call('sync.now', {}));
        expect(desk.context.store.get('shifts', sent.id)).toEqual(sent);
        // the hub holds mutation 1 of this desk: the next is 2, and the hub applies it
        expect(await ok(desk.call('mutate', { name: 'shift.assign', args: shift('2026-12-02') }))).toEqual({ mutationId: 2 });
        expect(await ok<SyncStatus>(desk.call('sync.now', {}))).toMatchObject({ state: 'online', pending: 0, needsAttention: 0 });
      } finally {
        await desk.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
