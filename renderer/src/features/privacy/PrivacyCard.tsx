/**
 * Privacy of the chosen child (issue 15, AVG), on its detail, for the manager only: the export of
 * an access request (inzageverzoek: everything the desk holds about this child, as Excel or JSON)
 * and who viewed the child's data ("Ingezien door": who, when, what). The core refuses both to an
 * assistant; the section is not shown to one.
 */
import { FileJson, FileSpreadsheet } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../../../../shared/contract/errors';
import type { ChildViewLog } from '../../../../shared/contract/privacyViews';
import { api } from '../../api/client';
import { useAppStore } from '../../app/appStore';
import { ErrorState } from '../../app/StateViews';
import { useReloadOnChange } from '../../app/useReloadOnChange';
import type { Language } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { useChildrenStore } from '../children/childrenStore';
import { downloadFile } from '../latePickups/download';
import './privacy.css';

const VIEWS = new Set(['childViews']);
type Format = 'xlsx' | 'json';

export function PrivacyCard({ childId }: { childId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const role = useAppStore((s) => s.session?.user?.role ?? (s.session?.signInRequired ? null : 'manager'));
  const [loaded, setLog] = useState<ChildViewLog | null>(null);
  // Another child chosen: its list is loading, the previous one is not shown meanwhile.
  const log = loaded?.childId === childId ? loaded : null;
  const [error, setError] = useState<ApiError | null>(null);
  const [exporting, setExporting] = useState<Format | null>(null);

  const show = useCallback((result: ApiResult<ChildViewLog>) => {
    if (result.ok) {
      setLog(result.value);
      setError(null);
    } else setError(result.error);
  }, []);
  const load = useCallback(async () => show(await api['privacy.childViews']({ childId })), [childId, show]);

  useEffect(() => {
    if (role !== 'manager') return;
    let live = true;
    void api['privacy.childViews']({ childId }).then((result) => live && show(result));
    return () => {
      live = false;
    };
  }, [role, childId, show]);
  useReloadOnChange(VIEWS, () => void (role === 'manager' && load()));

  if (role !== 'manager') return null;

  const exportAs = async (format: Format) => {
    const { say } = useChildrenStore.getState();
    setExporting(format);
    const result = await api['privacy.childExport']({ childId, format });
    setExporting(null);
    if (!result.ok) return say({ kind: 'error', error: result.error });
    downloadFile(result.value);
    say({ kind: 'success', key: 'privacy.exported', params: { file: result.value.filename } });
  };

  return (
    <section className="cp-section pv-card" aria-labelledby="privacy-title">
      <div className="cp-section-head">
        <h3 id="privacy-title">{t('privacy.title')}</h3>
        <div className="pv-actions">
          <button type="button" onClick={() => void exportAs('xlsx')} disabled={exporting !== null}>
            <FileSpreadsheet aria-hidden size={15} />
            {exporting === 'xlsx' ? t('privacy.exporting') : t('privacy.exportXlsx')}
          </button>
          <button type="button" onClick={() => void exportAs('json')} disabled={exporting !== null}>
            <FileJson aria-hidden size={15} />
            {exporting === 'json' ? t('privacy.exporting') : t('privacy.exportJson')}
          </button>
        </div>
      </div>
      <p className="muted small">{t('privacy.exportHint')}</p>
      <h4 id="privacy-views-title">{t('privacy.views.title')}</h4>
      {error && <ErrorState error={error} onRetry={() => void load()} />}
      {!error && !log && <p className="muted small">{t('privacy.views.loading')}</p>}
      {log && log.entries.length === 0 && <p className="muted small">{t('privacy.views.none')}</p>}
      {log && log.entries.length > 0 && (
        <table className="pv-views" aria-labelledby="privacy-views-title">
          <thead>
            <tr>
              <th scope="col">{t('privacy.views.who')}</th>
              <th scope="col">{t('privacy.views.when')}</th>
              <th scope="col">{t('privacy.views.what')}</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((e) => (
              <tr key={e.id}>
                <td>
                  {e.by} <span className="muted small">({t(`privacy.role.${e.role}`)})</span>
                </td>
                <td>{formatInstant(e.at, language)}</td>
                <td>{t(`privacy.what.${e.what}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
