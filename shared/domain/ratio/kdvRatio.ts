/**
 * The day-care (KDV) requirement for a home group (stamgroep), spec/ratio.md "Day care":
 * table 1, rule 1 (rekenregel 1, only with a 0-year-old present), rule 2 (rekenregel 2: adding a
 * child may never lower the requirement) and the formal maximum group size (rule 4).
 *
 * The whole state space, every composition (a, b, c, d) of 0-, 1-, 2- and 3-year-olds with
 * a + b + c + d <= 16, is computed once per reading of rule 2, in order of group size so that
 * rule 2 can read the smaller groups. All arithmetic is on integers. Of the 4,845 compositions,
 * 4,535 (counting the empty group) have a table-1 cell (the spec's "4,535"), and 4,519 are within
 * the maximum once the formal rule 4 is applied (16 drop out, like vector V32).
 */
import type { RatioSettings } from './ratioSettings';
import { explanationOf, part } from './explanation';
import type { ExplanationPart } from './explanation';
import type { Table1Cell } from './kdvTable';
import { cellWithinMax, KDV_LARGEST_GROUP, KDV_OLDEST_AGE_YEAR, table1Cell, table1Row } from './kdvTable';
import { minStaffDuringDeviationFor } from './requirement';
import type { RequirementOutcome } from './requirement';

/**
 * Rule 1: Z = a/3 + (b/5 + c/6 + d/8)/1.2, rounded up, on the common denominator 144:
 * Z = ceil((48a + 24b + 20c + 15d) / 144). Floating point gets 2 babies + 2 one-year-olds wrong:
 * written as (0.4a + 0.2b + c/6 + 0.125d) / 1.2 it is (0.8 + 0.4) / 1.2 = 1.0000000000000002 and
 * rounds up to 2, while the exact value is 144/144 = 1.
 */
export const RULE1_DENOMINATOR = 144;
export const RULE1_WEIGHTS: readonly [number, number, number, number] = [48, 24, 20, 15];

export function rule1Numerator(a: number, b: number, c: number, d: number): number {
  return RULE1_WEIGHTS[0] * a + RULE1_WEIGHTS[1] * b + RULE1_WEIGHTS[2] * c + RULE1_WEIGHTS[3] * d;
}

/** Rule 1's Z; 0 when no 0-year-old is present (the rule then does not apply). */
export function rule1Z(a: number, b: number, c: number, d: number): number {
  if (a === 0) return 0;
  return Math.ceil(rule1Numerator(a, b, c, d) / RULE1_DENOMINATOR);
}

const DIM = KDV_LARGEST_GROUP + 1;
const SIZE = DIM * DIM * DIM * DIM;
const NONE = -1;

/** Index of a composition with every count <= 16 in the precomputed arrays. */
export function kdvIndex(a: number, b: number, c: number, d: number): number {
  return ((a * DIM + b) * DIM + c) * DIM + d;
}

type KdvTable = {
  readonly recursive: boolean;
  /** Final requirement, NONE when over the maximum. */
  readonly required: Int8Array;
  /** max(table 1, Z) without rule 2; NONE when no cell of the row holds the group. */
  readonly base: Int8Array;
  /** The age year whose removal gave rule 2's higher number; NONE when rule 2 did not raise. */
  readonly rule2Age: Int8Array;
  readonly rule2Smaller: Int8Array;
  readonly outcomes: (RequirementOutcome | undefined)[];
  /** Compositions with 1..16 children within the maximum. */
  readonly withinMaxCount: number;
};

const tables: [KdvTable | undefined, KdvTable | undefined] = [undefined, undefined];

function youngestOf(a: number, b: number, c: number): number {
  return a > 0 ? 0 : b > 0 ? 1 : c > 0 ? 2 : 3;
}

function oldestOf(b: number, c: number, d: number): number {
  return d > 0 ? 3 : c > 0 ? 2 : b > 0 ? 1 : 0;
}

function buildTable(recursive: boolean): KdvTable {
  const required = new Int8Array(SIZE).fill(NONE);
  const base = new Int8Array(SIZE).fill(NONE);
  const rule2Age = new Int8Array(SIZE).fill(NONE);
  const rule2Smaller = new Int8Array(SIZE).fill(NONE);
  const counts = [0, 0, 0, 0];
  let withinMaxCount = 0;
  required[0] = 0;
  base[0] = 0;
  for (let n = 1; n <= KDV_LARGEST_GROUP; n++) {
    for (let a = 0; a <= n; a++) {
      for (let b = 0; a + b <= n; b++) {
        for (let c = 0; a + b + c <= n; c++) {
          const d = n - a - b - c;
          const i = kdvIndex(a, b, c, d);
          const row = table1Row(youngestOf(a, b, c), oldestOf(b, c, d));
          const cell = table1Cell(row, n, a);
          if (cell === null) continue; // no cell holds the group: over the maximum
          const own = Math.max(cell.staff, rule1Z(a, b, c, d));
          base[i] = own;
          // Rule 2: the same group with any one child fewer.
          counts[0] = a;
          counts[1] = b;
          counts[2] = c;
          counts[3] = d;
          let best = NONE;
          let bestAge = NONE;
          for (let k = 0; k <= KDV_OLDEST_AGE_YEAR; k++) {
            if ((counts[k] ?? 0) === 0) continue;
            const j = kdvIndex(a - (k === 0 ? 1 : 0), b - (k === 1 ? 1 : 0), c - (k === 2 ? 1 : 0), d - (k === 3 ? 1 : 0));
            const smallerRequired = required[j] ?? NONE;
            if (smallerRequired === NONE) continue; // a smaller group over its maximum sets no requirement
            const smaller = recursive ? smallerRequired : (base[j] ?? NONE);
            if (smaller > best) {
              best = smaller;
              bestAge = k;
            }
          }
          let total = own;
          if (best > own) {
            total = best;
            rule2Age[i] = bestAge;
            rule2Smaller[i] = best;
          }
          if (cellWithinMax(row, total, n, a) === null) continue;
          required[i] = total;
          withinMaxCount++;
        }
      }
    }
  }
  return { recursive, required, base, rule2Age, rule2Smaller, outcomes: new Array(SIZE), withinMaxCount };
}

