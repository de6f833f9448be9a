import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDayView } from '../../../../shared/contract/views';
import type { Language } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { BudgetMeter } from '../ratio/BudgetMeter';
import { CHART_AXIS_WIDTH, RatioDayChart } from '../ratio/RatioDayChart';
import { RatioLevelBadge } from '../ratio/RatioLevelBadge';
import { SlotDetail } from '../ratio/SlotDetail';
import { SlotStrip } from '../ratio/SlotStrip';

/**
 * The ratio strip of the ratio screen for the group's unit (for BSO: the location's BSO), as
 * planned (contracts) or as it happened (check-in/out so far).
 */
export function GroupRatioStrip({ day }: { day: GroupDayView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [view, setView] = useState<'planned' | 'actual'>(day.ratio.actual && day.date < day.today ? 'actual' : 'planned');
  const [selected, setSelected] = useState<number | null>(null);
  const unit = view === 'actual' ? day.ratio.actual : day.ratio.planned;
  const label = unit?.name ?? day.group.name;
  return (
    <section className="card att-ratio" aria-labelledby="att-ratio-title">
      <header className="card-header att-ratio-header">
        <h2 id="att-ratio-title">{t('attendance.ratio', { name: label })}</h2>
        <div className="att-toggle" role="group" aria-label={t('attendance.ratioView')}>
          <button type="button" aria-pressed={view === 'planned'} onClick={() => setView('planned')}>
            {t('attendance.viewPlanned')}
          </button>
          <button type="button" aria-pressed={view === 'actual'} disabled={!day.ratio.actual} onClick={() => setView('actual')}>
            {t('attendance.viewActual')}
          </button>
        </div>
        {unit && <RatioLevelBadge level={unit.worst} />}
        {unit && <BudgetMeter budget={unit.budget} label={t('ratio.budget.aria', { name: unit.name })} />}
      </header>
      {!unit || unit.slots.length === 0 ? (
        <p className="muted att-pad">{view === 'actual' ? t('attendance.nobodyYet') : t('ratio.nobody')}</p>
      ) : (
        <div className="ratio-unit-body">
          <RatioDayChart
            slots={unit.slots}
            opensAt={day.opensAt}
            closesAt={day.closesAt}
            label={t('ratio.chart.label', { name: unit.name, day: formatDay(day.date, language) })}
            selectedStart={selected}
            onSelect={setSelected}
          />
          <div className="slot-strip-wrap" style={{ paddingLeft: CHART_AXIS_WIDTH, paddingRight: CHART_AXIS_WIDTH }}>
            <SlotStrip
              slots={unit.slots}
              opensAt={day.opensAt}
              closesAt={day.closesAt}
              label={t('ratio.slots.label', { name: unit.name })}
              selectedStart={selected}
              onSelect={setSelected}
            />
          </div>
          {selected !== null && unit.slots.some((s) => s.start === selected) && (
            <SlotDetail unit={unit} slot={unit.slots.find((s) => s.start === selected)!} onClose={() => setSelected(null)} />
          )}
        </div>
      )}
    </section>
  );
}
