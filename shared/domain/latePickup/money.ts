/**
 * Money is integer cents. Formatting is done here with integer arithmetic and a plain space
 * (`€ 27,50`, `€ 1.234,50`, nl-NL style), so texts do not depend on the ICU data of the runtime
 * (Intl puts a no-break space after the euro sign).
 *
 * Rule sentences carry their amounts as cents (`amountCents: 2750`), never as formatted text:
 * `withAmounts` formats them for a sentence in the reader's language (the Dutch one here, the
 * renderer's with the i18n locale).
 */
import type { Lang, Params } from '../../i18n/messages';

/**
 * 2750 -> `"€ 27,50"` (nl), `"€27.50"` (en, as the renderer's Intl writes it); throws for a
 * non-integer amount (a programming error).
 */
export function formatEuro(cents: number, lang: Lang = 'nl'): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`amount is not integer cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const [thousands, decimal, space] = lang === 'nl' ? ['.', ',', ' '] : [',', '.', ''];
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const rest = String(abs % 100).padStart(2, '0');
  return `€${space}${sign}${euros}${decimal}${rest}`;
}

/** `"€ 27,50"` (as `formatEuro` writes it) -> 2750; null for any other text. */
export function centsOfEuro(text: string): number | null {
  const m = /^€[ \u00a0](-?)(\d{1,3}(?:\.\d{3})*),(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const cents = Number((m[2] ?? '').replace(/\./g, '')) * 100 + Number(m[3]);
  return m[1] ? -cents : cents;
}

const CENTS = /^(\w+)Cents$/;

/**
 * The params of a rule sentence with their amounts formatted: every integer `<name>Cents` is
 * also given as `<name>` in `format` (default Dutch, `formatEuro`). Other params pass unchanged.
 */
export function withAmounts(params: Params, format: (cents: number) => string = formatEuro): Params {
  const out: Params = { ...params };
  for (const [key, value] of Object.entries(params)) {
    const name = CENTS.exec(key)?.[1];
    if (name && typeof value === 'number' && Number.isSafeInteger(value)) out[name] = format(value);
  }
  return out;
}
