import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, enrolDesk, seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../testing/hubHarness';

const statusCounts = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, s) => ({ ...counts, [s]: (counts[s] ?? 0) + 1 }), {});

describe.each(testBackends())('rate limits under concurrency on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;

  beforeAll(async () => {
    hub = await startTestHub(backend, {
      settings: {
        signInLimits: { windowMinutes: 15, perDeviceEmail: 5, perIp: 20, knownAccountDays: 90 },
        enrolLimits: { windowMinutes: 15, perDeviceEmail: 0, perIp: 20 },
        pairLimits: { windowMinutes: 15, perDeviceEmail: 0, perIp: 20 },
      },
    });
    org = await seedOrganisation(hub.db, 1);
  }, 60_000);
  afterAll(async () => hub?.close());

  const loc = () => org.locations[0]!;
  const clearAttempts = () => hub.db.query('DELETE FROM auth_failures');

  it('sign-in: 40 parallel wrong passwords for one account: exactly 5 evaluated (401), 35 refused before evaluation (429)', async () => {
    await clearAttempts();
    const desk = await enrolDesk(hub, org.organisationId, [loc().id]);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        hub.call('/v1/auth/sign-in', { token: desk.credential, body: { email: loc().managerEmail, password: `wrong-${i}` } }),
      ),
    );
    expect(statusCounts(answers.map((a) => a.status))).toEqual({ 401: 5, 429: 35 });
  });

  it('enrolment: 40 parallel unknown codes from one IP: exactly 20 evaluated (401), 20 refused (429)', async () => {
    await clearAttempts();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        hub.call('/v1/enrol', { body: { code: `WRONG-${String(i).padStart(4, '0')}`, deskName: 'Gok' } }),
      ),
    );
    expect(statusCounts(answers.map((a) => a.status))).toEqual({ 401: 20, 429: 20 });
  });

  it('pairing: 35 parallel unknown codes from one IP: exactly 20 evaluated (401), 15 refused (429)', async () => {
    await clearAttempts();
    const publicKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const answers = await Promise.all(
      Array.from({ length: 35 }, (_, i) =>
        hub.call('/device/v1/pair', { body: { code: `WRONG${String(i).padStart(3, '0')}`, deviceName: 'Gok', publicKey } }),
      ),
    );
    expect(statusCounts(answers.map((a) => a.status))).toEqual({ 401: 20, 429: 15 });
  });

  it('sign-in: a success clears the account count (4 failures, success, then 5 more failures are evaluated)', async () => {
    await clearAttempts();
    const desk = await enrolDesk(hub, org.organisationId, [loc().id]);
    const signIn = (password: string) =>
      hub.call('/v1/auth/sign-in', { token: desk.credential, body: { email: loc().managerEmail, password } });
    for (let i = 0; i < 4; i++) expect((await signIn('fout')).status).toBe(401);
    expect((await signIn(PASSWORD)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn('fout')).status).toBe(401);
    expect((await signIn(PASSWORD)).status).toBe(429);
  });

  it('sign-in: with the IP at its limit (20 failures across accounts), an account known on this desk still signs in; one never seen here waits', async () => {
    await clearAttempts();
    const desk = await enrolDesk(hub, org.organisationId, [loc().id]);
    const signIn = (email: string, password: string) => hub.call('/v1/auth/sign-in', { token: desk.credential, body: { email, password } });
    expect((await signIn(loc().managerEmail, PASSWORD)).status).toBe(200);
    // 20 failures from this IP, 4 per unknown email (each below its own limit of 5), in parallel.
    const guesses = await Promise.all(Array.from({ length: 24 }, (_, i) => signIn(`onbekend${i % 6}@test.nl`, `gok-${i}`)));
    expect(statusCounts(guesses.map((a) => a.status))).toEqual({ 401: 20, 429: 4 });

    expect((await signIn(loc().managerEmail, PASSWORD)).status).toBe(200);
    expect((await signIn(loc().assistantEmail, PASSWORD)).status).toBe(429);

    // Known means signed in on this desk within 90 days: 91 days ago is no longer known, 89 still is.
    const lastSuccess = (days: number) =>
      hub.db.query(`UPDATE auth_known_sign_ins SET last_success_at = now() - make_interval(days => $2) WHERE device_id = $1`, [
        desk.deviceId,
        days,
      ]);
    await lastSuccess(91);
    expect((await signIn(loc().managerEmail, PASSWORD)).status).toBe(429);
    await lastSuccess(89);
    expect((await signIn(loc().managerEmail, PASSWORD)).status).toBe(200);
  });
});
