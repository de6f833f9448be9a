/**
 * A group's (stamgroep's) own facts (spec/master-data.md "Group", spec/ratio.md): its care type,
 * the ages it is meant for and its licensed places (kindplaatsen, the LRK maximum for the room).
 *
 * The law's maximum group sizes (Besluit kwaliteit kinderopvang, art. 7; spec/ratio.md): day care
 * (KDV) at most 16, and 12 when the group holds only 0-year-olds; out-of-school care (BSO) at most
 * 30 per basisgroep. Day care is for children up to 4, out-of-school care from 4 to the end of
 * primary school (13).
 */
import type { CareType, GroupRow } from '../../model/rows';
import { ok, type RuleResult } from '../../result';
import { masterDataFailure } from './messages';

/** The largest group the law allows, per care type. */
export const MAX_LICENSED_PLACES: Record<CareType, number> = { KDV: 16, BSO: 30 };
/** The largest group of only 0-year-olds. */
export const MAX_LICENSED_PLACES_BABIES = 12;
/** A group whose ages end at or before this (in months) holds only 0-year-olds. */
const FIRST_BIRTHDAY_MONTHS = 12;
/** The ages (months, from inclusive, to exclusive) each care type is for. */
export const CARE_AGES: Record<CareType, { from: number; to: number }> = { KDV: { from: 0, to: 48 }, BSO: { from: 48, to: 156 } };

export type GroupShape = Pick<GroupRow, 'careType' | 'ageMinMonths' | 'ageMaxMonths' | 'capacity'>;

/**
 * A group's ages and places on their own: the ages ascending and within its care type's, the
 * licensed places within the law's maximum for that care type (12 for a group of only 0-year-olds).
 */
export function checkGroupShape(group: GroupShape): RuleResult<true> {
  const { careType: care, ageMinMonths: minMonths, ageMaxMonths: maxMonths, capacity } = group;
  if (maxMonths <= minMonths) return masterDataFailure('group.age_range', { minMonths, maxMonths });
  const ages = CARE_AGES[care];
  if (minMonths < ages.from || maxMonths > ages.to) {
    return masterDataFailure('group.care_ages', { care, fromMonths: ages.from, toMonths: ages.to, minMonths, maxMonths });
  }
  if (care === 'KDV' && maxMonths <= FIRST_BIRTHDAY_MONTHS && capacity > MAX_LICENSED_PLACES_BABIES) {
    return masterDataFailure('group.licensed_places_babies', { maxMonths, max: MAX_LICENSED_PLACES_BABIES, capacity });
  }
  if (capacity > MAX_LICENSED_PLACES[care])
    return masterDataFailure('group.licensed_places', { care, max: MAX_LICENSED_PLACES[care], capacity });
  return ok(true);
}

/**
 * The days a group runs: at least one, and only days its location is open (a group cannot run on
 * a Saturday its location is closed).
 */
export function checkGroupDays(group: Pick<GroupRow, 'name' | 'days'>, openDays: readonly number[]): RuleResult<true> {
  if (group.days.length === 0) return masterDataFailure('group.days_none', { group: group.name });
  const closed = group.days.find((d) => !openDays.includes(d));
  if (closed !== undefined) return masterDataFailure('group.days_outside_location', { group: group.name, weekday: closed });
  return ok(true);
}

/** The longest group name the store holds. */
const MAX_GROUP_NAME_LENGTH = 100;

/** A group has a name, trimmed, of at most 100 characters. */
export function checkGroupName(name: string): RuleResult<string> {
  const trimmed = name.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_GROUP_NAME_LENGTH ? ok(trimmed) : masterDataFailure('group.name');
}

/** A whole number as typed (ages in months, licensed places), within the store's bounds. */
export function checkWholeNumber(value: string, min: number, max: number): RuleResult<number> {
  const trimmed = value.trim();
  const n = Number(trimmed);
  return /^\d+$/.test(trimmed) && n >= min && n <= max ? ok(n) : masterDataFailure('group.whole_number', { value, min, max });
}
