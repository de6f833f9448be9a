import { CircleCheck, CircleX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { RatioDay } from '../../../../shared/contract/views';
import { slotRanges } from './staffLanguage';
import './staff.css';

/**
 * Kinder-EHBO on the ratio screen: per kindercentrum the 15-minute slots of the day with children
 * present and no adult with a valid certificate, with the rule named; or that the day is covered.
 * Icon and words, never colour alone.
 */
export function FirstAidGaps({ day }: { day: Pick<RatioDay, 'closed' | 'firstAid'> }) {
  const { t } = useTranslation();
  if (day.closed || day.firstAid.length === 0) return null;
  const gaps = day.firstAid.filter((c) => c.slots.length > 0);
  if (gaps.length === 0) {
    return (
      <p className="st-fa-line st-fa-ok" role="note">
        <CircleCheck aria-hidden size={16} />
        {t('staff.gaps.covered')}
      </p>
    );
  }
  return (
    <div className="st-fa-callout" role="note" aria-label={t('staff.gaps.title')}>
      <CircleX aria-hidden size={18} />
      <div>
        <strong>{t('staff.gaps.title')}</strong>
        <ul>
          {gaps.map((c) => (
            <li key={c.careType}>{t('staff.gaps.centre', { care: t(`careType.${c.careType}`), ranges: slotRanges(c.slots) })}</li>
          ))}
        </ul>
        <p className="small">{t('staff.gaps.rule')}</p>
      </div>
    </div>
  );
}
