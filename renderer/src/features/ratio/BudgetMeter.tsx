import { useTranslation } from 'react-i18next';
import type { RatioUnitDay } from '../../../../shared/contract/views';
import type { Language } from '../../i18n';
import { explanationText } from './ratioLanguage';

/**
 * The day's deviation budget (three hours, or half an hour on a BSO school day) and the minutes
 * below the requirement used of it, as a meter with the numbers written out.
 */
export function BudgetMeter({ budget, label }: { budget: RatioUnitDay['budget']; label: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { minutes, used } = budget;
  const over = Math.max(0, used - minutes);
  const scale = Math.max(minutes, used, 1);
  const within = Math.min(used, minutes);
  const text = minutes === 0 && used === 0 ? t('ratio.budget.none') : t('ratio.budget.used', { used, budget: minutes });
  return (
    <div className="budget" title={explanationText(budget.explanation, language)}>
      <span className="budget-label">{t('ratio.budget.label')}</span>
      <div
        className="budget-bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={Math.max(minutes, used)}
        aria-valuenow={used}
        aria-valuetext={over > 0 ? `${text}, ${t('ratio.budget.over', { minutes: over })}` : text}
      >
        <span className="budget-fill" style={{ width: `${(within / scale) * 100}%` }} />
        {over > 0 && <span className="budget-over" style={{ width: `${(over / scale) * 100}%` }} />}
      </div>
      <span className="budget-text">
        {text}
        {over > 0 && <strong className="budget-over-text"> · {t('ratio.budget.over', { minutes: over })}</strong>}
      </span>
    </div>
  );
}
