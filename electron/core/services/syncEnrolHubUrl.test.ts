/**
 * Enrolling a desk: the hub's address must be https unless the hub runs on this machine
 * (shared/sync/hubUrl.ts), checked before anything is sent, on a real SQLite store.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';
import { readEnrolment } from '../sync/syncRepository';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ core, cleanup } = await openTempCore()));
afterEach(async () => cleanup());

test('hub.https_required: enrolling with http://10.0.0.5 is refused with the Dutch sentence; nothing is sent or stored', async () => {
  const answer = await core.call('sync.enrol', { hubUrl: 'http://10.0.0.5:5179', code: 'ABCD-EFGH', deskName: 'Balie' });
  expect(answer).toMatchObject({ ok: false, error: { code: 'validation_failed', rule: 'hub.https_required' } });
  expect(!answer.ok && answer.error.message).toContain('https://10.0.0.5:5179');
  expect(readEnrolment(core.context.db)).toBeNull();
});

test('hub.https_required: http to this machine passes the rule (the enrolment then fails only because no hub listens)', async () => {
  for (const hubUrl of ['http://127.0.0.1:1', 'http://localhost:1', 'http://[::1]:1']) {
    const answer = await core.call('sync.enrol', { hubUrl, code: 'ABCD-EFGH', deskName: 'Balie' });
    expect(answer, hubUrl).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  }
});
