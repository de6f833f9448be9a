/**
 * `import.preview` / `import.apply`: a back office's file against a location of this desk, through
 * the one import path (shared/import/previewImport.ts). The preview runs the mutations in a
 * transaction that is rolled back; the apply runs exactly the preview's mutations in one
 * transaction, an outbox row each, so they sync and are audited like any change. The mapping of
 * headings a manager chose is remembered per location on this desk.
 */
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { apiError, apiOk, type ApiResult } from '../../../shared/contract/errors';
import type { ImportPreview } from '../../../shared/contract/importViews';
import type { ParsedInputOf } from '../../../shared/contract/methods';
import { organisationSettingsSchema } from '../../../shared/domain/settings';
import { mutationsOf } from '../../../shared/import/checkPlan';
import type { ColumnMapping } from '../../../shared/import/columns';
import { importMessage } from '../../../shared/import/importMessages';
import type { LocationRows } from '../../../shared/import/plan';
import { previewImport, type CheckedImport } from '../../../shared/import/previewImport';
import type { MutationContext } from '../../../shared/mutators/types';
import { todayOf, type CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { readMeta, writeMeta } from '../store/repositories/metaRepository';

const mappingKey = (locationId: string) => `import.mapping.${locationId}`;
/** How many previews are kept for their apply: a manager looks at one file at a time. */
const KEPT_PREVIEWS = 4;

/** The location's rows the import compares with; null when the desk has no such location. */
export function locationRowsOf(ctx: CoreContext, locationId: string): LocationRows | null {
  const location = ctx.store.get('locations', locationId);
  if (!location) return null;
  const organisation = ctx.store.get('organisations', location.organisationId);
  const where = { locationId };
  return {
    location,
    today: todayOf(ctx),
    planSettings: organisationSettingsSchema.parse(organisation?.settings ?? {}).plan,
    groups: ctx.store.find('groups', where),
    staff: ctx.store.find('staff', where),
    children: ctx.store.find('children', where),
    placements: ctx.store.find('placements', where),
    contacts: ctx.store.find('childContacts', where),
    health: ctx.store.find('childHealth', where),
  };
}

type FileInput = ParsedInputOf<'import.preview'>;

export function importService(ctx: CoreContext): HandlersOf<'import.preview' | 'import.apply'> {
  /** Who imports, or why they may not: every import mutator is the location manager's. */
  const contextOf = (): MutationContext | ApiResult<never> => {
    const actor = ctx.session.actor();
    if (!actor) return apiError('unauthorized', 'Meld u eerst aan om te importeren.', { rule: 'auth.signed_in' });
    if (actor.role !== 'manager') return apiError('forbidden', 'Alleen de locatiemanager mag importeren.', { rule: 'role.allowed' });
    return { actor, createdAt: ctx.clock().toISOString() };
  };

  /**
   * The previews shown, by location, file and digest: their apply runs exactly the mutations
   * shown, without planning and trying them again (a change since makes the apply refuse, all or
   * nothing).
   */
  const shown = new Map<string, CheckedImport>();
  const keyOf = (input: FileInput, digest: string) =>
    `${input.locationId}:${digest}:${createHash('sha256').update(input.base64).update(JSON.stringify(input.mapping)).digest('hex')}`;
  const remember = (input: FileInput, checked: CheckedImport) => {
    shown.set(keyOf(input, checked.preview.digest), checked);
    for (const key of [...shown.keys()].slice(0, Math.max(0, shown.size - KEPT_PREVIEWS))) shown.delete(key);
  };

  const check = async (input: FileInput, mctx: MutationContext): Promise<CheckedImport | ApiResult<never>> => {
    const rows = locationRowsOf(ctx, input.locationId);
    if (!rows) return apiError('not_found', importMessage('import.location_unknown', { location: input.locationId }));
    const remembered = JSON.parse(readMeta(ctx.db, mappingKey(input.locationId)) ?? '{}') as ColumnMapping;
    const mapping = { ...remembered, ...(input.mapping as ColumnMapping) };
    const bytes = Buffer.from(input.base64, 'base64');
    return previewImport({ fileName: input.fileName, bytes, mapping }, rows, uuidv7, async (mutations) =>
      (await ctx.mutations.tryAll(mutations, mctx)).map((o) => (o.ok ? o : { ok: false, rule: o.rule, message: o.message })),
    );
  };

  return {
    'import.preview': async (input) => {
      const mctx = contextOf();
      if ('ok' in mctx) return mctx;
      const checked = await check(input, mctx);
      if ('ok' in checked) return checked;
      remember(input, checked);
      return apiOk<ImportPreview>(checked.preview);
    },
    'import.apply': async (input) => {
      const mctx = contextOf();
      if ('ok' in mctx) return mctx;
      const { digest, ...file } = input;
      const checked = shown.get(keyOf(file, digest)) ?? (await check(file, mctx));
      if ('ok' in checked) return checked;
      if (checked.preview.digest !== digest) {
        return apiError('conflict', importMessage('import.preview_outdated'), { rule: 'import.preview_outdated' });
      }
      const planned = mutationsOf(checked.plan);
      const result = await ctx.mutations.applyAll(
        planned.map((p) => p.mutation),
        mctx,
      );
      if (!result.ok) {
        const row = planned[result.index]!.row;
        return apiError('conflict', importMessage('import.changed_since_preview', { row: row.row, reason: result.failure.message }), {
          rule: 'import.changed_since_preview',
        });
      }
      shown.delete(keyOf(file, digest));
      writeMeta(ctx.db, mappingKey(input.locationId), JSON.stringify(checked.preview.mapping));
      if (result.count > 0) {
        ctx.emit({ type: 'changed', tables: result.tables });
        ctx.sync.notifyLocalWrite();
      }
      return apiOk({ summary: checked.preview.summary, mutations: result.count });
    },
  };
}
