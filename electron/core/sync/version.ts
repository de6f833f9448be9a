/** True when `current` (e.g. "0.1.0") is older than `minimum` (numeric dot parts; pre-release tags ignored). */
export function isOlderVersion(current: string, minimum: string): boolean {
  const parts = (v: string) =>
    v
      .split('-')[0]!
      .split('.')
      .map((p) => Number(p) || 0);
  const a = parts(current);
  const b = parts(minimum);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}
