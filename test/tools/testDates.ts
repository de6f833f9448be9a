/**
 * `npm run test:dates`: the end-to-end tests tagged `@anyday` (the demo week, the roster, the ratio
 * screen, the first start, the offline branch office) with the desk, hub and browser clocks at five
 * moments across the year (issue 13), one run after another. A test that passes on one day and not
 * on another fails here. `-- --only 2026-12-24T16:30:00Z` runs one moment.
 *
 * The moments are the awkward ones: a Monday morning in November, a Saturday, Christmas Eve at
 * pickup time (Friday closed), a morning in the summer holiday, New Year's Eve at lunch (ledgers and
 * late-pickup counts change year tomorrow).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const DATES_TO_TEST = [
  '2026-11-23T08:00:00Z', // Monday 23 November, 09:00
  '2027-03-13T10:00:00Z', // Saturday 13 March, 11:00
  '2026-12-24T16:30:00Z', // Thursday 24 December, 17:30
  '2027-07-21T05:45:00Z', // Wednesday 21 July (summer holiday), 07:45
  '2026-12-31T12:00:00Z', // Thursday 31 December, 13:00
] as const;

const root = path.resolve(__dirname, '../..');
const onlyAt = process.argv.indexOf('--only');
const moments = onlyAt >= 0 ? [process.argv[onlyAt + 1] ?? ''] : [...DATES_TO_TEST];

const results: { at: string; ok: boolean; seconds: number }[] = [];
for (const at of moments) {
  console.log(`\n==> test:dates: E2E_NOW=${at}`);
  const started = Date.now();
  const run = spawnSync('npx', ['playwright', 'test', '--config', 'test/playwright.config.ts', '--grep', '@anyday'], {
    cwd: root,
    env: { ...process.env, E2E_NOW: at },
    stdio: 'inherit',
  });
  results.push({ at, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\ntest:dates');
for (const r of results) console.log(`  ${r.ok ? 'ok    ' : 'FAILED'} ${r.at} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`test:dates: ${results.length - failed} of ${results.length} moments green`);
process.exit(failed === 0 ? 0 : 1);
