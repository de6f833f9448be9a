/**
 * The location's own facts (spec/master-data.md "Location"): its code, its number in the
 * Landelijk Register Kinderopvang, its address, opening hours and open days.
 */
import type { Address } from '../../model/rows';
import { ok, type RuleResult } from '../../result';
import { masterDataFailure } from './messages';

/** An LRK number (registratienummer in the Landelijk Register Kinderopvang) has 9 digits. */
const LRK_DIGITS = 9;

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
