/**
 * `hub:admin rules` / `set-rules` (spec/master-data.md "Who edits what"): the hub's administrator
 * sets the organisation's request and late-pickup rules with the same checks as the Instellingen
 * screen; an enrolled desk receives them at its next pull; a wrong file changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolDesk, pullAll, seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../testing/hubHarness';
import { organisationRules, setOrganisationRules } from './organisationRules';

describe.each(testBackends())('organisation rules by the hub administrator on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }
  let hub: TestHub;
  let org: Seeded;
  beforeAll(async () => {
    hub = await startTestHub(backend);
    org = await seedOrganisation(hub.db, 1);
  }, 60_000);
  afterAll(async () => hub?.close());

  it('mixed payment and a price set by the administrator reach an enrolled desk; the other settings keep their values', async () => {
    const before = (await organisationRules(hub.db, org.organisationId))!;
    expect(before.extraDay.allowMixedPayment).toBe(false);
    const rules = { ...before, extraDay: { ...before.extraDay, allowMixedPayment: true, invoiceCentsPerHour: 1250 } };
    expect(await setOrganisationRules(hub.db, org.organisationId, rules)).toEqual({ ok: true, rules });
    expect(await organisationRules(hub.db, org.organisationId)).toEqual(rules);

    const desk = await enrolDesk(hub, org.organisationId, [org.locations[0]!.id]);
    const row = (await pullAll(hub, desk))
      .flatMap((p) => p.changes)
      .filter((c) => c.table === 'organisations')
      .at(-1)?.row as { settings: { requests: { extraDay: { allowMixedPayment: boolean; invoiceCentsPerHour: number } } } };
    expect(row.settings.requests.extraDay).toMatchObject({ allowMixedPayment: true, invoiceCentsPerHour: 1250 });
  });

  it('late_pickup order: a warning letter after the flat fine is refused with the rule sentence, nothing changed', async () => {
    const before = (await organisationRules(hub.db, org.organisationId))!;
    const wrong = { ...before, latePickup: { ...before.latePickup, warningFromCount: 5, flatFineFromCount: 3 } };
    const outcome = await setOrganisationRules(hub.db, org.organisationId, wrong);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toMatch(/waarschuwing/i);
    expect(await organisationRules(hub.db, org.organisationId)).toEqual(before);
  });

  it('a file that is not the rules (a field missing) is refused naming the field; an unknown organisation is refused', async () => {
    expect(await setOrganisationRules(hub.db, org.organisationId, { extraDay: {} })).toMatchObject({ ok: false });
    expect(await setOrganisationRules(hub.db, 'no-such-org', {})).toMatchObject({ ok: false });
  });
});
