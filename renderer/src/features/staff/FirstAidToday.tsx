import { CircleAlert, CircleX } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/navigation';
import { useReloadOnChange } from '../../app/useReloadOnChange';
import { formatDate, formatList } from '../../i18n/format';
import type { Language } from '../../i18n';
import { useFirstAidStore } from './firstAidStore';
import { slotRanges } from './staffLanguage';
import './staff.css';

const RELOAD_ON = new Set(['staff', 'shifts', 'staffAbsences', 'placements', 'groups', 'locations']);

/**
 * Kinder-EHBO on Vandaag: a line when today has slots without a certificate holder (with the rule
 * named and a way to the ratio screen), and a notice of the certificates to renew. Nothing when
 * all is well; a failed read stays silent here (the ratio screen shows the same check).
 */
export function FirstAidToday({ locationId, date, onOpenRatio }: { locationId: string; date: string; onOpenRatio: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const day = useFirstAidStore((s) => s.day);
  const { load } = useFirstAidStore.getState();
  useEffect(() => {
    void load(locationId, date);
  }, [locationId, date, load]);
  useReloadOnChange(RELOAD_ON, () => void load(locationId, date));

  if (!day || day.locationId !== locationId || day.date !== date) return null;
  const names = day.expiring.map(
    (c) => `${c.name} (${t(c.expired ? 'staff.expiring.expired' : 'staff.expiring.until', { date: formatDate(c.validUntil, language) })})`,
  );
  return (
    <>
      {day.gaps.length > 0 && (
        <div className="st-fa-callout" role="note" aria-label={t('staff.gaps.today')}>
          <CircleX aria-hidden size={18} />
          <div>
            <strong>{t('staff.gaps.today')}</strong>
            <ul>
              {day.gaps.map((g) => (
                <li key={g.careType}>{t('staff.gaps.centre', { care: t(`careType.${g.careType}`), ranges: slotRanges(g.slots) })}</li>
              ))}
            </ul>
            <p className="small">{t('staff.gaps.rule')}</p>
            <button type="button" onClick={onOpenRatio}>
              {t('staff.gaps.open')}
            </button>
          </div>
        </div>
      )}
      {day.expiring.length > 0 && (
        <p className="st-fa-line st-fa-notice" role="note">
          <CircleAlert aria-hidden size={16} />
          <span>{t('staff.expiring.summary', { count: day.expiring.length, names: formatList(names, language) })}</span>
          <button type="button" className="st-link" onClick={() => navigate('staff')}>
            {t('staff.expiring.open')}
          </button>
        </p>
      )}
    </>
  );
}
