/**
 * The location's own facts (spec/master-data.md "Location"): its code, its number in the
 * Landelijk Register Kinderopvang, its address, opening hours and open days.
 */
import type { Address } from '../../model/rows';
import { ok, type RuleResult } from '../../result';
import { parseTime } from '../time/timeOfDay';
import { masterDataFailure } from './messages';

/** An LRK number (registratienummer in the Landelijk Register Kinderopvang) has 9 digits. */
const LRK_DIGITS = 9;
/** The longest location name the store holds. */
const MAX_NAME_LENGTH = 200;

/** A location has a name, trimmed, of at most 200 characters. */
export function checkLocationName(name: string): RuleResult<string> {
  const trimmed = name.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_NAME_LENGTH ? ok(trimmed) : masterDataFailure('location.name');
}

/** An opening or closing time as typed ("7:30", "07.30", "07:30"): minutes since midnight. */
export function checkTimeOfDay(time: string): RuleResult<number> {
  const minutes = parseTime(time.trim().replace('.', ':'));
  return minutes === null ? masterDataFailure('location.time', { time }) : ok(minutes);
}

/** A location code is what a manager types: 2 to 8 capital letters or digits ("RHO"). */
export function checkLocationCode(code: string): RuleResult<string> {
  return /^[A-Z0-9]{2,8}$/.test(code) ? ok(code) : masterDataFailure('location.code', { code });
}

/** The LRK number, spaces removed: exactly 9 digits. */
export function checkLrkNumber(lrkNumber: string): RuleResult<string> {
  const compact = lrkNumber.replace(/\s/g, '');
  return new RegExp(`^\\d{${LRK_DIGITS}}$`).test(compact) ? ok(compact) : masterDataFailure('location.lrk_number', { lrkNumber });
}

/** A Dutch postcode, written the standard way: `3161 AB` (4 digits, the first not 0, and 2 letters). */
export function checkPostcode(postcode: string): RuleResult<string> {
  const match = /^([1-9]\d{3})\s?([a-zA-Z]{2})$/.exec(postcode.trim());
  return match ? ok(`${match[1]} ${(match[2] as string).toUpperCase()}`) : masterDataFailure('location.postcode', { postcode });
}

/**
 * The address as typed in three fields: all three empty is no address (null), all three filled
 * is one (postcode checked), anything between is refused so half an address is never stored.
 */
export function checkAddressFields(fields: Address): RuleResult<Address | null> {
  const address = { street: fields.street.trim(), postcode: fields.postcode.trim(), city: fields.city.trim() };
  const filled = Object.values(address).filter((v) => v !== '').length;
  if (filled === 0) return ok(null);
  if (filled < 3) return masterDataFailure('location.address_incomplete');
  return checkAddress(address);
}

/** The address with its postcode written the standard way. */
export function checkAddress(address: Address): RuleResult<Address> {
  const postcode = checkPostcode(address.postcode);
  return postcode.ok ? ok({ ...address, postcode: postcode.value }) : postcode;
}

/** Opening hours: closing after opening (minutes since midnight). */
export function checkOpeningHours(opensAt: number, closesAt: number): RuleResult<true> {
  return closesAt > opensAt ? ok(true) : masterDataFailure('location.closes_after_opens', { opensAt, closesAt });
}

/** The open days (ISO weekdays), at least one, each once, ascending. */
export function checkOpenDays(days: readonly number[]): RuleResult<number[]> {
  const unique = [...new Set(days)].sort((a, b) => a - b);
  return unique.length > 0 ? ok(unique) : masterDataFailure('location.open_days');
}
