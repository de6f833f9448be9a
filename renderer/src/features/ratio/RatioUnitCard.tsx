import { useTranslation } from 'react-i18next';
import type { RatioDay, RatioUnitDay } from '../../../../shared/contract/views';
import { formatDay } from '../../i18n/format';
import type { Language } from '../../i18n';
import { BudgetMeter } from './BudgetMeter';
import { CHART_AXIS_WIDTH, RatioDayChart } from './RatioDayChart';
import { asSentence, ruleText } from './ratioLanguage';
import { RatioLevelBadge } from './RatioLevelBadge';
import { SlotDetail } from './SlotDetail';
import { SlotStrip } from './SlotStrip';

/** One unit's day: header with the worst moment and the budget, the chart, the slot row, the opened slot, violations. */
export function RatioUnitCard({
  day,
  unit,
  selectedStart,
  onSelect,
}: {
  day: RatioDay;
  unit: RatioUnitDay;
  selectedStart: number | null;
  onSelect: (start: number | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const headingId = `unit-${unit.unitId}`;
  const selected = selectedStart === null ? null : (unit.slots.find((s) => s.start === selectedStart) ?? null);
  const dayLabel = formatDay(day.date, language);
  return (
    <article className="card ratio-unit" aria-labelledby={headingId} id={`ratio-unit-${unit.unitId}`}>
      <header className="card-header ratio-unit-header">
        <div className="ratio-unit-title">
          <h2 id={headingId}>{unit.name}</h2>
          <span className={`tag tag-${unit.careType}`}>{t(`careType.${unit.careType}`)}</span>
          {unit.kind === 'bso_location' && (
            <span className="muted small" title={t('ratio.bsoLocationHint')}>
              {t('ratio.bsoLocation')} · {t(day.bsoDay === 'school' ? 'ratio.bsoSchoolDay' : 'ratio.bsoFullDay')}
            </span>
          )}
        </div>
        <RatioLevelBadge level={unit.worst} />
        <BudgetMeter budget={unit.budget} label={t('ratio.budget.aria', { name: unit.name })} />
      </header>
      {unit.slots.length === 0 ? (
        <p className="muted ratio-unit-empty">{t('ratio.nobody')}</p>
      ) : (
        <div className="ratio-unit-body">
          <RatioDayChart
            slots={unit.slots}
            opensAt={day.opensAt}
            closesAt={day.closesAt}
            label={t('ratio.chart.label', { name: unit.name, day: dayLabel })}
            selectedStart={selectedStart}
            onSelect={onSelect}
          />
          <div className="slot-strip-wrap" style={{ paddingLeft: CHART_AXIS_WIDTH, paddingRight: CHART_AXIS_WIDTH }}>
            <SlotStrip
              slots={unit.slots}
              opensAt={day.opensAt}
              closesAt={day.closesAt}
              label={t('ratio.slots.label', { name: unit.name })}
              selectedStart={selectedStart}
              onSelect={onSelect}
            />
          </div>
          {selected && <SlotDetail unit={unit} slot={selected} onClose={() => onSelect(null)} />}
          {(unit.violations.length > 0 || unit.warnings.length > 0) && (
            <div className="ratio-findings">
              {unit.violations.length > 0 && (
                <>
                  <h3>{t('ratio.violations', { count: unit.violations.length })}</h3>
                  <ul>
                    {unit.violations.map((v, i) => (
                      <li key={i}>{ruleText(v, language)}</li>
                    ))}
                  </ul>
                </>
              )}
              {unit.warnings.map((w, i) => (
                <p key={i} className="muted small">
                  {asSentence(ruleText(w, language))}
                </p>
              ))}
            </div>
          )}
        </div>
      )}
    </article>
  );
}
