/**
 * The out-of-school care (BSO) requirement, spec/ratio.md "Out-of-school care":
 * - from the switch date (1 July 2024) per location (kindercentrum): required = ceil(A/10 + B/12)
 *   with A = children aged 4-6 and B = aged 7+, exactly ceil((6A + 5B) / 60), or with the
 *   setting `literal` ceil(0.1A + 0.083B) = ceil((100A + 83B) / 1000); the largest basisgroep is
 *   a separate check (`checkBasisgroupSize`).
 * - before that date per basisgroep, table 2 of Bijlage 1 Besluit kwaliteit kinderopvang.
 * Outcomes are memoised per composition, so the same object comes back for the same counts.
 */
import { fail, ok } from '../../result';
import type { RuleResult } from '../../result';
import { textOf } from '../../i18n/messages';
import { explanationOf, part } from './explanation';
import type { ExplanationPart } from './explanation';
import { ratioMessages } from './messages';
import type { BsoFormula, RatioSettings } from './ratioSettings';
import { minStaffDuringDeviationFor } from './requirement';
import type { RequirementOutcome } from './requirement';

/** Youngest BSO age: children under 4 in a BSO are counted with the 4-6 band and flagged. */
export const BSO_YOUNGEST_AGE = 4;
/** From this age a child is in band B (7+); below it in band A (4-6). */
export const BSO_OLDER_FROM_AGE = 7;

/** ceil((6A + 5B) / 60): 1/10 = 6/60 and 1/12 = 5/60. */
export const BSO_EXACT_WEIGHTS = { younger: 6, older: 5, denominator: 60 } as const;
/** ceil((100A + 83B) / 1000): the decimals 0.1 and 0.083 in thousandths. */
export const BSO_LITERAL_WEIGHTS = { younger: 100, older: 83, denominator: 1000 } as const;

export function bsoLocationRequired(younger: number, older: number, formula: BsoFormula): number {
  const w = formula === 'exact' ? BSO_EXACT_WEIGHTS : BSO_LITERAL_WEIGHTS;
  return Math.ceil((w.younger * younger + w.older * older) / w.denominator);
}

type Table2Cell = { readonly staff: number; readonly maxChildren: number; readonly maxYounger: number | null };
type Table2Row = { readonly label: string; readonly cells: readonly Table2Cell[] };

/** Table 2 (BSO per basisgroep, before the switch date); the mixed row caps the children aged 4-6. */
export const table2 = {
  younger: {
    label: '4-6',
    cells: [
      { staff: 1, maxChildren: 10, maxYounger: null },
      { staff: 2, maxChildren: 20, maxYounger: null },
    ],
  },
  older: {
    label: '7+',
    cells: [
      { staff: 1, maxChildren: 12, maxYounger: null },
      { staff: 2, maxChildren: 24, maxYounger: null },
      { staff: 3, maxChildren: 30, maxYounger: null },
    ],
  },
  mixed: {
    label: '4-6/7+',
    cells: [
      { staff: 1, maxChildren: 11, maxYounger: 9 },
      { staff: 2, maxChildren: 22, maxYounger: 18 },
    ],
  },
} as const satisfies Record<string, Table2Row>;

const KEY_BASE = 65536;
const locationMemo: Record<BsoFormula, Map<number, RequirementOutcome>> = { exact: new Map(), literal: new Map() };
const basisgroupMemo = new Map<number, RequirementOutcome>();

function outcome(
  regime: 'bso_location' | 'bso_basisgroup',
  younger: number,
  older: number,
  required: number | null,
  rule: string,
  parts: readonly ExplanationPart[],
): RequirementOutcome {
  return Object.freeze({
    regime,
    children: younger + older,
    byAge: Object.freeze([younger, older]),
    required,
    withinMax: required !== null,
    minStaffDuringDeviation: required === null ? null : minStaffDuringDeviationFor(required),
    explanation: explanationOf(rule, parts),
  });
}

