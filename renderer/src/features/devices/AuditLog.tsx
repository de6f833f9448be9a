import { CloudOff, Download, ShieldAlert, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import { api } from '../../api/client';
import { messageText, type NoticeMessage } from '../../app/NoticeLine';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import type { Language } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { useDevicesStore } from './devicesStore';

/** Offers a text as a file download (browser mode and Electron alike). */
function download(filename: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The location's audit log: every pairing, revocation and wipe, the chain's check, and the CSV export. */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data, status, error } = useDevicesStore((s) => s.audit);
  const locationId = useDevicesStore((s) => s.locationId);
  const [exported, setExported] = useState<NoticeMessage | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);

  /** The hub being out of reach is said plainly, not as the transport's message. */
  const auditError = (e: ApiError): ApiError =>
    e.rule === 'devices.hub_unreachable' ? { ...e, message: t('devices.audit.unavailable') } : e;

  const exportCsv = async () => {
    if (!locationId) return;
    setExportError(null);
    const result = await api['devices.auditExport']({ locationId });
    if (!result.ok) return setExportError(result.error);
    download(result.value.filename, result.value.mimeType, result.value.text);
    setExported({ key: 'devices.audit.exported', params: { count: result.value.rowCount, file: result.value.filename } });
  };

  return (
    <section className="device-audit" aria-labelledby="audit-title">
      <div className="section-header">
        <div>
          <h2 id="audit-title">{t('devices.audit.title')}</h2>
          <p className="muted">{t('devices.audit.intro')}</p>
        </div>
        <button type="button" onClick={() => void exportCsv()} disabled={!data || data.entries.length === 0}>
          <Download aria-hidden size={16} />
          {t('devices.audit.export')}
        </button>
      </div>
      {exported && (
        <p className="muted" role="status">
          {messageText(exported, t, language)}
        </p>
      )}
      {exportError && <ErrorState error={auditError(exportError)} />}
      {status === 'loading' && !data && <Loading />}
      {status === 'error' && error && !data && (
        <ErrorState error={auditError(error)} onRetry={() => void useDevicesStore.getState().loadAudit()} />
      )}
      {status === 'error' && data && (
        <p className="warning" role="status">
          <CloudOff aria-hidden size={16} />
          {t('devices.audit.stale')}
        </p>
      )}
      {data && (
        <>
          {data.entries.length === 0 ? null : data.chain.ok ? (
            <p className="chain chain-ok" role="status">
              <ShieldCheck aria-hidden size={18} />
              {t('devices.audit.chainOk', { count: data.chain.checked })}
            </p>
          ) : (
            <p className="chain chain-broken" role="alert">
              <ShieldAlert aria-hidden size={18} />
              <span>
                <strong>{t('devices.audit.chainBroken', { seq: data.chain.brokenAtSeq ?? '?' })}</strong>{' '}
                {data.chain.problem && t(`devices.audit.problems.${data.chain.problem}`)}
              </span>
            </p>
          )}
          {data.entries.length === 0 ? (
            <Empty>{t('devices.audit.empty')}</Empty>
          ) : (
            <div className="card">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('devices.audit.columns.seq')}</th>
                    <th scope="col">{t('devices.audit.columns.at')}</th>
                    <th scope="col">{t('devices.audit.columns.event')}</th>
                    <th scope="col">{t('devices.audit.columns.by')}</th>
                    <th scope="col">{t('devices.audit.columns.device')}</th>
                    <th scope="col">{t('devices.audit.columns.group')}</th>
                    <th scope="col">{t('devices.audit.columns.reason')}</th>
                    <th scope="col">{t('devices.audit.columns.hash')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.entries].reverse().map((e) => (
                    <tr key={e.seq} className={data.chain.brokenAtSeq === e.seq ? 'broken' : undefined}>
                      <td className="num">{e.seq}</td>
                      <td>{formatInstant(e.at, language)}</td>
                      <td>{t(`devices.audit.events.${e.event}`)}</td>
                      <td>{e.actorName}</td>
                      <td>{e.deviceName ?? '—'}</td>
                      <td>{e.groupName ?? '—'}</td>
                      <td>
                        {e.reason ? t(`devices.reasons.${e.reason}`) : '—'}
                        {e.note && <span className="muted"> · {e.note}</span>}
                      </td>
                      <td>
                        <code title={e.hash}>{e.hash.slice(0, 10)}…</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
