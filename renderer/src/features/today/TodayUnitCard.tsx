import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { RatioLevel, RatioTodayUnit } from '../../../../shared/contract/views';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';
import { RatioLevelBadge } from '../ratio/RatioLevelBadge';

const VIOLATIONS: readonly RatioLevel[] = ['over_budget', 'understaffed', 'over_max'];

/** One unit now: the status at the desk's clock and until when, who is there against what is needed, what comes next. */
export function TodayUnitCard({ unit, onOpen }: { unit: RatioTodayUnit; onOpen: () => void }) {
  const { t } = useTranslation();
  const headingId = `today-${unit.unitId}`;
  const now = unit.now;
  const worstIsViolation = unit.worst !== null && VIOLATIONS.includes(unit.worst) && unit.worst !== now?.level;
  return (
    <article className={`card today-unit today-${now?.level ?? 'none'}`} aria-labelledby={headingId}>
      <header className="today-unit-header">
        <h2 id={headingId} title={unit.name}>
          {unit.name}
        </h2>
        <span className={`tag tag-${unit.careType}`}>{t(`careType.${unit.careType}`)}</span>
      </header>
      <div className="today-now">
        <span className="today-level">
          <RatioLevelBadge level={now?.level ?? null} size="large" />
          {now && now.level !== 'ok' && <span className="muted">{t('today.until', { time: formatTime(now.until) })}</span>}
        </span>
        {now ? (
          <span className="today-numbers">
            {t('today.children', { count: now.children })} · {t('today.staff', { staff: now.countingStaff, required: now.required ?? '–' })}
          </span>
        ) : (
          <span className="muted">
            {unit.upcoming !== null ? t('today.upcoming', { time: formatTime(unit.upcoming) }) : t('today.nobodyLater')}
          </span>
        )}
      </div>
      <ul className="today-facts">
        <li>
          {t('today.budget', { used: unit.deviationMinutes, budget: unit.budgetMinutes })}
          {unit.violationMinutes > 0 && (
            <strong className="budget-over-text"> · {t('today.violations', { minutes: unit.violationMinutes })}</strong>
          )}
        </li>
        <li>
          {unit.next
            ? t('today.next', { time: formatTime(unit.next.start), level: t(`ratio.level.${unit.next.level}`) })
            : t('today.noNext')}
        </li>
        {worstIsViolation && unit.worst && (
          <li>
            <strong className="budget-over-text">{t('today.worst', { level: t(`ratio.level.${unit.worst}`) })}</strong>
          </li>
        )}
      </ul>
      <button type="button" className="today-open" onClick={onOpen}>
        {t('today.openRatio', { name: unit.name })}
        <ArrowRight aria-hidden size={14} />
      </button>
    </article>
  );
}
