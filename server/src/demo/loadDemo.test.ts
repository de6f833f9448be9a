import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTableRows, generateDemo } from '../../../shared/demo/generateDemo';
import { isOpenDay } from '../../../shared/domain/calendar/calendar';
import { defaultOrganisationSettings } from '../../../shared/domain/settings';
import { createEnrolmentCode } from '../auth/enrolmentCodes';
import { pullAll, startTestHub, testBackends, type Desk, type TestHub } from '../testing/hubHarness';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, loadDemoIfEmpty } from './loadDemo';

const TODAY = '2026-11-23';

describe.each(testBackends())('demo hub on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  }, 60_000);
  afterAll(async () => hub?.close());

  it('loads the desk’s demo organisation once; a desk enrolled for it pulls exactly the demo rows', async () => {
    const summary = await loadDemoIfEmpty(hub.db, TODAY);
    expect(summary.loaded).toBe(true);
    expect((await loadDemoIfEmpty(hub.db, TODAY)).loaded).toBe(false);

    const calendar = defaultOrganisationSettings().calendar;
    const expected = demoTableRows(generateDemo({ today: TODAY, isOpenDay: (date) => isOpenDay(date, calendar) }));
    const { code } = await createEnrolmentCode(hub.db, { organisationId: summary.organisationId, locationIds: summary.locationIds });
    const enrolled = await hub.call('/v1/enrol', { body: { code, deskName: 'Demo' } });
    expect(enrolled.status).toBe(200);
    const desk = enrolled.body as Desk;

    const changes = (await pullAll(hub, desk)).flatMap((p) => p.changes);
    for (const [table, rows] of Object.entries(expected)) {
      const pulled = changes.filter((c) => c.table === table).map((c) => c.row);
      expect(pulled, table).toHaveLength(rows.length);
      expect(new Map(pulled.map((r) => [r!.id, r])), table).toEqual(new Map((rows as { id: string }[]).map((r) => [r.id, r])));
    }

    const signIn = await hub.call('/v1/auth/sign-in', {
      token: desk.credential,
      body: { email: `manager@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD },
    });
    expect(signIn.body.user).toMatchObject({ role: 'manager', locationIds: summary.locationIds });
    const assistant = await hub.call('/v1/auth/sign-in', {
      token: desk.credential,
      body: { email: `assistent.rho@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD },
    });
    expect(assistant.body.user).toMatchObject({ role: 'assistant' });
    expect(assistant.body.user.locationIds).toHaveLength(1);
  }, 60_000);
});
