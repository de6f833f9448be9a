import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../shared/sync/protocol';
import { deactivateUser, reactivateUser, revokeDevice } from '../admin/directory';
import { createEnrolmentCode } from '../auth/enrolmentCodes';
import {
  PASSWORD,
  enrolDesk,
  lastMutationIdOf,
  mutation,
  pullBody,
  pushBody,
  seedOrganisation,
  shiftOf,
  spaceVersion,
  startTestHub,
  testBackends,
  type Desk,
  type Seeded,
  type TestHub,
} from '../testing/hubHarness';

describe.each(testBackends())('enrolment, credentials and requests on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  let desk: Desk;

  beforeAll(async () => {
    hub = await startTestHub(backend, {
      settings: { signInLimits: { windowMinutes: 15, perDeviceEmail: 5, perIp: 12, knownAccountDays: 90 } },
    });
    org = await seedOrganisation(hub.db, 2);
    desk = await enrolDesk(hub, org.organisationId, [org.locations[0]!.id]);
  }, 60_000);
  afterAll(async () => hub?.close());

  const loc = () => org.locations[0]!;
  const manager = () => ({ userId: loc().managerId, role: 'manager' as const });

  it('health answers with the backend', async () => {
    const answer = await hub.call('/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: true, db: backend.name });
  });

  it('enrol: a code works once; a second use and an expired code are refused', async () => {
    const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [loc().id] });
    const first = await hub.call('/v1/enrol', { body: { code: code.toLowerCase(), deskName: 'Balie' } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ organisationId: org.organisationId, locationIds: [loc().id] });
    expect(first.body.credential).toMatch(/^odk_/);
    const { rows } = await hub.db.query<{ credential_hash: string }>('SELECT credential_hash FROM devices WHERE id = $1', [
      first.body.deviceId,
    ]);
    expect(rows[0]!.credential_hash).not.toContain(first.body.credential.slice(4));

    const second = await hub.call('/v1/enrol', { body: { code, deskName: 'Balie 2' } });
    expect(second.status).toBe(401);
    expect(second.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    const expired = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [loc().id], validMinutes: -1 });
    const late = await hub.call('/v1/enrol', { body: { code: expired.code, deskName: 'Balie 3' } });
    expect(late.status).toBe(401);

    const pulled = await hub.call('/v1/pull', { token: first.body.credential, body: pullBody(first.body as Desk) });
    expect(pulled.status).toBe(200);
  });

  it('missing or unknown credentials get 401 on every /v1 endpoint', async () => {
    for (const path of ['/v1/push', '/v1/pull', '/v1/auth/sign-in']) {
      const missing = await hub.call(path, { body: pullBody(desk) });
      expect(missing.status, path).toBe(401);
      expect(missing.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      const unknown = await hub.call(path, { body: pullBody(desk), token: 'odk_not-a-real-credential' });
      expect(unknown.status, path).toBe(401);
      expect(unknown.body.control).toBeUndefined();
    }
  });

  it('a revoked desk gets 401 with a revoked control message, and nothing is applied', async () => {
    const doomed = await enrolDesk(hub, org.organisationId, [loc().id]);
    expect(await revokeDevice(hub.db, doomed.deviceId, 'gestolen', hub.clock())).toBe(true);
    const version = await spaceVersion(hub.db, loc().id);
    const pushed = await hub.call('/v1/push', {
      token: doomed.credential,
      body: pushBody(doomed, [mutation(1, 'shift.assign', shiftOf(loc()), manager())]),
    });
    expect(pushed.status).toBe(401);
    expect(pushed.body).toMatchObject({ ok: false, error: { code: 'unauthorized' }, control: [{ type: 'revoked', reason: 'gestolen' }] });
    const pulled = await hub.call('/v1/pull', { token: doomed.credential, body: pullBody(doomed) });
    expect(pulled.status).toBe(401);
    expect(pulled.body.control).toEqual([{ type: 'revoked', reason: 'gestolen' }]);
    const signIn = await hub.call('/v1/auth/sign-in', {
      token: doomed.credential,
      body: { email: loc().managerEmail, password: PASSWORD },
    });
    expect(signIn.status).toBe(401);
    expect(await lastMutationIdOf(hub.db, doomed.deviceId)).toBe(0);
    expect(await spaceVersion(hub.db, loc().id)).toBe(version);
  });

  it('JSON nested 10,000 deep is 400 (not 500), nothing applied; 32 levels in the arguments are still read', async () => {
    const fresh = await enrolDesk(hub, org.organisationId, [loc().id]);
    const version = await spaceVersion(hub.db, loc().id);
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const raw = JSON.stringify(pushBody(fresh, [mutation(1, 'shift.assign', 'ARGS', manager())])).replace('"ARGS"', deep);
    const answer = await hub.call('/v1/push', { token: fresh.credential, raw });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(await lastMutationIdOf(hub.db, fresh.deviceId)).toBe(0);
    expect(await spaceVersion(hub.db, loc().id)).toBe(version);
  });

  it('authentication by the route, not the URL: POST /%761/pull (routed to /v1/pull) without a credential is 401, not 500', async () => {
    const answer = await hub.call('/%761/pull', { body: { protocolVersion: 1, deviceId: 'x', cursors: {} } });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('malformed JSON, a wrong content type, an oversized body, an unknown protocolVersion: 4xx, nothing applied', async () => {
    const fresh = await enrolDesk(hub, org.organisationId, [loc().id]);
    const version = await spaceVersion(hub.db, loc().id);
    const token = fresh.credential;

    const malformed = await hub.call('/v1/push', { token, raw: '{"protocolVersion": 1, "deviceId": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ ok: false, error: { code: 'validation_failed' } });

    const text = await hub.call('/v1/push', { token, raw: 'hallo', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ ok: false, error: { code: 'validation_failed' } });

    const big = pushBody(fresh, [mutation(1, 'shift.assign', { ...shiftOf(loc()), padding: 'x'.repeat(1_100_000) }, manager())]);
    const oversized = await hub.call('/v1/push', { token, body: big });
    expect(oversized.status).toBe(413);
    expect(oversized.body).toMatchObject({ ok: false, error: { code: 'validation_failed' } });

    const future = await hub.call('/v1/push', {
      token,
      body: { ...pushBody(fresh, [mutation(1, 'shift.assign', shiftOf(loc()), manager())]), protocolVersion: 99 },
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'protocolVersion' })]));
    const futurePull = await hub.call('/v1/pull', { token, body: { ...pullBody(fresh), protocolVersion: 99 } });
    expect(futurePull.status).toBe(400);

    // A value PostgreSQL cannot store is a 400, and the code stays unused.
    const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [loc().id] });
    const nul = await hub.call('/v1/enrol', { body: { code, deskName: 'Balie\u0000' } });
    expect(nul.status).toBe(400);
    expect((await hub.call('/v1/enrol', { body: { code, deskName: 'Balie' } })).status).toBe(200);

    const extra = await hub.call('/v1/push', { token, body: { ...pushBody(fresh, []), sneaky: true } });
    expect(extra.status).toBe(400);

    const unordered = await hub.call('/v1/push', {
      token,
      body: pushBody(fresh, [
        mutation(2, 'shift.assign', shiftOf(loc()), manager()),
        mutation(1, 'shift.assign', shiftOf(loc()), manager()),
      ]),
    });
    expect(unordered.status).toBe(400);

    const otherDevice = await hub.call('/v1/push', {
      token,
      body: { ...pushBody(fresh, [mutation(1, 'shift.assign', shiftOf(loc()), manager())]), deviceId: desk.deviceId },
    });
    expect(otherDevice.status).toBe(403);

    const unknownMutator = await hub.call('/v1/push', {
      token,
      body: pushBody(fresh, [{ ...mutation(1, 'shift.assign', shiftOf(loc()), manager()), name: 'shift.explode' as never }]),
    });
    expect(unknownMutator.status).toBe(400);

    expect(await lastMutationIdOf(hub.db, fresh.deviceId)).toBe(0);
    expect(await spaceVersion(hub.db, loc().id)).toBe(version);

    // The hub keeps serving: a proper push still works.
    const ok = await hub.call('/v1/push', {
      token,
      body: pushBody(fresh, [mutation(1, 'shift.assign', shiftOf(loc(), { date: '2027-01-04' }), manager())]),
    });
    expect((ok.body as PushResponse).results).toEqual([{ id: 1, status: 'applied' }]);
  });

  it('an unknown route is 404 in the error envelope', async () => {
    const answer = await hub.call('/v1/nothing', { token: desk.credential, body: {} });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('sign-in: the user with role and the desk’s locations; wrong password and inactive user 401', async () => {
    const ok = await hub.call('/v1/auth/sign-in', {
      token: desk.credential,
      body: { email: loc().managerEmail.toUpperCase(), password: PASSWORD },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      user: { id: loc().managerId, name: 'Manager 1', email: loc().managerEmail, role: 'manager', locationIds: [loc().id] },
      session: { id: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), expiresAt: expect.any(String), workUntil: expect.any(String) },
    });
    const assistant = await hub.call('/v1/auth/sign-in', {
      token: desk.credential,
      body: { email: loc().assistantEmail, password: PASSWORD },
    });
    expect(assistant.body.user.role).toBe('assistant');

    const wrong = await hub.call('/v1/auth/sign-in', { token: desk.credential, body: { email: loc().managerEmail, password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    // A manager of the other location has no role on this desk.
    const elsewhere = await hub.call('/v1/auth/sign-in', {
      token: desk.credential,
      body: { email: org.locations[1]!.managerEmail, password: PASSWORD },
    });
    expect(elsewhere.status).toBe(403);

    await deactivateUser(hub.db, loc().assistantId, hub.clock());
    const inactive = await hub.call('/v1/auth/sign-in', {
      token: desk.credential,
      body: { email: loc().assistantEmail, password: PASSWORD },
    });
    expect(inactive.status).toBe(401);
    await reactivateUser(hub.db, loc().assistantId);
  });

  it('sign-in: after 5 failures per desk and email, even the right password waits (429); the IP limit counts across emails but spares accounts known on the desk', async () => {
    const limited = await enrolDesk(hub, org.organisationId, [loc().id]);
    const email = loc().managerEmail;
    for (let i = 0; i < 5; i++) {
      const answer = await hub.call('/v1/auth/sign-in', { token: limited.credential, body: { email, password: `wrong-${i}` } });
      expect(answer.status).toBe(401);
    }
    const blocked = await hub.call('/v1/auth/sign-in', { token: limited.credential, body: { email, password: PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);

    // Another email on the same desk is not blocked by that count.
    const other = await hub.call('/v1/auth/sign-in', {
      token: limited.credential,
      body: { email: loc().assistantEmail, password: PASSWORD },
    });
    expect(other.status).toBe(200);

    // The same failures are visible to every hub process: they are rows, not memory.
    const { rows } = await hub.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM auth_failures WHERE kind = 'sign_in' AND device_id = $1",
      [limited.deviceId],
    );
    expect(rows[0]!.n).toBe(5);

    // Per IP (limit 12 in this suite): failures for other emails from the same address add up.
    let status = 401;
    for (let i = 0; i < 12 && status === 401; i++) {
      status = (await hub.call('/v1/auth/sign-in', { token: limited.credential, body: { email: `nobody${i}@test.nl`, password: 'x' } }))
        .status;
    }
    expect(status).toBe(429);
    // The address limit does not lock out an account that signed in on this desk before (the
    // assistant, above); the manager is still held by the account's own limit.
    const fromIp = await hub.call('/v1/auth/sign-in', {
      token: limited.credential,
      body: { email: loc().assistantEmail, password: PASSWORD },
    });
    expect(fromIp.status).toBe(200);
    expect((await hub.call('/v1/auth/sign-in', { token: limited.credential, body: { email, password: PASSWORD } })).status).toBe(429);
  });
});
