/**
 * `npm run bench [-- filter]`: runs every `test/bench/*.bench.ts` (or those whose name holds the
 * filter), one after the other in this process, and prints one table. Each file exports
 * `bench: Bench` (see harness.ts). Figures are reported, not asserted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Bench, BenchRow } from './harness';

function format(row: BenchRow): string {
  switch (row.unit) {
    case 'ms':
      return row.value >= 100
        ? `${row.value.toFixed(0)} ms`
        : row.value >= 1
          ? `${row.value.toFixed(1)} ms`
          : `${(row.value * 1000).toFixed(1)} µs`;
    case 'µs':
      return `${row.value.toFixed(2)} µs`;
    case 'x':
      return `${row.value.toFixed(row.value < 10 ? 2 : 1)}x`;
    case 'count':
      return row.value.toLocaleString('en-GB');
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const dir = __dirname;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort();
  if (files.length === 0) {
    console.error(`no benchmarks match "${filter}" in ${dir}`);
    process.exit(2);
  }
  console.log(`Node ${process.version} · ${os.cpus()[0]?.model ?? 'cpu'} · ${os.cpus().length} cores\n`);
  const rows: string[][] = [['bench', 'measure', 'value', 'target', 'note']];
  for (const file of files) {
    const mod = (await import(path.join(dir, file))) as { bench?: Bench };
    if (!mod.bench) throw new Error(`${file} exports no bench`);
    const started = performance.now();
    for (const row of await mod.bench.run()) rows.push([mod.bench.name, row.measure, format(row), row.target ?? '', row.note ?? '']);
    console.error(`${mod.bench.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(table(rows));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
