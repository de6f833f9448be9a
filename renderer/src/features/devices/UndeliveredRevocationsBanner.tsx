import { Phone, RefreshCw, TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndeliveredRevocations } from '../../../../shared/contract/views';
import { api } from '../../api/client';
import { useAppStore } from '../../app/appStore';
import './devices.css';
import { useNow } from './useNow';

/**
 * Above every screen while a revocation has not reached the hub (spec/devices.md: "it says so
 * loudly"): which devices, when the desk tries again, and whom to call meanwhile.
 */
export function UndeliveredRevocationsBanner() {
  const { t } = useTranslation();
  const count = useAppStore((s) => s.sync?.undeliveredRevocations ?? 0);
  const nextAttemptAt = useAppStore((s) => s.sync?.nextAttemptAt ?? null);
  const syncing = useAppStore((s) => s.sync?.state === 'syncing');
  const [details, setDetails] = useState<UndeliveredRevocations | null>(null);
  const now = useNow();

  useEffect(() => {
    if (count === 0) return;
    let live = true;
    void api['devices.undelivered']({}).then((result) => {
      if (live && result.ok) setDetails(result.value);
    });
    return () => {
      live = false;
    };
  }, [count]);

  if (count === 0) return null;
  const names = details?.devices.map((d) => d.name).join(', ') ?? '';
  const seconds = nextAttemptAt ? Math.max(0, Math.ceil((Date.parse(nextAttemptAt) - now) / 1000)) : null;
  const phone = details?.supportPhone ?? '';
  return (
    <section className="undelivered-banner" role="alert" aria-labelledby="undelivered-title">
      <TriangleAlert aria-hidden size={28} className="banner-icon" />
      <div className="banner-text">
        <h2 id="undelivered-title">{t('devices.banner.title')}</h2>
        <p>{t('devices.banner.body', { count, names })}</p>
        <p className="banner-support">
          <Phone aria-hidden size={16} />
          <strong>{phone ? t('devices.banner.support', { phone }) : t('devices.banner.supportNoPhone')}</strong>
        </p>
      </div>
      <div className="banner-actions">
        <span className="retry-countdown" aria-live="off">
          {syncing || seconds === 0 || seconds === null ? t('devices.banner.retrying') : t('devices.banner.retryIn', { seconds })}
        </span>
        <button type="button" onClick={() => void api['sync.now']({})} disabled={syncing}>
          <RefreshCw aria-hidden size={16} className={syncing ? 'spin' : undefined} />
          {t('devices.banner.retryNow')}
        </button>
      </div>
    </section>
  );
}