function tableFor(recursive: boolean): KdvTable {
  const slot = recursive ? 1 : 0;
  return (tables[slot] ??= buildTable(recursive));
}

function tableParts(children: number, rowLabel: string, cell: Table1Cell): ExplanationPart {
  return cell.maxBabies === null
    ? part('ratio.kdv.table1', { count: children, row: rowLabel, cellStaff: cell.staff, cellMax: cell.maxChildren })
    : part('ratio.kdv.table1_capped', {
        count: children,
        row: rowLabel,
        cellStaff: cell.staff,
        cellMax: cell.maxChildren,
        cellBabies: cell.maxBabies,
      });
}

function outcomeOf(byAge: readonly number[], required: number | null, rule: string, parts: readonly ExplanationPart[]): RequirementOutcome {
  let children = 0;
  for (const n of byAge) children += n;
  return Object.freeze({
    regime: 'kdv' as const,
    children,
    byAge: Object.freeze(byAge.slice()),
    required,
    withinMax: required !== null,
    minStaffDuringDeviation: required === null ? null : minStaffDuringDeviationFor(required),
    explanation: explanationOf(rule, parts),
  });
}

function buildOutcome(t: KdvTable, a: number, b: number, c: number, d: number): RequirementOutcome {
  const n = a + b + c + d;
  const byAge = [a, b, c, d];
  if (n === 0) return outcomeOf(byAge, 0, 'ratio.empty', [part('ratio.empty')]);
  const row = table1Row(youngestOf(a, b, c), oldestOf(b, c, d));
  const inRange = n <= KDV_LARGEST_GROUP;
  const i = inRange ? kdvIndex(a, b, c, d) : NONE;
  const tableCell = table1Cell(row, n, a);
  if (!inRange || tableCell === null) {
    return outcomeOf(byAge, null, 'ratio.kdv.over_max', [
      part('ratio.kdv.table1_none', { count: n, row: row.label }),
      part('ratio.kdv.over_max'),
    ]);
  }
  const parts: ExplanationPart[] = [tableParts(n, row.label, tableCell)];
  let rule = 'ratio.kdv.table1';
  let sofar = tableCell.staff;
  if (a > 0) {
    const z = rule1Z(a, b, c, d);
    parts.push(part('ratio.kdv.rule1', { numerator: rule1Numerator(a, b, c, d), z }));
    if (z > sofar) {
      rule = 'ratio.kdv.rule1';
      sofar = z;
    }
  }
  const age = t.rule2Age[i] ?? NONE;
  if (age !== NONE) {
    const smaller = t.rule2Smaller[i] ?? NONE;
    parts.push(part(t.recursive ? 'ratio.kdv.rule2' : 'ratio.kdv.rule2_nonrecursive', { age, smaller }));
    rule = 'ratio.kdv.rule2';
    sofar = smaller;
  }
  const required = t.required[i] ?? NONE;
  if (required === NONE) {
    parts.push(part('ratio.kdv.over_max_required', { required: sofar, count: n, babies: a, row: row.label }));
    return outcomeOf(byAge, null, 'ratio.kdv.over_max', parts);
  }
  parts.push(part('ratio.required', { required }));
  return outcomeOf(byAge, required, rule, parts);
}

/**
 * The KDV requirement for a home group with `a` 0-year-olds, `b` 1-, `c` 2- and `d` 3-year-olds
 * (children aged 4 or more are the caller's to count as 3 and flag). Memoised: the same object
 * is returned for the same composition and reading of rule 2.
 */
export function kdvOutcome(
  a: number,
  b: number,
  c: number,
  d: number,
  settings: Pick<RatioSettings, 'rule2Recursive'>,
): RequirementOutcome {
  const t = tableFor(settings.rule2Recursive);
  if (a + b + c + d > KDV_LARGEST_GROUP) return buildOutcome(t, a, b, c, d);
  const i = kdvIndex(a, b, c, d);
  return (t.outcomes[i] ??= buildOutcome(t, a, b, c, d));
}

/** The requirement alone (null when over the maximum), straight from the precomputed table. */
export function kdvRequired(a: number, b: number, c: number, d: number, settings: Pick<RatioSettings, 'rule2Recursive'>): number | null {
  if (a + b + c + d > KDV_LARGEST_GROUP) return null;
  const r = tableFor(settings.rule2Recursive).required[kdvIndex(a, b, c, d)] ?? NONE;
  return r === NONE ? null : r;
}

/** How many compositions of 1 to 16 children are within the maximum under the reading of rule 2. */
export function kdvWithinMaxCount(settings: Pick<RatioSettings, 'rule2Recursive'>): number {
  return tableFor(settings.rule2Recursive).withinMaxCount;
}
