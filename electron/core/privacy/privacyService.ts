/**
 * The manager's privacy reads of one child (issue 15, AVG): who viewed its data ("Ingezien door"),
 * and everything held about it as a file for an access request. Manager only, like the health
 * notes: an assistant may not see who looked at what, nor export a child. The export is itself
 * recorded as a view.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type { ChildViewEntry } from '../../../shared/contract/privacyViews';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { childRecordOf } from './childRecord';
import { childExportFileName, childExportJson, childExportXlsx, JSON_MIME, XLSX_MIME } from './childExportFile';
import { recordChildView } from './viewRecorder';

const managerOnly = () =>
  apiError('forbidden', 'Alleen de locatiemanager ziet wie een kind heeft ingezien en maakt een inzageverzoek.', { rule: 'role.allowed' });

export function privacyService(ctx: CoreContext): HandlersOf<'privacy.childViews' | 'privacy.childExport'> {
  return {
    'privacy.childViews': async ({ childId }) => {
      if (ctx.session.actor()?.role !== 'manager') return managerOnly();
      if (!ctx.store.get('children', childId)) return apiError('not_found', 'Dit kind bestaat niet.');
      const entries = ctx.store
        .find('childViews', { childId })
        .map((v): ChildViewEntry => ({ id: v.id, what: v.what, at: v.at, by: v.by.name, role: v.by.role }))
        .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
      return apiOk({ childId, entries });
    },

    'privacy.childExport': async ({ childId, format }) => {
      const actor = ctx.session.actor();
      if (actor?.role !== 'manager') return managerOnly();
      const record = childRecordOf(ctx.store, childId);
      if (!record) return apiError('not_found', 'Dit kind bestaat niet.');
      const refused = await recordChildView(ctx, childId, 'export');
      if (refused) return refused;
      const meta = { generatedAt: ctx.clock().toISOString(), generatedBy: actor };
      const data = format === 'json' ? childExportJson(record, meta) : await childExportXlsx(record, meta);
      return apiOk({
        filename: childExportFileName(record, format, meta),
        mimeType: format === 'json' ? JSON_MIME : XLSX_MIME,
        base64: data.toString('base64'),
      });
    },
  };
}
