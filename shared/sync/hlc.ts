/**
 * A hybrid logical clock: wall-clock milliseconds plus a counter, so stamps made on one desk are
 * strictly increasing even when its clock stands still or jumps back. Used for audit and for
 * noticing a desk whose clock is off, never to decide which write wins.
 */
export type Hlc = { wall: number; counter: number };

export function nextHlc(last: Hlc | null, now: number): Hlc {
  if (last === null || now > last.wall) return { wall: now, counter: 0 };
  return { wall: last.wall, counter: last.counter + 1 };
}

/** Sortable text: `000001795000000000:00000:desk-id`. */
export function formatHlc(hlc: Hlc, node: string): string {
  return `${String(hlc.wall).padStart(15, '0')}:${String(hlc.counter).padStart(5, '0')}:${node}`;
}

export function parseHlc(text: string): Hlc | null {
  const m = /^(\d{15}):(\d{5}):/.exec(text);
  return m ? { wall: Number(m[1]), counter: Number(m[2]) } : null;
}
