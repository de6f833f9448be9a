/**
 * PostgreSQL text and jsonb cannot hold the NUL character. What a device sent is logged as it
 * came, except that NUL becomes U+FFFD: otherwise one bad string would make the log insert fail
 * on every retry and block the device's queue for good.
 */
export function storable<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [storable(key), storable(inner)])) as T;
  }
  return value;
}
