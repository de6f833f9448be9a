import { AlertOctagon, Pill } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { HealthBanner as Banner } from '../../../../shared/contract/childrenViews';
import './healthBanner.css';

/**
 * A child's allergy and medication wherever the child is listed (Kinderen, the day view, the
 * presence list), so staff cannot miss them: an icon and the words, not only a colour. Nothing
 * when the child has neither.
 */
export function HealthBanner({ health, compact = false }: { health: Banner | null; compact?: boolean }) {
  const { t } = useTranslation();
  if (!health) return null;
  return (
    <span className={`health-banner${compact ? ' health-banner-compact' : ''}`} title={compact ? t('childEdit.health.banner') : undefined}>
      {health.allergies !== '' && (
        <span className="health-item">
          <AlertOctagon aria-hidden size={compact ? 13 : 15} />
          <strong>{t('childEdit.health.allergies')}:</strong> {health.allergies}
        </span>
      )}
      {health.medication !== '' && (
        <span className="health-item">
          <Pill aria-hidden size={compact ? 13 : 15} />
          <strong>{t('childEdit.health.medication')}:</strong> {health.medication}
        </span>
      )}
    </span>
  );
}
