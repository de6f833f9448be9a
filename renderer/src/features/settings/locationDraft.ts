/**
 * The location form as typed (strings, one per field) and what it becomes: each field checked
 * with the master-data rules (shared/domain/masterData/locationRules.ts), the failure kept at
 * the field it belongs to, so the form shows it there.
 */
import type { Address } from '../../../../shared/model/rows';
import type { RuleFailure } from '../../../../shared/result';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';
import {
  checkAddressFields,
  checkLocationCode,
  checkLocationName,
  checkLrkNumber,
  checkOpenDays,
  checkOpeningHours,
  checkTimeOfDay,
} from '../../../../shared/domain/masterData/locationRules';

export type LocationDraft = {
  name: string;
  code: string;
  lrkNumber: string;
  street: string;
  postcode: string;
  city: string;
  opensAt: string;
  closesAt: string;
  openDays: number[];
};
export type LocationField = keyof LocationDraft | 'address';

export type LocationValues = {
  name: string;
  code: string;
  lrkNumber: string | null;
  address: Address | null;
  opensAt: number;
  closesAt: number;
  openDays: number[];
};

export type DraftCheck<F extends string, V> = { errors: Partial<Record<F, RuleFailure>>; value: V | null };

export const emptyLocationDraft: LocationDraft = {
  name: '',
  code: '',
  lrkNumber: '',
  street: '',
  postcode: '',
  city: '',
  opensAt: '07:30',
  closesAt: '18:30',
  openDays: [1, 2, 3, 4, 5],
};

export function locationDraftOf(location: LocationValues): LocationDraft {
  return {
    name: location.name,
    code: location.code,
    lrkNumber: location.lrkNumber ?? '',
    street: location.address?.street ?? '',
    postcode: location.address?.postcode ?? '',
    city: location.address?.city ?? '',
    opensAt: formatTime(location.opensAt),
    closesAt: formatTime(location.closesAt),
    openDays: [...location.openDays],
  };
}

export function checkLocationDraft(draft: LocationDraft): DraftCheck<LocationField, LocationValues> {
  const errors: Partial<Record<LocationField, RuleFailure>> = {};
  const name = checkLocationName(draft.name);
  if (!name.ok) errors.name = name;
  const code = checkLocationCode(draft.code.trim());
  if (!code.ok) errors.code = code;
  const lrk = draft.lrkNumber.trim() === '' ? null : checkLrkNumber(draft.lrkNumber);
  if (lrk && !lrk.ok) errors.lrkNumber = lrk;
  const address = checkAddressFields({ street: draft.street, postcode: draft.postcode, city: draft.city });
  if (!address.ok) errors[address.rule === 'location.postcode' ? 'postcode' : 'address'] = address;
  const opensAt = checkTimeOfDay(draft.opensAt);
  if (!opensAt.ok) errors.opensAt = opensAt;
  const closesAt = checkTimeOfDay(draft.closesAt);
  if (!closesAt.ok) errors.closesAt = closesAt;
  if (opensAt.ok && closesAt.ok) {
    const hours = checkOpeningHours(opensAt.value, closesAt.value);
    if (!hours.ok) errors.closesAt = hours;
  }
  const days = checkOpenDays(draft.openDays);
  if (!days.ok) errors.openDays = days;
  if (!name.ok || !code.ok || (lrk && !lrk.ok) || !address.ok || !opensAt.ok || !closesAt.ok || !days.ok || errors.closesAt) {
    return { errors, value: null };
  }
  return {
    errors,
    value: {
      name: name.value,
      code: code.value,
      lrkNumber: lrk?.value ?? null,
      address: address.value,
      opensAt: opensAt.value,
      closesAt: closesAt.value,
      openDays: days.value,
    },
  };
}
