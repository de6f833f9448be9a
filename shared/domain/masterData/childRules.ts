/**
 * A child's own facts (spec/master-data.md "Child"): date of birth, guardians and the people to
 * call. Who may change what: the manager everything; an assistant contact details only (phone
 * numbers and e-mail addresses, emergency contacts, the GP, the school), not who the guardians
 * are nor who has parental authority.
 */
import { NOTE_MAX, type ChildContactsRow, type ChildHealthRow, type Guardian } from '../../model/masterDataRows';
import { EXTERNAL_ID_MAX, type GroupRow, type PlacementDay } from '../../model/rows';
import { ok, type RuleFailure, type RuleResult } from '../../result';
import { isWithinAgeRange } from '../plan/contractChecks';
import { checkPlacementShape, fourthBirthday } from '../plan/contractRules';
import { planFailure } from '../plan/planMessages';
import type { LocalDate } from '../time/localDate';
import { parseTime } from '../time/timeOfDay';
import { isEmailAddress, isPhoneNumber } from './contactRules';
import { masterDataFailure } from './messages';

/** A child is entered once born: the date of birth is today or earlier. */
export function checkDateOfBirth(dateOfBirth: LocalDate, today: LocalDate): RuleResult<true> {
  return dateOfBirth <= today ? ok(true) : masterDataFailure('child.born_in_future', { dateOfBirthDate: dateOfBirth, todayDate: today });
}

type Contacts = Pick<ChildContactsRow, 'guardians' | 'emergencyContacts' | 'gp'>;

/**
 * The contacts on their own: at least one guardian with parental authority, guardians' ids
 * distinct, every phone number (where given) and e-mail address (where given) well-formed.
 */
export function checkContacts(contacts: Contacts): RuleResult<true> {
  const { guardians, emergencyContacts, gp } = contacts;
  if (!guardians.some((g) => g.parentalAuthority)) return masterDataFailure('child.guardian_with_authority');
  if (new Set(guardians.map((g) => g.id)).size !== guardians.length) return masterDataFailure('child.guardian_ids');
  const people = [...guardians, ...emergencyContacts, ...(gp ? [gp] : [])];
  for (const { name, phone } of people) {
    if (phone !== '' && !isPhoneNumber(phone)) return masterDataFailure('child.phone', { name, phone });
  }
  for (const { name, email } of guardians) {
    if (email !== '' && !isEmailAddress(email)) return masterDataFailure('child.email', { name, email });
  }
  return ok(true);
}

const identity = (g: Guardian) => JSON.stringify([g.id, g.name, g.relation, g.parentalAuthority, g.contractParent]);

/**
 * What an assistant may change of the guardians: their phone numbers and e-mail addresses. The
 * same guardians (by id) with the same name, relation, parental authority and contract role.
 */
export function checkAssistantGuardianChange(before: readonly Guardian[], after: readonly Guardian[]): RuleResult<true> {
  const kept = new Set(before.map(identity));
  const changedOrAdded = after.find((g) => !kept.has(identity(g)));
  const removed = before.find((g) => !after.some((a) => a.id === g.id));
  const changed = changedOrAdded ?? removed;
  return changed ? masterDataFailure('child.assistant_contact_only', { name: changed.name }) : ok(true);
}

/**
 * Where a form's fields break a rule: the field's path (`firstName`, `guardians.0.phone`,
 * `days.4`) and the failure, so the screen shows the sentence at the field it is about. The same
 * rules as the mutators, checked while typing; the mutator checks again when it is saved.
 */
export type FieldErrors = Record<string, RuleFailure>;

/** A child's own facts as typed: the kindnummer empty when there is none. */
export type ChildFieldsDraft = { firstName: string; lastName: string; dateOfBirth: string; externalId: string };

/** Names given, date of birth given and not after today, the kindnummer not too long. */
export function checkChildFields(draft: ChildFieldsDraft, today: LocalDate): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.firstName.trim() === '') errors.firstName = masterDataFailure('child.first_name_required');
  if (draft.lastName.trim() === '') errors.lastName = masterDataFailure('child.last_name_required');
  if (draft.dateOfBirth === '') errors.dateOfBirth = masterDataFailure('child.date_of_birth_required');
  else {
    const born = checkDateOfBirth(draft.dateOfBirth, today);
    if (!born.ok) errors.dateOfBirth = born;
  }
  if (draft.externalId.trim().length > EXTERNAL_ID_MAX)
    errors.externalId = masterDataFailure('child.external_id_length', { max: EXTERNAL_ID_MAX });
  return errors;
}

type PhoneOf = { name: string; phone: string };

