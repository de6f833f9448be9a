/**
 * Parent-portal tokens expire and can be revoked (issue 15, item 9), on PGlite and PostgreSQL: a
 * token is valid for the hub's `parentTokenDays` from its issue, by the hub's clock (the minute
 * before: answered; at the moment itself and after: 401 with its rule and a Dutch message), and
 * `hub:admin revoke-parent-token` ends it at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { ChildRow } from '../../../shared/model/rows';
import { issueParentToken, parentTokenExpiresAt, revokeParentToken } from '../portal/parents';
import { putRow } from '../sync/rowStore';
import { seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../testing/hubHarness';

/** Monday 23 November 2026, 10:00 in Amsterdam: every token of this suite is issued then. */
const ISSUED = new Date('2026-11-23T09:00:00Z');
const DAYS = 90;
const MINUTE = 60_000;
/** 90 days later: Sunday 21 February 2027, 10:00 in Amsterdam. */
const EXPIRES = new Date('2027-02-21T09:00:00Z');

describe.each(testBackends())('parent tokens on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  let clock = ISSUED;
  const child: ChildRow = {
    id: uuidv7(),
    locationId: '',
    firstName: 'Sem',
    lastName: 'Jansen',
    dateOfBirth: '2023-05-01',
    familyId: uuidv7(),
    externalId: null,
  };

  beforeAll(async () => {
    hub = await startTestHub(backend, { clock: () => clock, settings: { parentTokenDays: DAYS } });
    org = await seedOrganisation(hub.db, 1);
    child.locationId = org.locations[0]!.id;
    await hub.db.transaction((tx) => putRow(tx, child.locationId, 'children', child.id, child));
  }, 60_000);
  afterAll(async () => hub?.close());

  const issue = () =>
    hub.db.transaction((tx) =>
      issueParentToken(tx, { organisationId: org.organisationId, name: 'Ouder Jansen', childIds: [child.id], issuedAt: ISSUED }),
    );
  const requestsAt = (at: Date, token: string) => {
    clock = at;
    return hub.call('/v1/portal/requests', { token });
  };

  it('a token expires 90 days after its issue', () => {
    expect(parentTokenExpiresAt(ISSUED, DAYS)).toEqual(EXPIRES);
  });

  it('the minute before the expiry moment the token is answered, and its use is recorded at the hub’s clock', async () => {
    const { parentId, token } = await issue();
    const at = new Date(EXPIRES.getTime() - MINUTE);
    const answer = await requestsAt(at, token);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ requests: [] });
    const { rows } = await hub.db.query<{ last_used_at: Date | string }>('SELECT last_used_at FROM parents WHERE id = $1', [parentId]);
    expect(new Date(rows[0]!.last_used_at)).toEqual(at);
  });

  it.each([
    ['at the expiry moment itself', 0],
    ['a minute after', MINUTE],
    ['a year after', 365 * 24 * 60 * MINUTE],
  ])('%s the token is refused: 401, portal.token_expired, a Dutch message with the moment', async (_, after) => {
    const { token } = await issue();
    const answer = await requestsAt(new Date(EXPIRES.getTime() + after), token);
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatchObject({
      code: 'unauthorized',
      rule: 'portal.token_expired',
      message:
        'Deze toegangscode voor het ouderportaal is verlopen (geldig tot zondag 21 februari 2027 om 10:00). Vraag de opvang om een nieuwe toegangscode.',
    });
  });

  it('an expired token submits nothing either', async () => {
    const { token } = await issue();
    clock = EXPIRES;
    const answer = await hub.call('/v1/portal/requests', {
      token,
      body: { id: uuidv7(), kind: 'extraDay', childId: child.id, date: '2027-03-01', start: '07:30', end: '18:00', payment: 'invoice' },
    });
    expect(answer.status).toBe(401);
    expect(answer.body.error.rule).toBe('portal.token_expired');
  });

  it('a longer setting keeps a token valid longer: the expiry follows the hub’s setting, not the issue', async () => {
    const longer = await startTestHub(backend, { clock: () => EXPIRES, settings: { parentTokenDays: DAYS + 1 } });
    try {
      const local = await seedOrganisation(longer.db, 1);
      const other: ChildRow = { ...child, id: uuidv7(), locationId: local.locations[0]!.id };
      await longer.db.transaction((tx) => putRow(tx, other.locationId, 'children', other.id, other));
      const { token } = await longer.db.transaction((tx) =>
        issueParentToken(tx, { organisationId: local.organisationId, name: 'Ouder', childIds: [other.id], issuedAt: ISSUED }),
      );
      expect((await longer.call('/v1/portal/requests', { token })).status).toBe(200);
    } finally {
      await longer.close();
    }
  }, 60_000);

  it('a revoked token is refused from then on: 401, portal.token_revoked; the moment and reason are recorded', async () => {
    const { parentId, token } = await issue();
    expect((await requestsAt(ISSUED, token)).status).toBe(200);
    const revokedAt = new Date(ISSUED.getTime() + 5 * MINUTE);
    expect(await revokeParentToken(hub.db, parentId, 'Ouder heeft geen kind meer bij ons', revokedAt)).toBe(true);
    const answer = await requestsAt(new Date(ISSUED.getTime() + 6 * MINUTE), token);
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatchObject({
      code: 'unauthorized',
      rule: 'portal.token_revoked',
      message: 'Deze toegangscode voor het ouderportaal is ingetrokken. Vraag de opvang om een nieuwe toegangscode.',
    });
    const { rows } = await hub.db.query<{ active: boolean; revoked_at: Date | string; revoked_reason: string }>(
      'SELECT active, revoked_at, revoked_reason FROM parents WHERE id = $1',
      [parentId],
    );
    expect({ ...rows[0], revoked_at: new Date(rows[0]!.revoked_at) }).toEqual({
      active: false,
      revoked_at: revokedAt,
      revoked_reason: 'Ouder heeft geen kind meer bij ons',
    });
    // Revoking again finds no active token (the command says so).
    expect(await revokeParentToken(hub.db, parentId, 'nogmaals', revokedAt)).toBe(false);
  });

  it('an unknown token stays 401 portal.token_invalid', async () => {
    const answer = await requestsAt(ISSUED, 'odp_onbekend');
    expect(answer.status).toBe(401);
    expect(answer.body.error.rule).toBe('portal.token_invalid');
  });
});
