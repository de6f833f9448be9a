/** Small wordings shared by the staff screen's parts: hours, the working period. */
import type { TFunction } from 'i18next';
import type { StaffListItem } from '../../../../shared/contract/staffViews';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n';

/** `32` / `32,5` (nl) or `32.5` (en) hours from minutes. */
export function formatHours(minutes: number, language: Language): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(minutes / 60);
}

/** The working period in a few words: `sinds 12 mrt 2022`, `12 mrt 2022 – 26 nov 2026`, or the status. */
export function periodText(staff: Pick<StaffListItem, 'status' | 'activeFrom' | 'activeTo'>, t: TFunction, language: Language): string {
  if (staff.status === 'ended' && staff.activeTo) return t('staff.status.ended', { date: formatDate(staff.activeTo, language) });
  if (staff.status === 'upcoming' && staff.activeFrom) return t('staff.status.upcoming', { date: formatDate(staff.activeFrom, language) });
  if (!staff.activeFrom) return '–';
  const from = formatDate(staff.activeFrom, language);
  return staff.activeTo ? `${from} – ${formatDate(staff.activeTo, language)}` : t('staff.status.since', { date: from });
}
