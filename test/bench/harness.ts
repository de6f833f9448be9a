/**
 * What a benchmark file gives the runner (`run.ts`): named measurements with a unit, optionally a
 * target and a note. Speed is reported, never asserted: targets are printed next to the figures.
 */
export type BenchRow = {
  measure: string;
  /** Milliseconds for times; a plain number for counts and ratios. */
  value: number;
  unit: 'ms' | 'µs' | 'x' | 'count';
  target?: string;
  note?: string;
};

export type Bench = { name: string; run: () => BenchRow[] | Promise<BenchRow[]> };

/** Milliseconds per call of `fn`: the median of `samples` samples, each `repeat` calls, after `warmup` calls. */
export function measure(
  fn: () => void,
  options: { samples?: number; repeat?: number; warmup?: number } = {},
): { median: number; min: number } {
  const samples = options.samples ?? 7;
  const repeat = options.repeat ?? 1;
  for (let i = 0; i < (options.warmup ?? 1); i++) fn();
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let r = 0; r < repeat; r++) fn();
    times.push((performance.now() - start) / repeat);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0 };
}

/** Keeps a value alive so the optimiser cannot drop the work that made it. */
export let sink = 0;
export function consume(n: number): void {
  sink = (sink + n) | 0;
}
