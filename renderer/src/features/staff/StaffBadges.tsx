import { BadgeCheck, CircleAlert, CircleHelp, CircleX, Clock, ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { StaffListItem } from '../../../../shared/contract/staffViews';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n';

/** PRK status as icon + words (never colour alone). */
/** `compact`: the words without the subject, for the table's PRK column. */
export function PrkBadge({ staff, compact = false }: { staff: Pick<StaffListItem, 'prk' | 'prkRegisteredOn'>; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const date = staff.prkRegisteredOn ? formatDate(staff.prkRegisteredOn, i18n.language as Language) : '';
  const Icon = staff.prk === 'registered' ? BadgeCheck : staff.prk === 'future' ? Clock : CircleHelp;
  return (
    <span className={`st-badge st-prk-${staff.prk}`}>
      <Icon aria-hidden size={14} />
      {t(`staff.${compact ? 'prkShort' : 'prk'}.${staff.prk}`, { date })}
    </span>
  );
}

/** Kinder-EHBO status as icon + words. */
export function FirstAidBadge({
  staff,
  compact = false,
}: {
  staff: Pick<StaffListItem, 'firstAid' | 'ehboValidUntil'>;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const date = staff.ehboValidUntil ? formatDate(staff.ehboValidUntil, i18n.language as Language) : '';
  const Icon = staff.firstAid === 'valid' ? ShieldCheck : staff.firstAid === 'expiring' ? CircleAlert : CircleX;
  return (
    <span className={`st-badge st-fa-${staff.firstAid}`}>
      <Icon aria-hidden size={14} />
      {t(`staff.${compact ? 'firstAidShort' : 'firstAid'}.${staff.firstAid}`, { date })}
    </span>
  );
}
