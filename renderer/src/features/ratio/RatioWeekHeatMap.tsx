import { useTranslation } from 'react-i18next';
import type { RatioWeek } from '../../../../shared/contract/views';
import { formatDay } from '../../i18n/format';
import type { Language } from '../../i18n';
import { closureName } from './ratioLanguage';
import { levelIcons } from './RatioLevelBadge';

/**
 * The week at a glance: per unit and open weekday the worst slot (icon + word + colour) and the
 * deviation minutes used; a day opens on click (or Enter).
 */
export function RatioWeekHeatMap({ week, date, onOpen }: { week: RatioWeek; date: string; onOpen: (date: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <table className="heatmap">
      <caption className="visually-hidden">{t('ratio.week.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ratio.week.unit')}</th>
          {week.dates.map((d) => (
            <th key={d} scope="col" aria-current={d === date ? 'date' : undefined}>
              {formatDay(d, language)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {week.units.map((unit) => (
          <tr key={unit.unitId}>
            <th scope="row">
              <span className="heatmap-unit">{unit.name}</span>
              <span className={`tag tag-${unit.careType}`}>{t(`careType.${unit.careType}`)}</span>
            </th>
            {unit.days.map((d) => {
              const day = formatDay(d.date, language);
              if (d.closed) {
                const why = closureName(d.closed, language);
                return (
                  <td key={d.date} className="heat-closed" aria-current={d.date === date ? 'date' : undefined}>
                    <span title={why}>{t('ratio.closed')}</span>
                  </td>
                );
              }
              const Icon = d.worst ? levelIcons[d.worst] : null;
              const word = d.worst ? t(`ratio.level.${d.worst}`) : t('ratio.level.none');
              const minutes = t('ratio.week.minutes', { used: d.deviationMinutes, budget: d.budgetMinutes });
              return (
                <td key={d.date} aria-current={d.date === date ? 'date' : undefined}>
                  <button
                    type="button"
                    className={`heat-cell level-${d.worst ?? 'none'}`}
                    onClick={() => onOpen(d.date)}
                    aria-label={t('ratio.week.cell', { unit: unit.name, day, level: word, minutes })}
                    aria-pressed={d.date === date}
                  >
                    <span className="heat-level">
                      {Icon && <Icon aria-hidden size={14} />}
                      <span className="heat-word">{word}</span>
                    </span>
                    <span className="heat-minutes">
                      {d.worst === null ? '\u00a0' : t('ratio.week.short', { used: d.deviationMinutes, budget: d.budgetMinutes })}
                    </span>
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
