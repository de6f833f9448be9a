/**
 * PostgreSQL text and jsonb cannot hold the NUL character, and jsonb refuses a lone UTF-16
 * surrogate (`"\ud800"`). What a device sent is logged as it came, except that either becomes
 * U+FFFD: otherwise one bad string would make the log insert fail on every retry and block the
 * device's queue for good.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

function storableString(value: string): string {
  return value.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATES, '\uFFFD');
}

export function storable<T>(value: T): T {
  if (typeof value === 'string') return storableString(value) as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [storable(key), storable(inner)])) as T;
  }
  return value;
}

/** Whether the database refuses this string as text (a NUL character). */
export function refusedAsText(value: string): boolean {
  return value.includes('\u0000');
}

/** Whether the database refuses this value as jsonb: a string (or key) with NUL or a lone surrogate. */
export function refusedAsJson(value: unknown): boolean {
  if (typeof value === 'string') return refusedAsText(value) || LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(refusedAsJson);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => refusedAsJson(key) || refusedAsJson(inner));
  }
  return false;
}
