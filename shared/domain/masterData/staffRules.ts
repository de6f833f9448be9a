/**
 * A staff member's own facts (spec/master-data.md "Staff member"): the fields as the manager types
 * them, the period they work at the location, and what a change of those dates does to the shifts
 * already rostered (the roster itself refuses a new shift outside them: ../roster/staffOnDate.ts).
 *
 * Choices where the spec leaves room:
 * - Moving the first working day or the PRK registration date later, past shifts already rostered
 *   from today on, is refused with the rule named and the first such shift: an edit of a date must
 *   not silently take shifts away, and a person cannot work before they may. Shifts before today are
 *   history and are not checked (correcting a recorded date must stay possible).
 * - Ending someone's work (`staff.end.v2`) is different: the manager means the shifts after the last
 *   day to go, so the desk lists them in the confirmation and removes exactly the ones listed, in the
 *   same change; a shift added meanwhile (on another desk) refuses the end
 *   (`staff.end_shifts_changed`) rather than removing something nobody saw.
 */
import type { ShiftRow, StaffCounts, StaffRow } from '../../model/rows';
import { ok, type RuleFailure, type RuleResult } from '../../result';
import { checkStaffOnDate, type StaffDates } from '../roster/staffOnDate';
import { addDays, isLocalDate, type LocalDate } from '../time/localDate';
import { masterDataFailure } from './messages';

/** Contract hours per week a person can have (the row keeps minutes: 60 hours at most). */
export const MAX_CONTRACT_HOURS = 60;

/** The last working day is not before the first (both inclusive; either may be open). */
export function checkActivePeriod(staff: Pick<StaffRow, 'activeFrom' | 'activeTo'>): RuleResult<true> {
  const { activeFrom, activeTo } = staff;
  if (activeFrom !== null && activeTo !== null && activeTo < activeFrom) {
    return masterDataFailure('staff.active_to_after_from', { activeFromDate: activeFrom, activeToDate: activeTo });
  }
  return ok(true);
}

/**
 * A last working day as the manager can set it on `today`: yesterday or later (the change takes
 * effect today at the earliest), and not before the first working day.
 */
export function checkLastDay(lastDay: string, today: LocalDate, activeFrom: LocalDate | null): RuleResult<LocalDate> {
  if (!isLocalDate(lastDay)) return masterDataFailure('staff.date_invalid');
  if (lastDay < addDays(today, -1)) return masterDataFailure('staff.end_in_past', { lastDayDate: lastDay, todayDate: today });
  const period = checkActivePeriod({ activeFrom, activeTo: lastDay });
  return period.ok ? ok(lastDay) : period;
}

/** The staff form as typed: text fields, dates `YYYY-MM-DD` from a date input ('' = empty). */
export type StaffForm = {
  firstName: string;
  lastName: string;
  jobTitle: string;
  counts: StaffCounts;
  /** Hours per week, `32` or `32,5`. */
  contractHours: string;
  activeFrom: string;
  prkRegisteredOn: string;
  ehboValidUntil: string;
  externalId: string;
};

export type StaffFormField = keyof StaffForm;

/** What the form holds, as the row's fields, when every field is right. */
export type StaffFields = Pick<
  StaffRow,
  'firstName' | 'lastName' | 'jobTitle' | 'counts' | 'contractMinutesPerWeek' | 'prkRegisteredOn' | 'ehboValidUntil' | 'externalId'
> & { activeFrom: LocalDate };

/** `32`, `32,5` or `32.5` hours as whole minutes; null when it is not a number of hours in range. */
export function contractMinutesOf(hours: string): number | null {
  const text = hours.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(text)) return null;
  const value = Number(text);
  return value <= MAX_CONTRACT_HOURS ? Math.round(value * 60) : null;
}

const optionalDate = (text: string): LocalDate | null | undefined => {
  const value = text.trim();
  if (value === '') return null;
  return isLocalDate(value) ? value : undefined;
};

/**
 * Each field of the staff form checked as it is typed: a failure per field, with the Dutch
 * sentence naming the rule; `fields` when nothing failed. The mutators check the same facts again.
 */
