/**
 * What the encrypted store costs (issue 15, item 6): the roster benchmark (roster.bench.ts) and
 * the sync benchmark against the PGlite hub (sync.bench.ts) run on desks whose store is encrypted
 * (the desk's own way: SQLite3 Multiple Ciphers, ChaCha20-Poly1305, a raw 256-bit key) and on
 * desks whose store is not, in the same process, alternating which goes first, ROUNDS times each;
 * each figure is the best of its rounds (the machine's noise only ever adds time). Reported as
 * encrypted / unencrypted. Target (issue 15): under 20% slower, i.e. a ratio under 1.2x.
 *
 * SQLite's page cache holds decrypted pages, so a warm read pays nothing for the encryption: the
 * roster's "page cache emptied" figure reads every page from the file again.
 */
import { testBackends } from '../../server/src/testing/hubHarness';
import type { Bench, BenchRow } from './harness';
import { rosterBench, type RosterFigures } from './roster.bench';
import { syncBench, type SyncFigures } from './sync.bench';

const ROUNDS = 2;
const TARGET = 1.2;

type Figures = RosterFigures & SyncFigures;
const MEASURES: { key: keyof Figures; measure: string }[] = [
  { key: 'storeRead', measure: 'roster: store read (loadStaffWeek)' },
  { key: 'endToEnd', measure: 'roster: location-week, roster.staffWeek end to end' },
  { key: 'endToEndCold', measure: 'roster: location-week, page cache emptied first' },
  { key: 'previewCall', measure: 'roster: what-if of one cell, roster.preview' },
  { key: 'initial', measure: 'sync [pglite]: initial sync of a location-year' },
  { key: 'push', measure: 'sync [pglite]: push of 1,000 mutations' },
  { key: 'pull', measure: 'sync [pglite]: pull of 10,000 changes' },
];

async function figures(encrypted: boolean): Promise<Figures> {
  const storeKey = encrypted ? undefined : 'unencrypted';
  const pglite = testBackends().find((b) => b.name === 'pglite');
  if (!pglite) throw new Error('no PGlite backend');
  const roster = await rosterBench(storeKey);
  const sync = await syncBench(pglite, storeKey);
  return { ...roster.figures, ...sync.figures };
}

function best(runs: Figures[], key: keyof Figures): number {
  return Math.min(...runs.map((f) => f[key]));
}

export const bench: Bench = {
  name: 'encryption',
  async run(): Promise<BenchRow[]> {
    const encrypted: Figures[] = [];
    const plain: Figures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const encryptedFirst = round % 2 === 1;
      if (encryptedFirst) encrypted.push(await figures(true));
      plain.push(await figures(false));
      if (!encryptedFirst) encrypted.push(await figures(true));
    }
    return MEASURES.map(({ key, measure }) => {
      const e = best(encrypted, key);
      const p = best(plain, key);
      const ratio = e / p;
      return {
        measure: `${measure}: encrypted / unencrypted`,
        value: ratio,
        unit: 'x',
        target: `< ${TARGET}x`,
        note: `${ratio < TARGET ? 'met' : 'NOT met'}; ${e.toFixed(1)} ms vs ${p.toFixed(1)} ms (best of ${ROUNDS})`,
      };
    });
  },
};
