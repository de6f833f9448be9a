/**
 * The import's one path, the same on the desk and the hub: read the file, plan it against the
 * location's rows, ask the mutators (`tryAll`: run without keeping, see checkPlan.ts), and show it.
 * Applying runs exactly the preview's mutations (`mutationsOf`) after checking the digest.
 */
import type { ImportPreview } from '../contract/importViews';
import { mutators } from '../mutators';
import type { ColumnMapping } from './columns';
import { digestOf, mutationsOf, summarise, withVerdicts, type Verdict } from './checkPlan';
import { planImport, type ImportPlan, type LocationRows, type PlannedMutation } from './plan';
import { readSpreadsheet } from './readSpreadsheet';

export type ImportRequest = { fileName: string; bytes: Uint8Array; mapping: ColumnMapping };

/** Runs the mutations without keeping them: the verdict of each after those before it. */
export type TryAll = (mutations: readonly PlannedMutation[]) => Promise<Verdict[]>;

export type CheckedImport = { plan: ImportPlan; preview: ImportPreview };

/** The mutations' arguments parsed by their mutators' schemas (a value too long is a refusal, not an error). */
function parsed(mutations: readonly PlannedMutation[]): (PlannedMutation | Verdict)[] {
  return mutations.map((m) => {
    const result = mutators[m.name].args.safeParse(m.args);
    if (result.success) return { name: m.name, args: result.data as Record<string, unknown> };
    const issue = result.error.issues[0];
    return {
      ok: false,
      rule: 'import.invalid_value',
      message: `Deze waarde past niet (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`,
    };
  });
}

export async function previewImport(
  request: ImportRequest,
  rows: LocationRows | (() => Promise<LocationRows>),
  newId: () => string,
  tryAll: TryAll,
): Promise<CheckedImport> {
  const read = await readSpreadsheet(request.fileName, request.bytes);
  if (!read.ok) {
    const plan: ImportPlan = { sheets: [], rows: [], refusals: [read.refusal], missing: [] };
    return { plan, preview: viewOf(request, plan, '') };
  }
  const location = typeof rows === 'function' ? await rows() : rows;
  const planned = planImport(read.sheets, { rows: location, newId }, request.mapping);
  const mutations = mutationsOf(planned).map((m) => m.mutation);
  const checked = parsed(mutations);
  // The arguments as parsed (defaults filled in) are what is tried and what is applied.
  checked.forEach((c, k) => {
    if ('name' in c) mutations[k]!.args = c.args;
  });
  const outcomes = await tryAll(checked.filter((m): m is PlannedMutation => 'name' in m));
  let next = 0;
  const plan = withVerdicts(
    planned,
    checked.map((m) => ('name' in m ? outcomes[next++]! : m)),
  );
  return { plan, preview: viewOf(request, plan, read.format) };
}

function viewOf(request: ImportRequest, plan: ImportPlan, format: string): ImportPreview {
  return {
    fileName: request.fileName,
    format,
    summary: summarise(plan),
    sheets: plan.sheets.map(({ headings: _h, ...sheet }) => sheet),
    rows: plan.rows.map(({ mutations: _m, refusal, ...row }) => ({
      ...row,
      refusal: refusal ? { column: refusal.column, rule: refusal.rule, message: refusal.message } : null,
    })),
    mapping: { ...request.mapping },
    applicable: mutationsOf(plan).length > 0,
    digest: digestOf(plan),
  };
}
