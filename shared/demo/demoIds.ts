/**
 * Deterministic ids for the demo: shaped like UUIDv7 (the project's id format) so they sort in
 * creation order, but made from a given time base and the seeded faker, never from the clock or
 * crypto randomness. The same seed gives the same ids.
 */
import type { Faker } from '@faker-js/faker';

/** 2024-01-01T00:00:00Z: the time base of the demo's reference data. */
export const DEMO_EPOCH_MS = 1_704_067_200_000;

/**
 * A maker of UUIDv7-shaped ids whose 48-bit time field is `baseMs`, `baseMs + 1`, ... (one
 * millisecond per id, so ids of one factory sort in the order they were made) and whose random
 * bits come from `faker`.
 */
export function createIdFactory(faker: Faker, baseMs: number): () => string {
  let next = 0;
  return () => {
    const time = (baseMs + next).toString(16).padStart(12, '0');
    next += 1;
    const rand = faker.string.hexadecimal({ length: 18, casing: 'lower', prefix: '' });
    const variant = (8 + faker.number.int(3)).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${rand.slice(0, 3)}-${variant}${rand.slice(3, 6)}-${rand.slice(6, 18)}`;
  };
}

/** Milliseconds of midnight UTC of a `YYYY-MM-DD` date: the time base of that day's shift ids. */
export function dateBaseMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}
