/** The settings forms as typed: each rule's failure lands at the field where it was typed. */
import { describe, expect, test } from 'vitest';
import { organisationRulesOf } from '../../../../shared/domain/masterData/organisationRules';
import { defaultOrganisationSettings } from '../../../../shared/domain/settings';
import { checkGroupDraft, emptyGroupDraft } from './groupDraft';
import { checkLocationDraft, emptyLocationDraft } from './locationDraft';
import { checkRulesDraft, rulesDraftOf } from './organisationDraft';

const location = { ...emptyLocationDraft, name: 'Klimboom Delft', code: 'KDD' };

describe('the location form', () => {
  test('a full form becomes the location: times in minutes, LRK compact, no address when none is typed', () => {
    expect(checkLocationDraft({ ...location, lrkNumber: '123 456 789', opensAt: '7.30' })).toEqual({
      errors: {},
      value: {
        name: 'Klimboom Delft',
        code: 'KDD',
        lrkNumber: '123456789',
        address: null,
        opensAt: 450,
        closesAt: 1110,
        openDays: [1, 2, 3, 4, 5],
      },
    });
  });
  test('location.closes_after_opens lands at the closing time; location.time at the field typed; half an address at the address', () => {
    expect(checkLocationDraft({ ...location, closesAt: '07:30' }).errors).toMatchObject({
      closesAt: { rule: 'location.closes_after_opens' },
    });
    expect(checkLocationDraft({ ...location, opensAt: '25:00' }).errors).toEqual({
      opensAt: expect.objectContaining({ rule: 'location.time' }),
    });
    expect(checkLocationDraft({ ...location, city: 'Delft' }).errors).toMatchObject({ address: { rule: 'location.address_incomplete' } });
    expect(checkLocationDraft({ ...location, street: 'Markt 1', postcode: '2611', city: 'Delft' }).errors).toMatchObject({
      postcode: { rule: 'location.postcode' },
    });
    expect(checkLocationDraft({ ...location, openDays: [] })).toMatchObject({
      value: null,
      errors: { openDays: { rule: 'location.open_days' } },
    });
  });
});

describe('the group form', () => {
  test('a BSO group of 30 places is accepted, 31 refused at the places; ages out of the care type at the upper age', () => {
    const bso = { ...emptyGroupDraft('BSO'), name: 'Vossen' };
    expect(checkGroupDraft({ ...bso, capacity: '30' }).value).toMatchObject({
      careType: 'BSO',
      ageMinMonths: 48,
      ageMaxMonths: 156,
      capacity: 30,
      externalId: null,
    });
    expect(checkGroupDraft({ ...bso, capacity: '31' }).errors).toMatchObject({ capacity: { rule: 'group.licensed_places' } });
    expect(checkGroupDraft({ ...bso, capacity: '20', ageMinMonths: '40' }).errors).toMatchObject({
      ageMaxMonths: { rule: 'group.care_ages' },
    });
    expect(checkGroupDraft({ ...bso, capacity: '' }).errors).toMatchObject({ capacity: { rule: 'group.whole_number' } });
  });
});

describe("the organisation's rules form", () => {
  const draft = rulesDraftOf(organisationRulesOf(defaultOrganisationSettings()));
  test('the defaults read back unchanged; euros as typed become cents', () => {
    expect(checkRulesDraft(draft).value).toEqual(organisationRulesOf(defaultOrganisationSettings()));
    expect(checkRulesDraft({ ...draft, invoicePerHour: '12,5' }).value?.extraDay.invoiceCentsPerHour).toBe(1250);
  });
  test('organisation.late_pickup_order is named at the step that comes too late, even while another field is wrong', () => {
    const both = checkRulesDraft({ ...draft, invoicePerHour: 'twaalf', warningFromCount: '4' });
    expect(both.errors).toMatchObject({
      invoicePerHour: { rule: 'organisation.euros' },
      warningFromCount: { rule: 'organisation.late_pickup_order' },
    });
    expect(checkRulesDraft({ ...draft, flatFineFromCount: '5' }).errors).toMatchObject({
      flatFineFromCount: { rule: 'organisation.late_pickup_order' },
    });
  });
});
