import { AlertTriangle, RefreshCw } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RejectedChange } from '../../../../shared/contract/views';
import { api } from '../../api/client';
import { useAppStore } from '../../app/appStore';
import { Empty } from '../../app/StateViews';
import { formatInstant } from '../../i18n/format';
import type { Language } from '../../i18n';
import { EnrolForm } from './EnrolForm';
import { RejectedChangeCard } from './RejectedChangeCard';
import { SyncStateBadge } from './SyncStateBadge';

export function SyncPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const sync = useAppStore((s) => s.sync);
  const dataset = useAppStore((s) => s.info?.dataset);
  const [rejections, setRejections] = useState<RejectedChange[]>([]);
  const [busy, setBusy] = useState(false);

  const [reload, setReload] = useState(0);
  const needsAttention = sync?.needsAttention;

  useEffect(() => {
    let live = true;
    void api['sync.rejections']({}).then((result) => {
      if (live && result.ok) setRejections(result.value);
    });
    return () => {
      live = false;
    };
  }, [needsAttention, reload]);

  if (!sync) return null;
  const when = (instant: string | null) => (instant ? formatInstant(instant, language) : t('sync.never'));

  return (
    <section className="page" aria-labelledby="sync-title">
      <div className="page-header">
        <div>
          <h1 id="sync-title">{t('sync.title')}</h1>
          <p className="muted">{t('sync.subtitle')}</p>
        </div>
        {sync.state !== 'local_only' && (
          <button
            type="button"
            className="primary"
            disabled={busy || sync.state === 'revoked'}
            onClick={async () => {
              setBusy(true);
              await api['sync.now']({});
              setBusy(false);
            }}
          >
            <RefreshCw aria-hidden size={16} className={busy ? 'spin' : undefined} />
            {t('sync.now')}
          </button>
        )}
      </div>

      <div className="card sync-summary">
        <SyncStateBadge state={sync.state} />
        <p>{t(`sync.stateHelp.${sync.state}`)}</p>
        {sync.state !== 'local_only' && (
          <dl className="facts">
            <dt>{t('sync.hub')}</dt>
            <dd>{sync.hubUrl}</dd>
            <dt>{t('sync.lastSuccess')}</dt>
            <dd>{when(sync.lastSuccessAt)}</dd>
            <dt>{t('sync.lastAttempt')}</dt>
            <dd>{when(sync.lastAttemptAt)}</dd>
            {sync.state === 'offline' && (
              <>
                <dt>{t('sync.nextAttempt')}</dt>
                <dd>{when(sync.nextAttemptAt)}</dd>
              </>
            )}
            <dt>{t('sync.deviceId')}</dt>
            <dd>
              <code>{sync.deviceId}</code>
            </dd>
          </dl>
        )}
        <p>
          <strong>{sync.pending > 0 ? t('sync.pending', { count: sync.pending }) : t('sync.pendingNone')}</strong>
        </p>
        {/* an unreachable hub says nothing worth showing; a refusal does */}
        {sync.lastError && (sync.state === 'error' || sync.state === 'revoked' || sync.state === 'update_required') && (
          <p className="muted">{t('sync.lastError', { message: sync.lastError })}</p>
        )}
        {sync.clockSkewMs !== null && (
          <p className="warning" role="alert">
            <AlertTriangle aria-hidden size={16} /> {t('sync.clockSkew', { minutes: Math.round(Math.abs(sync.clockSkewMs) / 60_000) })}
          </p>
        )}
      </div>

      {sync.state === 'local_only' && dataset !== 'demo' && <EnrolForm />}

      {sync.state !== 'local_only' && (
        <section aria-labelledby="attention-title">
          <h2 id="attention-title">
            {t('sync.attentionTitle')} ({rejections.length})
          </h2>
          {rejections.length === 0 ? (
            <Empty>{t('sync.attentionEmpty')}</Empty>
          ) : (
            <>
              <p className="muted">{t('sync.attentionIntro')}</p>
              {rejections.map((r) => (
                <RejectedChangeCard
                  key={r.seq}
                  change={r}
                  onResolve={async () => {
                    await api['sync.resolveRejection']({ seq: r.seq });
                    setReload((n) => n + 1);
                  }}
                />
              ))}
            </>
          )}
        </section>
      )}
    </section>
  );
}
