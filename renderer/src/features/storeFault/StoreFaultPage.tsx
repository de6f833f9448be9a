import { AlertOctagon } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import type { StoreFaultView } from '../../../../shared/contract/storeFaultViews';
import { api } from '../../api/client';
import { useAppStore } from '../../app/appStore';
import { ErrorState, Loading } from '../../app/StateViews';
import type { Language } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import './storeFault.css';

type Busy = null | 'restore' | 'resync' | 'close';

/**
 * The desk's store cannot be served (issue 15, item 8): what happened in plain words, and the
 * ways out the core offers: the newest backup, a fresh start from the hub, or closing.
 */
export function StoreFaultPage({ error }: { error: ApiError }) {
  const { t, i18n } = useTranslation();
  const load = useAppStore((s) => s.load);
  const [fault, setFault] = useState<StoreFaultView | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirmResync, setConfirmResync] = useState(false);
  const [closed, setClosed] = useState(false);

  useEffect(() => {
    void api['storeFault.view']({}).then((r) => (r.ok ? setFault(r.value.fault) : setFailure(r.error)));
  }, []);

  const run = async (kind: Exclude<Busy, null>, call: () => ReturnType<(typeof api)['storeFault.resync']>) => {
    setBusy(kind);
    setFailure(null);
    const result = await call();
    setBusy(null);
    if (!result.ok) return setFailure(result.error);
    if (result.value.fault) return setFault(result.value.fault);
    await load();
  };

  if (closed) {
    return (
      <main className="welcome store-fault" id="content">
        <p role="status">{t('storeFault.close.closed')}</p>
      </main>
    );
  }
  if (!fault && !failure) return <Loading />;
  const rule = fault?.rule ?? (error.rule as StoreFaultView['rule']);
  const newest = fault?.backups[0] ?? null;

  return (
    <main className="welcome store-fault" id="content" aria-labelledby="store-fault-title">
      <h1 id="store-fault-title">
        <AlertOctagon aria-hidden size={24} />
        {t(`storeFault.title.${rule}`)}
      </h1>
      <p className="store-fault-message">{t(`storeFault.rules.${rule}`)}</p>
      {fault && (
        <p className="store-fault-folder">
          {t('storeFault.dataDir')}: <code>{fault.dataDir}</code>
        </p>
      )}
      {failure && <ErrorState error={failure} />}

      {rule === 'store.damaged' && fault && (
        <>
          <section aria-labelledby="store-fault-restore">
            <h2 id="store-fault-restore">{t('storeFault.restore.heading')}</h2>
            {newest ? (
              <>
                <p>{t('storeFault.restore.body', { when: formatInstant(newest.takenAt, i18n.language as Language) })}</p>
                <button
                  type="button"
                  className="primary"
                  disabled={busy !== null}
                  onClick={() => void run('restore', () => api['storeFault.restoreBackup']({ file: newest.file }))}
                >
                  {busy === 'restore' ? t('storeFault.restore.busy') : t('storeFault.restore.action')}
                </button>
              </>
            ) : (
              <p>{t('storeFault.restore.none')}</p>
            )}
          </section>
          <section aria-labelledby="store-fault-resync">
            <h2 id="store-fault-resync">{t('storeFault.resync.heading')}</h2>
            {fault.canResync ? (
              <>
                <p>{t('storeFault.resync.body')}</p>
                {confirmResync ? (
                  <div className="store-fault-confirm" role="group" aria-label={t('storeFault.resync.confirmQuestion')}>
                    <p>
                      <strong>{t('storeFault.resync.confirmQuestion')}</strong>
                    </p>
                    <button
                      type="button"
                      className="danger"
                      disabled={busy !== null}
                      onClick={() => void run('resync', () => api['storeFault.resync']({}))}
                    >
                      {busy === 'resync' ? t('storeFault.resync.busy') : t('storeFault.resync.confirm')}
                    </button>
                    <button type="button" disabled={busy !== null} onClick={() => setConfirmResync(false)}>
                      {t('storeFault.resync.cancel')}
                    </button>
                  </div>
                ) : (
                  <button type="button" disabled={busy !== null} onClick={() => setConfirmResync(true)}>
                    {t('storeFault.resync.action')}
                  </button>
                )}
              </>
            ) : (
              <p>{t('storeFault.resync.notEnrolled')}</p>
            )}
          </section>
        </>
      )}

      <hr />
      <button
        type="button"
        disabled={busy !== null}
        onClick={async () => {
          setBusy('close');
          const result = await api['storeFault.close']({});
          setBusy(null);
          if (result.ok) setClosed(true);
          else setFailure(result.error);
        }}
      >
        {t('storeFault.close.action')}
      </button>
    </main>
  );
}

/** Is this error the store's fault state (rather than a failed call)? */
export const isStoreFault = (error: ApiError | null): error is ApiError => error?.rule?.startsWith('store.') === true;
