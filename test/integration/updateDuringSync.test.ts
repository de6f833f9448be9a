/**
 * "Restart to update" never during a sync push: the sync engine says when it is pushing, and the
 * update policy waits for it. A desk against the real hub (PGlite) behind a proxy that holds the
 * push until the test lets it through.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { UpdateStatus } from '../../shared/contract/views';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { PASSWORD, seedOrganisation, shiftOf, startTestHub, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';
import { createCore } from '../../electron/core/core';
import { createLogger } from '../../electron/core/logger';
import type { DeskUpdater } from '../../electron/core/update/deskUpdater';
import { decideInstall } from '../../electron/main/update/updatePolicy';
import { FIXED_NOW, openTempCore } from '../fixtures/tempCore';
import { runningClockFrom } from '../../shared/domain/time/clock';

/** Monday 23 November 2026, 09:00, running on: desks and hub agree on the day. */
const clock = runningClockFrom(FIXED_NOW);
const quiet = { debounceMs: 60_000, intervalMs: 60_000, backoff: { baseMs: 50, maxMs: 200 } };

/** Forwards to the hub; after `hold()` a push waits at the gate until `open()`. */
async function startGatedProxy(target: string) {
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  let held = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      if (req.url === '/v1/push') {
        held++;
        await gate;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
      const upstream = await fetch(target + (req.url ?? '/'), {
        method: req.method ?? 'GET',
        headers,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    held: () => held,
    hold: () => {
      gate = new Promise<void>((resolve) => (release = resolve));
    },
    open: () => release(),
    close: () => {
      release();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('update restart and sync push', () => {
  let hub: TestHub;
  let org: Seeded;

  beforeAll(async () => {
    hub = await startTestHub({ name: 'pglite', available: true }, { clock });
    org = await seedOrganisation(hub.db, 1);
  });

  afterAll(async () => {
    await hub.close();
  });

  test('the sync engine reports a push in progress, and the restart waits until it is done', async () => {
    const location = org.locations[0]!;
    const proxy = await startGatedProxy(hub.url);
    const { core, cleanup } = await openTempCore({ now: clock, syncTiming: quiet });
    try {
      const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [location.id] });
      expect((await core.call('sync.enrol', { hubUrl: proxy.url, code, deskName: 'Updatedesk' })).ok).toBe(true);
      expect((await core.call('auth.signIn', { email: location.managerEmail, password: PASSWORD })).ok).toBe(true);
      await core.call('sync.now', {});
      expect(core.context.sync.isPushing()).toBe(false);
      expect(decideInstall({ state: 'ready', pushing: core.context.sync.isPushing(), waitedMs: 0, retry: false })).toEqual({
        action: 'install',
      });

      proxy.hold();
      expect((await core.call('mutate', { name: 'shift.assign', args: shiftOf(location) })).ok).toBe(true);
      const round = core.call('sync.now', {});
      for (let i = 0; i < 200 && proxy.held() === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(proxy.held()).toBe(1);
      expect(core.context.sync.isPushing()).toBe(true);
      expect(decideInstall({ state: 'ready', pushing: core.context.sync.isPushing(), waitedMs: 0, retry: false })).toMatchObject({
        action: 'wait',
      });

      proxy.open();
      await round;
      expect(core.context.sync.isPushing()).toBe(false);
      expect(core.context.mutations.pendingCount()).toBe(0);
      expect(decideInstall({ state: 'waiting_for_sync', pushing: core.context.sync.isPushing(), waitedMs: 2_000, retry: true })).toEqual({
        action: 'install',
      });
    } finally {
      await cleanup();
      await proxy.close();
    }
  });
});

describe('update methods of the contract', () => {
  test('browser mode (no updater from the main process): the status is unsupported, installing is unavailable', async () => {
    const { core, cleanup } = await openTempCore();
    try {
      const status = await core.call('update.status', {});
      expect(status).toMatchObject({
        ok: true,
        value: { state: 'unsupported', unsupportedReason: 'browser_mode', currentVersion: '0.0.0-test' },
      });
      const install = await core.call('update.install', {});
      expect(install).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/browsermodus/) } });
    } finally {
      await cleanup();
    }
  });

  test('an updater from the main process: its status is read, pushed as an event, and installing is passed on', async () => {
    const base: UpdateStatus = {
      state: 'ready',
      unsupportedReason: null,
      currentVersion: '1.0.0',
      availableVersion: '1.1.0',
      downloadPercent: 100,
      lastCheckAt: null,
      lastError: null,
      installed: null,
    };
    let status = base;
    let listener: ((s: UpdateStatus) => void) | null = null;
    const updater: DeskUpdater = {
      status: () => status,
      install: async () => {
        status = { ...status, state: 'installing' };
        listener?.(status);
        return { accepted: true, status };
      },
      onStatus: (l) => {
        listener = l;
        return () => (listener = null);
      },
    };
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-update-'));
    const core = await createCore({ dataDir, transport: 'ipc', version: '1.0.0', log: createLogger(null), updater });
    try {
      const events: unknown[] = [];
      core.onEvent((e) => events.push(e));
      expect(await core.call('update.status', {})).toEqual({ ok: true, value: base });
      expect(await core.call('update.install', {})).toMatchObject({ ok: true, value: { state: 'installing' } });
      expect(events).toContainEqual({ type: 'updateStatus', status: { ...base, state: 'installing' } });

      status = { ...base, state: 'idle', availableVersion: null };
      updater.install = async () => ({ accepted: false, reason: 'not_ready', status });
      expect(await core.call('update.install', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    } finally {
      await core.close();
      expect(listener).toBeNull();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
