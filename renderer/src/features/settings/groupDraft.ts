/**
 * The group form as typed and what it becomes: name, care type, age range in months and licensed
 * places, each checked with the master-data rules (shared/domain/masterData/groupRules.ts) and the
 * failure kept at its field.
 */
import type { CareType, GroupRow } from '../../../../shared/model/rows';
import type { RuleFailure } from '../../../../shared/result';
import { CARE_AGES, checkGroupName, checkGroupShape, checkWholeNumber } from '../../../../shared/domain/masterData/groupRules';
import { masterDataFailure } from '../../../../shared/domain/masterData/messages';
import type { DraftCheck } from './locationDraft';

export type GroupDraft = {
  name: string;
  careType: CareType;
  ageMinMonths: string;
  ageMaxMonths: string;
  capacity: string;
  externalId: string;
  room: string;
  days: number[];
};
export type GroupField = keyof GroupDraft;
export type GroupValues = Pick<
  GroupRow,
  'name' | 'careType' | 'ageMinMonths' | 'ageMaxMonths' | 'capacity' | 'externalId' | 'room' | 'days'
>;

/** The store's bounds (shared/model/rows.ts GroupRow): ages 0-156 months, 1-60 places. */
const MAX_AGE_MONTHS = 156;
const MAX_PLACES = 60;

/**
 * A new group of `careType` starts with the care type's whole age range, no places yet, and runs
 * on the days its location is open.
 */
export function emptyGroupDraft(careType: CareType = 'KDV', openDays: readonly number[] = [1, 2, 3, 4, 5]): GroupDraft {
  const ages = CARE_AGES[careType];
  return {
    name: '',
    careType,
    ageMinMonths: String(ages.from),
    ageMaxMonths: String(ages.to),
    capacity: '',
    externalId: '',
    room: '',
    days: [...openDays],
  };
}

export function groupDraftOf(group: GroupValues): GroupDraft {
  return {
    name: group.name,
    careType: group.careType,
    ageMinMonths: String(group.ageMinMonths),
    ageMaxMonths: String(group.ageMaxMonths),
    capacity: String(group.capacity),
    externalId: group.externalId ?? '',
    room: group.room,
    days: [...group.days],
  };
}

export function checkGroupDraft(draft: GroupDraft): DraftCheck<GroupField, GroupValues> {
  const errors: Partial<Record<GroupField, RuleFailure>> = {};
  const name = checkGroupName(draft.name);
  if (!name.ok) errors.name = name;
  const min = checkWholeNumber(draft.ageMinMonths, 0, MAX_AGE_MONTHS);
  if (!min.ok) errors.ageMinMonths = min;
  const max = checkWholeNumber(draft.ageMaxMonths, 1, MAX_AGE_MONTHS);
  if (!max.ok) errors.ageMaxMonths = max;
  const capacity = checkWholeNumber(draft.capacity, 1, MAX_PLACES);
  if (!capacity.ok) errors.capacity = capacity;
  const days = draft.days.length > 0 ? null : masterDataFailure('group.days_none', { group: draft.name.trim() });
  if (days) errors.days = days;
  if (!min.ok || !max.ok || !capacity.ok) return { errors, value: null };
  const shape = checkGroupShape({ careType: draft.careType, ageMinMonths: min.value, ageMaxMonths: max.value, capacity: capacity.value });
  if (!shape.ok) errors[shape.rule.startsWith('group.licensed_places') ? 'capacity' : 'ageMaxMonths'] = shape;
  if (!name.ok || !shape.ok || days) return { errors, value: null };
  const externalId = draft.externalId.trim();
  return {
    errors,
    value: {
      name: name.value,
      careType: draft.careType,
      ageMinMonths: min.value,
      ageMaxMonths: max.value,
      capacity: capacity.value,
      externalId: externalId === '' ? null : externalId,
      room: draft.room.trim(),
      days: [...draft.days].sort((a, b) => a - b),
    },
  };
}