function checkPerson(errors: FieldErrors, path: string, person: PhoneOf): void {
  if (person.name.trim() === '') errors[`${path}.name`] = masterDataFailure('child.person_name_required');
  const phone = person.phone.trim();
  if (phone !== '' && !isPhoneNumber(phone))
    errors[`${path}.phone`] = masterDataFailure('child.phone', { name: person.name.trim(), phone });
}

/**
 * The contacts as typed, per field (`checkContacts` is the same check on the whole): every person
 * named, phone numbers and e-mail addresses well-formed, a guardian with parental authority, and a
 * GP named when a GP's phone number is given (both empty: no GP).
 */
export function checkContactFields(contacts: Contacts): FieldErrors {
  const errors: FieldErrors = {};
  contacts.guardians.forEach((g, i) => {
    checkPerson(errors, `guardians.${i}`, g);
    const email = g.email.trim();
    if (email !== '' && !isEmailAddress(email))
      errors[`guardians.${i}.email`] = masterDataFailure('child.email', { name: g.name.trim(), email });
  });
  if (!contacts.guardians.some((g) => g.parentalAuthority)) errors.guardians = masterDataFailure('child.guardian_with_authority');
  contacts.emergencyContacts.forEach((c, i) => checkPerson(errors, `emergencyContacts.${i}`, c));
  if (contacts.gp) checkPerson(errors, 'gp', contacts.gp);
  return errors;
}

/** Each health note within its length. */
export function checkHealthFields(health: Pick<ChildHealthRow, 'allergies' | 'diet' | 'medication' | 'notes'>): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of ['allergies', 'diet', 'medication', 'notes'] as const) {
    const length = health[key].trim().length;
    if (length > NOTE_MAX) errors[key] = masterDataFailure('child.note_length', { max: NOTE_MAX, length });
  }
  return errors;
}

/**
 * Whether `group` fits a child on `startDate` without an exception: its care type for the child's
 * age (day care before the 4th birthday, out-of-school care from it) and its age range. A form
 * offers these groups first; another group needs a recorded reason (`placement.age_range`) or is
 * refused outright (a baby in BSO).
 */
export function groupFitsChild(
  group: Pick<GroupRow, 'careType' | 'ageMinMonths' | 'ageMaxMonths'>,
  dateOfBirth: LocalDate,
  startDate: LocalDate,
): boolean {
  const careFits = group.careType === 'BSO' ? startDate >= fourthBirthday(dateOfBirth) : startDate < fourthBirthday(dateOfBirth);
  return careFits && isWithinAgeRange(group, dateOfBirth, startDate);
}

/** A contract day as typed: its weekday and the times as written (`07:30`). */
export type TypedDay = { weekday: number; start: string; end: string };

/** The typed days whose times can be read, as contract days. */
export function readDays(days: readonly TypedDay[]): PlacementDay[] {
  return days.flatMap(({ weekday, start, end }) => {
    const from = parseTime(start.trim());
    const to = parseTime(end.trim());
    return from === null || to === null ? [] : [{ weekday, start: from, end: to }];
  });
}

/** A contract as typed: the group, start date, the chosen days and the reason for a group outside the child's ages. */
export type ContractFieldsDraft = {
  groupId: string;
  startDate: string;
  days: readonly TypedDay[];
  /** Whether the chosen group is outside the child's ages (see `groupFitsChild`). */
  outsideAges: boolean;
  reason: string;
  child: string;
  group: string;
};

/**
 * A group and start date chosen, at least one day, each day's times readable (`07:30`) and the end
 * after the start, a reason for a group outside the child's ages.
 */
export function checkContractFields(draft: ContractFieldsDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.groupId === '') errors.groupId = masterDataFailure('placement.choose_group');
  if (draft.startDate === '') errors.startDate = masterDataFailure('placement.choose_date');
  if (draft.days.length === 0) errors.days = planFailure('placement.fixed_needs_days');
  for (const day of draft.days) {
    const unreadable = [day.start, day.end].find((time) => parseTime(time.trim()) === null);
    if (unreadable !== undefined) {
      errors[`days.${day.weekday}`] = masterDataFailure('placement.time_format', { time: unreadable });
      continue;
    }
    const shape = checkPlacementShape({ startDate: '2000-01-01', endDate: null, kind: 'fixed', days: readDays([day]) });
    if (!shape.ok) errors[`days.${day.weekday}`] = shape;
  }
  if (draft.outsideAges && draft.reason.trim() === '')
    errors.reason = masterDataFailure('placement.age_reason_required', { child: draft.child, group: draft.group });
  return errors;
}