function buildLocation(younger: number, older: number, formula: BsoFormula): RequirementOutcome {
  const children = younger + older;
  if (children === 0) return outcome('bso_location', 0, 0, 0, 'ratio.empty', [part('ratio.empty')]);
  const w = formula === 'exact' ? BSO_EXACT_WEIGHTS : BSO_LITERAL_WEIGHTS;
  const numerator = w.younger * younger + w.older * older;
  const required = Math.ceil(numerator / w.denominator);
  const rule = formula === 'exact' ? 'ratio.bso.location' : 'ratio.bso.location_literal';
  return outcome('bso_location', younger, older, required, rule, [
    part(rule, { count: children, younger, older, numerator }),
    part('ratio.required', { required }),
  ]);
}

/**
 * The BSO requirement per location from the switch date: within the maximum at location level
 * (there is none; the largest basisgroep is checked per group with `checkBasisgroupSize`).
 */
export function bsoLocationOutcome(younger: number, older: number, settings: Pick<RatioSettings, 'bsoFormula'>): RequirementOutcome {
  const memo = locationMemo[settings.bsoFormula];
  if (younger >= KEY_BASE || older >= KEY_BASE) return buildLocation(younger, older, settings.bsoFormula);
  const key = younger * KEY_BASE + older;
  let o = memo.get(key);
  if (o === undefined) {
    o = buildLocation(younger, older, settings.bsoFormula);
    memo.set(key, o);
  }
  return o;
}

function table2Row(younger: number, older: number): Table2Row {
  return older === 0 ? table2.younger : younger === 0 ? table2.older : table2.mixed;
}

function buildBasisgroup(younger: number, older: number): RequirementOutcome {
  const children = younger + older;
  if (children === 0) return outcome('bso_basisgroup', 0, 0, 0, 'ratio.empty', [part('ratio.empty')]);
  const row = table2Row(younger, older);
  const cell = row.cells.find((c) => children <= c.maxChildren && (c.maxYounger === null || younger <= c.maxYounger));
  if (cell === undefined) {
    return outcome('bso_basisgroup', younger, older, null, 'ratio.bso.over_max', [
      part('ratio.bso.table2_none', { count: children, younger, older, row: row.label }),
      part('ratio.bso.over_max'),
    ]);
  }
  const cellPart =
    cell.maxYounger === null
      ? part('ratio.bso.table2', { count: children, younger, older, row: row.label, cellStaff: cell.staff, cellMax: cell.maxChildren })
      : part('ratio.bso.table2_capped', {
          count: children,
          younger,
          older,
          row: row.label,
          cellStaff: cell.staff,
          cellMax: cell.maxChildren,
          cellYounger: cell.maxYounger,
        });
  return outcome('bso_basisgroup', younger, older, cell.staff, 'ratio.bso.table2', [
    cellPart,
    part('ratio.required', { required: cell.staff }),
  ]);
}

/** The BSO requirement per basisgroep before the switch date (table 2): the cell with the fewest staff that holds the group. */
export function bsoBasisgroupOutcome(younger: number, older: number): RequirementOutcome {
  if (younger >= KEY_BASE || older >= KEY_BASE) return buildBasisgroup(younger, older);
  const key = younger * KEY_BASE + older;
  let o = basisgroupMemo.get(key);
  if (o === undefined) {
    o = buildBasisgroup(younger, older);
    basisgroupMemo.set(key, o);
  }
  return o;
}

/** The largest basisgroep (setting, default 30): a BSO basisgroep may not hold more children. */
export function checkBasisgroupSize(children: number, settings: Pick<RatioSettings, 'bsoLargestBasisgroup'>): RuleResult<number> {
  if (children <= settings.bsoLargestBasisgroup) return ok(children);
  const params = { children, max: settings.bsoLargestBasisgroup };
  return fail('ratio.bso.basisgroup_too_large', textOf(ratioMessages, 'ratio.bso.basisgroup_too_large', params), params);
}

/** Whether `date` falls under the per-location BSO ratio (on or after the switch date). */
export function bsoPerLocationOn(date: string, settings: Pick<RatioSettings, 'bsoLocationRatioFrom'>): boolean {
  return date >= settings.bsoLocationRatioFrom;
}
