import { useTranslation } from 'react-i18next';
import type { RosterGroup } from '../../../../shared/contract/views';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';
import { formatDay, formatTimeRange } from '../../i18n/format';
import type { Language } from '../../i18n';
import { closureName } from '../ratio/ratioLanguage';

/** One group's week: a column per day with the expected children and the staff on shift. */
export function RosterGroupTable({ group, today }: { group: RosterGroup; today: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const headingId = `group-${group.groupId}`;
  return (
    <article className="card roster-group" aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>{group.name}</h2>
        <span className={`tag tag-${group.careType}`}>{t(`careType.${group.careType}`)}</span>
        <span className="muted">
          {t('roster.ageRange', { from: ageLabel(group.ageMinMonths, t), to: ageLabel(group.ageMaxMonths, t) })} ·{' '}
          {t('roster.capacity', { capacity: group.capacity })}
        </span>
      </header>
      <table className="roster-table">
        <thead>
          <tr>
            {group.days.map((day) => (
              <th key={day.date} scope="col" aria-current={day.date === today ? 'date' : undefined}>
                {formatDay(day.date, language)}
                {!day.closed && (
                  <span className="day-counts">
                    {t('roster.childCount', { count: day.children.length })} ·{' '}
                    {t('roster.staffCount', { count: day.shifts.filter((s) => !s.absence).length })}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {group.days.map((day) => (
              <td key={day.date} className={day.closed ? 'closed' : undefined}>
                {day.closed ? (
                  <div className="closed-label">
                    {t('roster.closed')}: {closureName(day.closed, language)}
                  </div>
                ) : (
                  <>
                    <h3 className="cell-heading">{t('roster.staff')}</h3>
                    {day.shifts.length === 0 ? (
                      <p className="muted small">{t('roster.noStaff')}</p>
                    ) : (
                      <ul className="people staff">
                        {day.shifts.map((s) => (
                          <li
                            key={s.shiftId}
                            className={s.absence ? 'absent' : undefined}
                            title={
                              s.breaks.length
                                ? t('roster.breaks', { times: s.breaks.map((b) => formatTimeRange(b.start, b.end)).join(', ') })
                                : undefined
                            }
                          >
                            <span className={`dot dot-${s.counts}`} aria-label={t(countsKey(s.counts))} role="img" />
                            <span className="name" title={s.name}>
                              {s.name}
                            </span>
                            <span className="times">{formatTimeRange(s.start, s.end)}</span>
                            {s.absence && <span className="absence-tag">{t(`staffRoster.absence.${s.absence}`)}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                    <h3 className="cell-heading">{t('roster.children')}</h3>
                    {day.children.length === 0 ? (
                      <p className="muted small">{t('roster.noChildren')}</p>
                    ) : (
                      <ul className="people children">
                        {day.children.map((c) => (
                          <li key={c.childId}>
                            <span className="name" title={c.name}>
                              {c.name}
                            </span>
                            <span className="age">{t('roster.age', { count: c.age })}</span>
                            <span className="times">
                              {formatTime(c.start)}–{formatTime(c.end)}
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </article>
  );
}

function countsKey(counts: 'full' | 'trainee' | 'none'): string {
  return counts === 'full' ? 'roster.countsFull' : counts === 'trainee' ? 'roster.countsTrainee' : 'roster.countsNone';
}

function ageLabel(months: number, t: (key: string, options: { count: number }) => string): string {
  return months % 12 === 0 ? t('years', { count: months / 12 }) : t('months', { count: months });
}
