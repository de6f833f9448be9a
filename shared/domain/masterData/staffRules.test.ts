import { describe, expect, test } from 'vitest';
import { checkDatesKeepShifts, checkLastDay, checkStaffForm, contractMinutesOf, type StaffForm } from './staffRules';

const form: StaffForm = {
  firstName: 'Anna',
  lastName: 'de Vries',
  jobTitle: 'Pedagogisch medewerker',
  counts: 'full',
  contractHours: '32',
  activeFrom: '2026-01-01',
  prkRegisteredOn: '',
  ehboValidUntil: '2027-03-01',
  externalId: ' P-100 ',
};

describe('staff form: each field checked as typed, with the rule named', () => {
  test('a complete form gives the row fields (hours as minutes, empty dates as null, trimmed)', () => {
    expect(checkStaffForm(form)).toEqual({
      fields: {
        firstName: 'Anna',
        lastName: 'de Vries',
        jobTitle: 'Pedagogisch medewerker',
        counts: 'full',
        contractMinutesPerWeek: 1920,
        activeFrom: '2026-01-01',
        prkRegisteredOn: null,
        ehboValidUntil: '2027-03-01',
        externalId: 'P-100',
      },
      failures: {},
    });
  });
  test('staff.first_name_required / last_name_required / active_from_required: empty fields are named', () => {
    const { fields, failures } = checkStaffForm({ ...form, firstName: ' ', lastName: '', activeFrom: '' });
    expect(fields).toBeNull();
    expect(failures.firstName?.rule).toBe('staff.first_name_required');
    expect(failures.lastName?.rule).toBe('staff.last_name_required');
    expect(failures.activeFrom?.rule).toBe('staff.active_from_required');
    expect(failures.firstName?.message).toBe('Vul de voornaam in.');
  });
  test('staff.contract_hours: 0 and 60 accepted, 60,5 and text refused; a Dutch decimal comma reads', () => {
    expect(contractMinutesOf('0')).toBe(0);
    expect(contractMinutesOf('60')).toBe(3600);
    expect(contractMinutesOf('32,5')).toBe(1950);
    expect(contractMinutesOf('60,5')).toBeNull();
    expect(contractMinutesOf('veel')).toBeNull();
    expect(checkStaffForm({ ...form, contractHours: '61' }).failures.contractHours).toMatchObject({
      rule: 'staff.contract_hours',
      message: 'Contracturen per week zijn een getal van 0 tot en met 60, bijvoorbeeld 32 of 32,5; "61" is dat niet.',
    });
  });
  test('staff.date_invalid: a PRK or kinder-EHBO date that is not a date', () => {
    expect(checkStaffForm({ ...form, prkRegisteredOn: '2026-02-30' }).failures.prkRegisteredOn?.rule).toBe('staff.date_invalid');
    expect(checkStaffForm({ ...form, ehboValidUntil: 'morgen' }).failures.ehboValidUntil?.rule).toBe('staff.date_invalid');
  });
});

describe('staff dates against the roster: moving a date past rostered shifts is refused', () => {
  const TODAY = '2026-11-23';
  const before = { firstName: 'Anna', lastName: 'de Vries', activeFrom: '2026-01-01', activeTo: null, prkRegisteredOn: null };
  const shifts = [
    { id: 's1', date: '2026-12-03' },
    { id: 's2', date: '2026-12-04' },
  ];
  test('staff.prk_after_shifts: a PRK date the day after a shift is refused, on its day and before it is fine', () => {
    expect(checkDatesKeepShifts(before, { ...before, prkRegisteredOn: '2026-12-04' }, shifts, TODAY)).toMatchObject({
      ok: false,
      rule: 'staff.prk_after_shifts',
      params: { count: 1, firstDate: '2026-12-03', registeredDate: '2026-12-04' },
    });
    expect(checkDatesKeepShifts(before, { ...before, prkRegisteredOn: '2026-12-03' }, shifts, TODAY).ok).toBe(true);
    expect(checkDatesKeepShifts(before, { ...before, prkRegisteredOn: '2026-12-02' }, shifts, TODAY).ok).toBe(true);
  });
  test('staff.active_from_after_shifts: a first working day after both shifts names both and the first', () => {
    const result = checkDatesKeepShifts(before, { ...before, activeFrom: '2026-12-05' }, shifts, TODAY);
    expect(result).toMatchObject({ rule: 'staff.active_from_after_shifts', params: { count: 2, firstDate: '2026-12-03' } });
    expect(checkDatesKeepShifts(before, { ...before, activeFrom: '2026-12-03' }, shifts, TODAY).ok).toBe(true);
  });
  test('shifts before today are history: a PRK date after them is accepted', () => {
    expect(checkDatesKeepShifts(before, { ...before, prkRegisteredOn: '2026-12-10' }, shifts, '2026-12-05').ok).toBe(true);
    expect(checkDatesKeepShifts(before, { ...before, prkRegisteredOn: '2026-12-10' }, shifts, '2026-12-04')).toMatchObject({
      params: { count: 1, firstDate: '2026-12-04' },
    });
  });
  test('shifts the old dates already refused are not the change’s doing', () => {
    const late = { ...before, prkRegisteredOn: '2026-12-10' };
    expect(checkDatesKeepShifts(late, { ...late, prkRegisteredOn: '2026-12-11' }, shifts, TODAY).ok).toBe(true);
  });
});

describe('staff.end_in_past / active_to_after_from: the last working day as typed', () => {
  test('the day before yesterday is refused, yesterday and today are accepted', () => {
    expect(checkLastDay('2026-11-21', '2026-11-23', '2026-01-01')).toMatchObject({ ok: false, rule: 'staff.end_in_past' });
    expect(checkLastDay('2026-11-22', '2026-11-23', '2026-01-01').ok).toBe(true);
    expect(checkLastDay('2026-11-23', '2026-11-23', '2026-01-01').ok).toBe(true);
  });
  test('the day before the first working day is refused, the first day itself is accepted', () => {
    expect(checkLastDay('2026-11-30', '2026-11-23', '2026-12-01')).toMatchObject({ ok: false, rule: 'staff.active_to_after_from' });
    expect(checkLastDay('2026-12-01', '2026-11-23', '2026-12-01').ok).toBe(true);
  });
});
