/**
 * Bounded work per push (issue 15, item 3): a batch whose arguments hold thousands of distinct
 * staff/date pairs must not stall the hub. The audit's batches: a valid `shift.copy` followed by
 * one with 2,000 pairs (17.5 s of read-ahead) or 6,000 pairs (out of memory), and the same pairs
 * spread over mutations within the schema's 500 copies each. Each answer is a clear refusal or a
 * fast correct verdict with nothing of a refused mutation kept, and another client's `GET /health`
 * answers within 200 ms throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { PushResponse, WireMutation } from '../../../shared/sync/protocol';
import {
  enrolDesk,
  lastMutationIdOf,
  mutation,
  pushBody,
  seedOrganisation,
  shiftOf,
  startTestHub,
  testBackends,
  type Desk,
  type Seeded,
  type TestHub,
} from '../testing/hubHarness';

const NOW = new Date('2026-11-23T09:00:00Z');
/**
 * What a push may add to another client's /health answer. The slowest answer of the same polling
 * without a push (this machine's own noise: a busy CI box is slow either way) comes on top.
 */
const HEALTH_LIMIT_MS = 200;
const BASELINE_MS = 300;

/** `count` distinct dates from 1 March 2027 on. */
function datesFrom(count: number): string[] {
  const start = Date.UTC(2027, 2, 1);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** Copies of `sourceId` to `count` distinct staff ids (unknown to the hub) on `count` distinct dates. */
function pairs(sourceId: string, count: number, tag: string) {
  return datesFrom(count).map((date, i) => ({ sourceId, id: `${tag}-${i}`, staffId: `s${tag}-${i}`, date }));
}

/** Polls GET /health one request after the other until stopped; the slowest answer and any failure. */
function pollHealth(hub: TestHub) {
  let running = true;
  let slowest = 0;
  let answers = 0;
  const failures: string[] = [];
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const answer = await hub.call('/health');
      const took = performance.now() - started;
      slowest = Math.max(slowest, took);
      answers++;
      if (answer.status !== 200) failures.push(`status ${answer.status}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return { slowest, answers, failures };
    },
  };
}

describe.each(testBackends())('bounded work per push on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  beforeAll(async () => {
    hub = await startTestHub(backend, { clock: () => NOW });
    org = await seedOrganisation(hub.db, 1);
  }, 180_000);
  afterAll(async () => hub?.close());

  const loc = () => org.locations[0]!;
  const manager = () => ({ userId: loc().managerId, role: 'manager' as const });
  const at = (id: number, name: WireMutation['name'], args: unknown) => mutation(id, name, args, manager(), NOW);

  async function storedShiftIds(ids: readonly string[]): Promise<string[]> {
    const { rows } = await hub.db.query<{ id: string }>("SELECT id FROM sync_rows WHERE tbl = 'shifts' AND NOT deleted AND id = ANY($1)", [
      [...ids],
    ]);
    return rows.map((r) => r.id);
  }

  let day = 0;
  /** A date in January 2027 no other test of this suite books. */
  const freshDate = () => `2027-01-${String(++day).padStart(2, '0')}`;

  /** A desk with one stored shift to copy; the next mutation id is 2. */
  async function deskWithSource(): Promise<{ desk: Desk; sourceId: string }> {
    const desk = await enrolDesk(hub, org.organisationId, [loc().id]);
    const source = shiftOf(loc(), { date: freshDate() });
    const answer = await hub.call('/v1/push', { token: desk.credential, body: pushBody(desk, [at(1, 'shift.assign', source)]) });
    expect((answer.body as PushResponse).results[0]?.status).toBe('applied');
    return { desk, sourceId: source.id };
  }

  /**
   * Pushes a valid copy of the source followed by `copies` spread over mutations of at most
   * `perMutation` copies, with /health polled throughout; checks that nothing of a refused
   * push or of a rejected mutation is kept.
   */
  async function pushPairs(count: number, perMutation: number) {
    const { desk, sourceId } = await deskWithSource();
    const valid = { sourceId, id: uuidv7(), staffId: loc().staffIds[1], date: freshDate() };
    const huge = pairs(sourceId, count, uuidv7().slice(-8));
    const mutations = [at(2, 'shift.copy', { locationId: loc().id, copies: [valid] })];
    for (let i = 0; i < huge.length; i += perMutation) {
      mutations.push(at(mutations.length + 2, 'shift.copy', { locationId: loc().id, copies: huge.slice(i, i + perMutation) }));
    }
    const idle = pollHealth(hub);
    await new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
    const baseline = await idle.stop();
    const health = pollHealth(hub);
    const started = performance.now();
    const answer = await hub.call('/v1/push', { token: desk.credential, body: pushBody(desk, mutations) });
    const took = performance.now() - started;
    const polled = await health.stop();
    console.log(
      count,
      perMutation,
      answer.status,
      Math.round(took),
      Math.round(polled.slowest),
      Math.round(baseline.slowest),
      polled.answers,
    );

    expect(polled.failures).toEqual([]);
    expect(polled.answers).toBeGreaterThan(0);
    expect(polled.slowest).toBeLessThan(HEALTH_LIMIT_MS + baseline.slowest);
    expect(took).toBeLessThan(5_000);
    expect(await storedShiftIds(huge.map((c) => c.id))).toEqual([]);
    if (answer.status === 200) {
      const results = (answer.body as PushResponse).results;
      expect(results[0]).toEqual({ id: 2, status: 'applied' });
      for (const r of results.slice(1)) expect(r.status).toBe('rejected');
      expect(await storedShiftIds([valid.id])).toEqual([valid.id]);
    } else {
      expect(await lastMutationIdOf(hub.db, desk.deviceId)).toBe(1);
      expect(await storedShiftIds([valid.id])).toEqual([]);
    }
    return { answer, took, health: polled.slowest, baseline: baseline.slowest };
  }

  it.each([2000, 6000])(
    'a copy with %i staff/date pairs (above the schema cap of 500) is refused whole with 413 and a rule',
    async (count) => {
      const { answer } = await pushPairs(count, count);
      expect(answer.status).toBe(413);
      expect(answer.body.error).toMatchObject({ code: 'validation_failed', rule: 'hub.push_too_large' });
      expect(answer.body.error.message).toMatch(/te veel onderdelen \(\d+, ten hoogste 500\); er is niets verwerkt/);
    },
    60_000,
  );

  it.each([2000, 6000])(
    '%i staff/date pairs within the schema (copies of 500) are over the push budget: 413, nothing applied',
    async (count) => {
      const { answer } = await pushPairs(count, 500);
      expect(answer.status).toBe(413);
      expect(answer.body.error).toMatchObject({ code: 'validation_failed', rule: 'hub.push_too_large' });
      expect(answer.body.error.message).toMatch(/te veel werk .* ten hoogste 2000\); er is niets verwerkt/);
    },
    60_000,
  );

  it('200 pairs within the schema and the budget (2 copies of 100, 10,000 staff/date combinations) answer fast: the valid copy applied, the others rejected', async () => {
    const { answer } = await pushPairs(200, 100);
    expect(answer.status).toBe(200);
    expect((answer.body as PushResponse).results.slice(1).map((r) => r.reason?.rule)).toEqual(['shift.copy_failed', 'shift.copy_failed']);
  }, 60_000);
});
