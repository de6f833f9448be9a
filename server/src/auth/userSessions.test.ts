/**
 * Sessions issued by the hub (issue 15, item 1; auth/userSessions.ts): the hub takes the person
 * behind a change or a device command from the session it names, never from the body; work made
 * under a session counts when it arrives later only if the session was valid when it was made.
 * The hub's clock is moved by hand: sign-in at 08:00, deactivation at 10:00, arrival at 11:00.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { PullResponse, PushResponse } from '../../../shared/sync/protocol';
import { deactivateUser, reactivateUser, revokeDevice } from '../admin/directory';
import {
  PASSWORD,
  enrolDesk,
  mutation,
  pullBody,
  pushBody,
  seedOrganisation,
  startTestHub,
  testBackends,
  type Desk,
  type Seeded,
  type SeededLocation,
  type TestHub,
} from '../testing/hubHarness';
import { DEFAULT_OFFLINE_DAYS, DEFAULT_SESSION_HOURS } from './userSessions';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(testBackends())('hub-issued user sessions on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }
  let now = new Date('2026-12-07T08:00:00Z');
  let hub: TestHub;
  let org: Seeded;
  beforeAll(async () => {
    hub = await startTestHub(backend, { clock: () => now });
    org = await seedOrganisation(hub.db, 2);
  }, 60_000);
  afterAll(async () => hub?.close());

  const signIn = async (desk: Desk, email: string) => {
    const answer = await hub.call('/v1/auth/sign-in', { token: desk.credential, body: { email, password: PASSWORD } });
    expect(answer.status).toBe(200);
    return answer.body.session as { id: string; expiresAt: string; workUntil: string };
  };
  const absence = (loc: SeededLocation, date: string) => ({
    id: uuidv7(),
    locationId: loc.id,
    staffId: loc.staffIds[0],
    date,
    kind: 'sick' as const,
  });
  const push = (desk: Desk, mutations: ReturnType<typeof mutation>[]) =>
    hub.call('/v1/push', { token: desk.credential, body: pushBody(desk, mutations) });
  const loggedActor = async (desk: Desk, id: number) =>
    (
      await hub.db.query<{ actor: unknown }>('SELECT actor FROM mutation_log WHERE device_id = $1 AND mutation_id = $2', [
        desk.deviceId,
        id,
      ])
    ).rows[0]?.actor;

  it('sign-in issues a session bound to the desk: a working day online, 14 days for work; the log names the hub’s user', async () => {
    now = new Date('2026-12-07T08:00:00Z');
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const session = await signIn(desk, loc.managerEmail);
    expect(session.expiresAt).toBe(new Date(now.getTime() + DEFAULT_SESSION_HOURS * HOUR).toISOString());
    expect(session.workUntil).toBe(new Date(now.getTime() + DEFAULT_OFFLINE_DAYS * DAY).toISOString());
    const { rows } = await hub.db.query<{ id_hash: string }>('SELECT id_hash FROM user_sessions WHERE user_id = $1', [loc.managerId]);
    expect(rows.map((r) => r.id_hash)).not.toContain(session.id);

    const answer = await push(desk, [mutation(1, 'staffAbsence.register', absence(loc, '2026-12-08'), { sessionId: session.id }, now)]);
    expect((answer.body as PushResponse).results[0]).toEqual({ id: 1, status: 'applied' });
    expect(await loggedActor(desk, 1)).toEqual({ userId: loc.managerId, name: 'Manager 1', role: 'manager' });
  });

  it('hub.unknown_session: a desk credential alone acts as nobody (no session, a forged one, another desk’s)', async () => {
    now = new Date('2026-12-07T08:00:00Z');
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const other = await enrolDesk(hub, org.organisationId, [loc.id]);
    const othersSession = await signIn(other, loc.managerEmail);
    const answer = await push(desk, [
      mutation(1, 'staffAbsence.register', absence(loc, '2026-12-09'), { sessionId: 'A'.repeat(43) }, now),
      mutation(2, 'staffAbsence.register', absence(loc, '2026-12-10'), { sessionId: othersSession.id }, now),
    ]);
    const results = (answer.body as PushResponse).results;
    expect(results.map((r) => r.reason?.rule)).toEqual(['hub.unknown_session', 'hub.unknown_session']);
    expect(await loggedActor(desk, 1)).toBeNull();

    // The old wire format, with an actor and no session, is refused whole.
    const { mutations } = pushBody(desk, [
      mutation(3, 'staffAbsence.register', absence(loc, '2026-12-11'), { userId: loc.managerId }, now),
    ]);
    const { sessionId: _dropped, ...withoutSession } = mutations[0]!;
    const legacy = await hub.call('/v1/push', {
      token: desk.credential,
      body: { ...pushBody(desk, []), mutations: [{ ...withoutSession, actor: { userId: loc.managerId, role: 'manager', name: 'X' } }] },
    });
    expect(legacy.status).toBe(400);

    // Device commands alike: a pairing code needs a session of this desk.
    const code = await hub.call('/v1/group-devices/pairing-codes', {
      token: desk.credential,
      body: { sessionId: othersSession.id, locationId: loc.id, groupId: loc.groupId },
    });
    expect(code.status).toBe(401);
    expect(code.body.error.rule).toBe('hub.unknown_session');
  });

  it('hub.session_ended: deactivated at 10:00, offline changes of 09:00 and 09:59:59 arriving at 11:00 count; of 10:00 and 10:30 not', async () => {
    now = new Date('2026-12-07T08:00:00Z');
    const loc = org.locations[1]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const session = await signIn(desk, loc.assistantEmail);
    now = new Date('2026-12-07T10:00:00Z');
    expect(await deactivateUser(hub.db, loc.assistantId, now)).toBe(true);
    now = new Date('2026-12-07T11:00:00Z');
    const by = { sessionId: session.id };
    const answer = await push(desk, [
      mutation(1, 'staffAbsence.register', absence(loc, '2026-12-14'), by, new Date('2026-12-07T09:00:00Z')),
      mutation(2, 'staffAbsence.register', absence(loc, '2026-12-15'), by, new Date('2026-12-07T09:59:59Z')),
      mutation(3, 'staffAbsence.register', absence(loc, '2026-12-16'), by, new Date('2026-12-07T10:00:00Z')),
      mutation(4, 'staffAbsence.register', absence(loc, '2026-12-17'), by, new Date('2026-12-07T10:30:00Z')),
    ]);
    const results = (answer.body as PushResponse).results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected', 'rejected']);
    expect(results[2]!.reason).toMatchObject({ code: 'forbidden', rule: 'hub.session_ended' });
    expect(results[2]!.reason!.message).toContain('gedeactiveerd');

    // The desk's next contact signs them out; a new sign-in is refused.
    const pulled = await hub.call('/v1/pull', { token: desk.credential, body: { ...pullBody(desk), sessionId: session.id } });
    expect((pulled.body as PullResponse).control).toContainEqual(
      expect.objectContaining({ type: 'sessionEnded', rule: 'hub.session_ended' }),
    );
    const again = await hub.call('/v1/auth/sign-in', { token: desk.credential, body: { email: loc.assistantEmail, password: PASSWORD } });
    expect(again.status).toBe(401);
    await reactivateUser(hub.db, loc.assistantId);
  });

  it('hub.session_expired: work counts until the 14th day after sign-in (not on it); online commands until the 12th hour', async () => {
    now = new Date('2026-12-07T08:00:00Z');
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const session = await signIn(desk, loc.managerEmail);
    const workUntil = Date.parse(session.workUntil);
    now = new Date(workUntil + HOUR);
    const by = { sessionId: session.id };
    const answer = await push(desk, [
      mutation(1, 'staffAbsence.register', absence(loc, '2026-12-21'), by, new Date(workUntil - 1_000)),
      mutation(2, 'staffAbsence.register', absence(loc, '2026-12-22'), by, new Date(workUntil)),
    ]);
    const results = (answer.body as PushResponse).results;
    expect(results[0]!.status).toBe('applied');
    expect(results[1]!.reason).toMatchObject({ rule: 'hub.session_expired' });

    // Online: a pairing code a minute before the session's 12 hours, and not at them.
    const pairing = () =>
      hub.call('/v1/group-devices/pairing-codes', {
        token: desk.credential,
        body: { sessionId: session.id, locationId: loc.id, groupId: loc.groupId },
      });
    now = new Date(Date.parse(session.expiresAt) - 60_000);
    expect((await pairing()).status).toBe(200);
    now = new Date(Date.parse(session.expiresAt));
    const late = await pairing();
    expect(late.status).toBe(401);
    expect(late.body.error.rule).toBe('hub.session_expired');
    const pulled = await hub.call('/v1/pull', { token: desk.credential, body: { ...pullBody(desk), sessionId: session.id } });
    expect((pulled.body as PullResponse).control).toContainEqual(
      expect.objectContaining({ type: 'sessionEnded', rule: 'hub.session_expired' }),
    );
  });

  it('a revoked desk’s sessions end with it; revoke-device --wipe tells the desk to wipe its store', async () => {
    now = new Date('2026-12-07T08:00:00Z');
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    await signIn(desk, loc.managerEmail);
    expect(await revokeDevice(hub.db, desk.deviceId, 'laptop gestolen', now, true)).toBe(true);
    const { rows } = await hub.db.query<{ ended_reason: string }>('SELECT ended_reason FROM user_sessions WHERE device_id = $1', [
      desk.deviceId,
    ]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.ended_reason === 'device_revoked')).toBe(true);
    const pulled = await hub.call('/v1/pull', { token: desk.credential, body: pullBody(desk) });
    expect(pulled.status).toBe(401);
    expect(pulled.body.control).toEqual([{ type: 'revoked', reason: 'laptop gestolen', wipe: true }]);
  });
});
