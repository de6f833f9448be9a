import { CircleAlert, CircleX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ExpiringCertificateView } from '../../../../shared/contract/staffViews';
import { navigate } from '../../app/navigation';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n';

/** The kinder-EHBO certificates to renew (expired, or expiring within three months), soonest first. */
export function ExpiringCertificates({ certificates }: { certificates: readonly ExpiringCertificateView[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (certificates.length === 0) return null;
  return (
    <section className="card st-expiring" aria-labelledby="st-expiring-title">
      <header className="card-header">
        <h2 id="st-expiring-title">{t('staff.expiring.title')}</h2>
        <span className="muted small">{t('staff.expiring.hint')}</span>
      </header>
      <ul>
        {certificates.map((c) => (
          <li key={c.staffId}>
            <a
              href={`#/staff?staff=${encodeURIComponent(c.staffId)}`}
              onClick={(e) => {
                e.preventDefault();
                navigate('staff', { staff: c.staffId });
              }}
            >
              {c.name}
            </a>
            <span className={`st-badge ${c.expired ? 'st-fa-expired' : 'st-fa-expiring'}`}>
              {c.expired ? <CircleX aria-hidden size={14} /> : <CircleAlert aria-hidden size={14} />}
              {t(c.expired ? 'staff.expiring.expired' : 'staff.expiring.until', { date: formatDate(c.validUntil, language) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
