import { ArrowRight, TrendingDown, TrendingUp, UserX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { RatioLevel, RosterImpactView, RosterShortfallView } from '../../../../shared/contract/views';
import type { Language } from '../../i18n';
import { formatDay, formatTimeRange } from '../../i18n/format';
import { levelIcons } from '../ratio/RatioLevelBadge';
import '../ratio/ratio.css';
import { ruleText } from './ruleText';

const MAX_CHANGES = 5;
const LEVELS: readonly (RatioLevel | null)[] = [null, 'ok', 'deviation', 'over_budget', 'understaffed', 'over_max'];
/** The weightiest changes first (the worst level involved), then in time order. */
const weight = (c: RosterImpactView['changes'][number]) => Math.max(LEVELS.indexOf(c.from), LEVELS.indexOf(c.to));

/** A ratio level as a small icon-and-word chip; null is "nobody there". */
export function LevelChip({ level }: { level: RatioLevel | null }) {
  const { t } = useTranslation();
  if (level === null) return <span className="level-badge level-none">{t('staffRoster.impact.nobody')}</span>;
  const Icon = levelIcons[level];
  return (
    <span className={`level-badge level-${level}`}>
      <Icon aria-hidden size={12} />
      {t(`ratio.level.${level}`)}
    </span>
  );
}

/**
 * The what-if of an edit: per group the quarters that get worse or better, before it is saved.
 * A group's day is named when the edit touches several days or another day than `date` (a move).
 */
export function RatioImpact({ impact, date }: { impact: readonly RosterImpactView[]; date?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (impact.length === 0) return <p className="muted small impact-none">{t('staffRoster.impact.none')}</p>;
  const severalDays = new Set(impact.map((u) => u.date)).size > 1 || impact.some((u) => date !== undefined && u.date !== date);
  return (
    <div className="ratio-impact">
      {impact.map((unit) => (
        <div key={`${unit.date}-${unit.unitId}`} className="impact-unit">
          <div className="impact-head">
            <strong>{severalDays ? `${unit.name}, ${formatDay(unit.date, language)}` : unit.name}</strong>
            {unit.worse > 0 && (
              <span className="impact-worse">
                <TrendingDown aria-hidden size={14} />
                {t('staffRoster.impact.worse', { count: unit.worse })}
              </span>
            )}
            {unit.better > 0 && (
              <span className="impact-better">
                <TrendingUp aria-hidden size={14} />
                {t('staffRoster.impact.better', { count: unit.better })}
              </span>
            )}
          </div>
          <ul className="impact-changes">
            {[...unit.changes]
              .sort((a, b) => weight(b) - weight(a) || a.start - b.start)
              .slice(0, MAX_CHANGES)
              .map((c) => (
                <li key={c.start}>
                  <span className="impact-times">{formatTimeRange(c.start, c.end)}</span>
                  <LevelChip level={c.from} />
                  <ArrowRight aria-label="→" size={12} />
                  <LevelChip level={c.to} />
                </li>
              ))}
            {unit.changes.length > MAX_CHANGES && <li className="muted">+{unit.changes.length - MAX_CHANGES}</li>}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** The groups falling short, one sentence each, in the chosen language. */
export function ShortfallList({ shortfalls, label }: { shortfalls: readonly RosterShortfallView[]; label: string }) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <ul className="shortfall-list" aria-label={label}>
      {shortfalls.map((s) => (
        <li key={`${s.unitId}-${s.date}`}>
          <UserX aria-hidden size={14} className="shortfall-icon" />
          <span>{ruleText(s, language)}</span>
        </li>
      ))}
    </ul>
  );
}
