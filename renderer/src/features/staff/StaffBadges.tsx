import { BadgeCheck, CircleAlert, CircleHelp, CircleX, Clock, ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { StaffListItem } from '../../../../shared/contract/staffViews';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n';

/** PRK status as icon + words (never colour alone). */
export function PrkBadge({ staff }: { staff: Pick<StaffListItem, 'prk' | 'prkRegisteredOn'> }) {
  const { t, i18n } = useTranslation();
  const date = staff.prkRegisteredOn ? formatDate(staff.prkRegisteredOn, i18n.language as Language) : '';
  const Icon = staff.prk === 'registered' ? BadgeCheck : staff.prk === 'future' ? Clock : CircleHelp;
  return (
    <span className={`st-badge st-prk-${staff.prk}`}>
      <Icon aria-hidden size={14} />
      {t(`staff.prk.${staff.prk}`, { date })}
    </span>
  );
}

/** Kinder-EHBO status as icon + words. */
export function FirstAidBadge({ staff }: { staff: Pick<StaffListItem, 'firstAid' | 'ehboValidUntil'> }) {
  const { t, i18n } = useTranslation();
  const date = staff.ehboValidUntil ? formatDate(staff.ehboValidUntil, i18n.language as Language) : '';
  const Icon = staff.firstAid === 'valid' ? ShieldCheck : staff.firstAid === 'expiring' ? CircleAlert : CircleX;
  return (
    <span className={`st-badge st-fa-${staff.firstAid}`}>
      <Icon aria-hidden size={14} />
      {t(`staff.firstAid.${staff.firstAid}`, { date })}
    </span>
  );
}
