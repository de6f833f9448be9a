import { ShieldOff } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/contract/views';
import { formatInstant } from '../../i18n/format';
import type { Language } from '../../i18n';

/**
 * The hub revoked this desk: nothing of the location is shown any more (the core answers no
 * reads either), only what happened and what to do.
 */
export function RevokedPage({ sync }: { sync: SyncStatus }) {
  const { t, i18n } = useTranslation();
  const revocation = sync.revocation;
  return (
    <main className="welcome" id="content">
      <section className="form" aria-labelledby="revoked-title" role="alert">
        <h1 id="revoked-title">
          <ShieldOff aria-hidden size={22} /> {t('revoked.title')}
        </h1>
        <p>{revocation?.wiped ? t('revoked.wiped') : t('revoked.locked')}</p>
        {revocation?.message && (
          <p className="muted">
            {t('revoked.reason')}: {revocation.message}
          </p>
        )}
        {revocation?.at && (
          <p className="muted small">{t('revoked.at', { at: formatInstant(revocation.at, i18n.language as Language) })}</p>
        )}
        <p>{t('revoked.next')}</p>
      </section>
    </main>
  );
}
