/**
 * A child's own facts (spec/master-data.md "Child"): date of birth, guardians and the people to
 * call. Who may change what: the manager everything; an assistant contact details only (phone
 * numbers and e-mail addresses, emergency contacts, the GP, the school), not who the guardians
 * are nor who has parental authority.
 */
import type { ChildContactsRow, Guardian } from '../../model/masterDataRows';
import { ok, type RuleResult } from '../../result';
import type { LocalDate } from '../time/localDate';
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
