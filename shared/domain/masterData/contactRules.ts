/**
 * Phone numbers and e-mail addresses of the people around a child (guardians, emergency contacts,
 * the GP, pickup persons): checked the same way wherever they are entered.
 */

/** A Dutch number of 10 digits (06 12345678, 010-1234567) or an international one (+31 6 12345678, 0031 ...). */
export function isPhoneNumber(value: string): boolean {
  const compact = value.replace(/[\s().-]/g, '');
  return /^0\d{9}$/.test(compact) || /^\+\d{8,15}$/.test(compact) || /^00\d{8,15}$/.test(compact);
}

/** An address a mail can be sent to: one @, a name before it and a domain with a dot after it, no spaces. */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}
