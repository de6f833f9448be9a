import { Ban, CircleCheck, Hourglass, TriangleAlert, UserX, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { RatioLevel } from '../../../../shared/contract/views';

/** Each level has its own icon, so the status never depends on colour alone. */
export const levelIcons: Record<RatioLevel, LucideIcon> = {
  ok: CircleCheck,
  deviation: TriangleAlert,
  over_budget: Hourglass,
  understaffed: UserX,
  over_max: Ban,
};

/** A ratio level as icon + word ("afwijking"), coloured per level; `null` is "nobody there". */
export function RatioLevelBadge({ level, size = 'normal' }: { level: RatioLevel | null; size?: 'normal' | 'large' }) {
  const { t } = useTranslation();
  if (level === null) return <span className="level-badge level-none">{t('ratio.level.none')}</span>;
  const Icon = levelIcons[level];
  return (
    <span className={`level-badge level-${level} level-badge-${size}`}>
      <Icon aria-hidden size={size === 'large' ? 20 : 14} />
      {t(`ratio.level.${level}`)}
    </span>
  );
}
