/**
 * The mutators' verdict on a plan, and what the preview reports. The plan's mutations are run by
 * the desk or the hub without keeping them (in a transaction that is rolled back), each refusal
 * refuses its row with the mutator's own rule and sentence, at the column the rule is about. The
 * summary is the JSON the commands print; the digest lets an apply check it applies what the
 * preview showed.
 */
import type { ImportKind } from './columns';
import { FIELD_LABELS } from './columns';
import type { ImportPlan, PlannedMutation, RowPlan } from './plan';

export type Verdict = { ok: true } | { ok: false; rule: string; message: string };

/** The mutations to run, in order, with the row each belongs to: the rows not refused while planning. */
export function mutationsOf(plan: ImportPlan): { row: RowPlan; mutation: PlannedMutation }[] {
  return plan.rows.filter((r) => r.outcome !== 'refused').flatMap((row) => row.mutations.map((mutation) => ({ row, mutation })));
}

/** Which field a mutator's rule is about, per kind of sheet: the column a refusal names. */
const RULE_FIELDS: { [K in ImportKind]: [RegExp, string][] } = {
  groups: [
    [/external_id/, 'externalId'],
    [/name/, 'name'],
    [/care/, 'careType'],
    [/age/, 'ageMinMonths'],
    [/places|capacity/, 'capacity'],
  ],
  staff: [
    [/external_id/, 'externalId'],
    [/active_to|end/, 'activeTo'],
    [/active/, 'activeFrom'],
  ],
  children: [
    [/external_id/, 'externalId'],
    [/born/, 'dateOfBirth'],
    [/phone/, 'guardianPhone'],
    [/email/, 'guardianEmail'],
    [/guardian/, 'guardianName'],
    [/age_range|from_four|care_type|unknown_group|group_closed/, 'group'],
    [/group_full|days|fixed_needs/, 'days'],
    [/end/, 'endDate'],
    [/effective|start|in_past|overlap/, 'startDate'],
  ],
};

function columnOf(plan: ImportPlan, row: RowPlan, rule: string): string {
  const field = RULE_FIELDS[row.kind].find(([pattern]) => pattern.test(rule))?.[1];
  if (field === undefined) return '';
  return plan.sheets.find((s) => s.sheet === row.sheet)?.headings[field] ?? FIELD_LABELS[field] ?? field;
}

/**
 * The plan with the mutators' verdicts (one per mutation of `mutationsOf`, in order): a row with a
 * refused mutation is refused with the first refusal, and none of its mutations is applied.
 */
export function withVerdicts(plan: ImportPlan, verdicts: readonly Verdict[]): ImportPlan {
  const planned = mutationsOf(plan);
  if (planned.length !== verdicts.length) throw new Error(`withVerdicts: ${verdicts.length} verdicts for ${planned.length} mutations`);
  const refused = new Map<RowPlan, Verdict & { ok: false }>();
  planned.forEach(({ row }, i) => {
    const verdict = verdicts[i]!;
    if (!verdict.ok && !refused.has(row)) refused.set(row, verdict);
  });
  return {
    ...plan,
    rows: plan.rows.map((row) => {
      const verdict = refused.get(row);
      if (!verdict) return row;
      return {
        ...row,
        outcome: 'refused',
        mutations: [],
        refusal: {
          sheet: row.sheet,
          row: row.row,
          column: columnOf(plan, row, verdict.rule),
          rule: verdict.rule,
          message: verdict.message,
        },
      };
    }),
  };
}

/** The table a mutator creates in or updates. */
const MUTATION_TABLES: Record<string, { table: string; created: boolean }> = {
  'group.create': { table: 'groups', created: true },
  'group.update': { table: 'groups', created: false },
  'staff.create': { table: 'staff', created: true },
  'staff.update': { table: 'staff', created: false },
  'staff.end': { table: 'staff', created: false },
  'child.create': { table: 'children', created: true },
  'child.update': { table: 'children', created: false },
  'child.setContacts': { table: 'children', created: false },
  'child.setHealth': { table: 'children', created: false },
  'placement.create.v2': { table: 'placements', created: true },
  'placement.change': { table: 'placements', created: false },
  'placement.end': { table: 'placements', created: false },
};

export type ImportSummary = {
  created: Record<string, number>;
  updated: Record<string, number>;
  unchanged: number;
  refused: { sheet: string; row: number; column: string; message: string }[];
  /** Children with a running contract the file no longer holds ("niet meer in het bestand"). */
  missing: { externalId: string | null; name: string; message: string }[];
};

/** What the commands print: rows created and updated per table (a row counts once per table), unchanged rows, refusals. */
export function summarise(plan: ImportPlan): ImportSummary {
  const created: Record<string, number> = {};
  const updated: Record<string, number> = {};
  for (const row of plan.rows) {
    const tables = new Map<string, boolean>();
    for (const m of row.mutations) {
      const t = MUTATION_TABLES[m.name];
      if (t) tables.set(t.table, (tables.get(t.table) ?? false) || t.created);
    }
    for (const [table, isNew] of tables) {
      const counts = isNew ? created : updated;
      counts[table] = (counts[table] ?? 0) + 1;
    }
  }
  const refused = [...plan.refusals, ...plan.rows.flatMap((r) => (r.refusal ? [r.refusal] : []))].map(
    ({ sheet, row, column, message }) => ({
      sheet,
      row,
      column,
      message,
    }),
  );
  return {
    created,
    updated,
    unchanged: plan.rows.filter((r) => r.outcome === 'unchanged').length,
    refused,
    missing: plan.missing.map(({ externalId, name, message }) => ({ externalId, name, message })),
  };
}

/** A value without the ids the import makes anew each time (the back office's `externalId` stays). */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key === 'externalId' || !/^id$|Id$/.test(key))
      .map(([key, v]) => [key, withoutIds(v)]),
  );
}

/**
 * A fingerprint of what the preview showed (outcomes, changes, refusals, the mutations' values
 * without the new ids): an apply that finds another one applies nothing. FNV-1a, enough to notice
 * a change, no secret.
 */
export function digestOf(plan: ImportPlan): string {
  const shown = JSON.stringify(
    plan.rows.map((r) => [r.sheet, r.row, r.outcome, r.changes, r.refusal?.message ?? null, withoutIds(r.mutations)]),
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < shown.length; i++) hash = Math.imul(hash ^ shown.charCodeAt(i), 0x01000193) >>> 0;
  return `${hash.toString(16).padStart(8, '0')}-${shown.length}`;
}