export function checkStaffForm(form: StaffForm): { fields: StaffFields | null; failures: Partial<Record<StaffFormField, RuleFailure>> } {
  const failures: Partial<Record<StaffFormField, RuleFailure>> = {};
  if (form.firstName.trim() === '') failures.firstName = masterDataFailure('staff.first_name_required');
  if (form.lastName.trim() === '') failures.lastName = masterDataFailure('staff.last_name_required');
  const minutes = contractMinutesOf(form.contractHours);
  if (minutes === null)
    failures.contractHours = masterDataFailure('staff.contract_hours', { hours: form.contractHours.trim(), max: MAX_CONTRACT_HOURS });
  const activeFrom = optionalDate(form.activeFrom);
  if (!activeFrom) failures.activeFrom = masterDataFailure('staff.active_from_required');
  const prk = optionalDate(form.prkRegisteredOn);
  if (prk === undefined) failures.prkRegisteredOn = masterDataFailure('staff.date_invalid');
  const ehbo = optionalDate(form.ehboValidUntil);
  if (ehbo === undefined) failures.ehboValidUntil = masterDataFailure('staff.date_invalid');
  if (Object.keys(failures).length > 0 || minutes === null || !activeFrom || prk === undefined || ehbo === undefined) {
    return { fields: null, failures };
  }
  return {
    fields: {
      firstName: form.firstName.trim(),
      lastName: form.lastName.trim(),
      jobTitle: form.jobTitle.trim(),
      counts: form.counts,
      contractMinutesPerWeek: minutes,
      activeFrom,
      prkRegisteredOn: prk,
      ehboValidUntil: ehbo,
      externalId: form.externalId.trim() === '' ? null : form.externalId.trim(),
    },
    failures,
  };
}

type DatedShift = Pick<ShiftRow, 'id' | 'date'>;

/**
 * Whether new dates of a staff member leave rostered shifts (from `today` on) on days they may no
 * longer work: the first working day or the PRK registration date moved past them. Only shifts the
 * old dates allowed are the change's doing. Names the rule with the count and the first shift.
 */
export function checkDatesKeepShifts(
  before: StaffDates,
  after: StaffDates,
  shifts: readonly DatedShift[],
  today: LocalDate,
): RuleResult<true> {
  const stranded = shifts
    .filter((s) => s.date >= today && checkStaffOnDate(before, s.date).ok)
    .map((s) => ({ shift: s, check: checkStaffOnDate(after, s.date) }))
    .filter((x) => !x.check.ok)
    .sort((a, b) => a.shift.date.localeCompare(b.shift.date));
  const first = stranded[0];
  if (!first || first.check.ok) return ok(true);
  const staff = `${after.firstName} ${after.lastName}`;
  const params = { staff, count: stranded.length, firstDate: first.shift.date };
  if (first.check.rule === 'shift.before_prk_registration' && after.prkRegisteredOn !== null) {
    return masterDataFailure('staff.prk_after_shifts', { ...params, registeredDate: after.prkRegisteredOn });
  }
  return masterDataFailure('staff.active_from_after_shifts', { ...params, activeFromDate: after.activeFrom ?? first.shift.date });
}

/** The shifts after a last working day, by date: what ending the work on that day removes. */
export function shiftsAfter<S extends DatedShift & { start: number }>(shifts: readonly S[], lastDay: LocalDate): S[] {
  return shifts.filter((s) => s.date > lastDay).sort((a, b) => a.date.localeCompare(b.date) || a.start - b.start);
}

/**
 * The shifts the manager confirmed removing are exactly those after the last day: otherwise the
 * roster changed since the confirmation was shown, and nothing is ended.
 */
export function checkConfirmedShifts(
  staff: Pick<StaffRow, 'firstName' | 'lastName'>,
  lastDay: LocalDate,
  after: readonly DatedShift[],
  confirmed: readonly string[],
): RuleResult<true> {
  const expected = new Set(after.map((s) => s.id));
  const given = new Set(confirmed);
  if (expected.size === given.size && [...expected].every((id) => given.has(id))) return ok(true);
  return masterDataFailure('staff.end_shifts_changed', {
    staff: `${staff.firstName} ${staff.lastName}`,
    lastDayDate: lastDay,
    count: expected.size,
  });
}
