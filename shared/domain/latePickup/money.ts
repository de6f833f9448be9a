/**
 * Money is integer cents. Formatting is done here with integer arithmetic and a plain space
 * (`€ 27,50`, `€ 1.234,50`, nl-NL style), so texts do not depend on the ICU data of the runtime
 * (Intl puts a no-break space after the euro sign).
 */

/** 2750 -> `"€ 27,50"`; throws for a non-integer amount (a programming error). */
export function formatEuro(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`amount is not integer cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = String(abs % 100).padStart(2, '0');
  return `€ ${sign}${euros},${rest}`;
}
