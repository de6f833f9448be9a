/**
 * Retry delays after a failed sync round: exponential with full jitter, capped, so a hundred
 * branch offices coming back online at once do not knock on the hub in step. Independent of local
 * writes: a new change never shortens or stretches a wait.
 */
export type BackoffSettings = { baseMs: number; maxMs: number };

export const defaultBackoff: BackoffSettings = { baseMs: 2_000, maxMs: 5 * 60_000 };

/** Delay before attempt `failures` + 1, given `random` in [0, 1). At least half the window. */
export function retryDelay(failures: number, random: number, settings: BackoffSettings = defaultBackoff): number {
  const window = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(window / 2 + (window / 2) * random);
}
