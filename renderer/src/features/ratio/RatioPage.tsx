import { ChevronLeft, ChevronRight, ShieldAlert } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocalDate, isoWeekNumber } from '../../../../shared/domain/time/localDate';
import { useAppStore } from '../../app/appStore';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import { formatLongDate } from '../../i18n/format';
import type { Language } from '../../i18n';
import './ratio.css';
import { asSentence, closureName, ruleText } from './ratioLanguage';
import { RatioUnitCard } from './RatioUnitCard';
import { RatioWeekHeatMap } from './RatioWeekHeatMap';
import { useRatioStore } from './ratioStore';
import { useReloadOnChange } from '../../app/useReloadOnChange';
import { FirstAidGaps } from '../staff/FirstAidGaps';

const RELOAD_ON = new Set(['groups', 'children', 'placements', 'staff', 'shifts', 'organisations', 'locations']);

/**
 * The ratio screen of a location and day: the week's heat map, each unit's day as a chart with
 * its slots, and the slot the manager opened with who is there and why it is (not) compliant.
 * Alt+PageUp and Alt+PageDown go to the previous and next day (Alt+arrows are the browser's back and forward).
 */
export function RatioPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const locationId = useAppStore((s) => s.locationId);
  const today = useAppStore((s) => s.info?.today ?? null);
  const { date, day, dayStatus, dayError, week, weekStatus, weekError, selected, focusUnitId } = useRatioStore();
  const { open, shiftDays, reload, select, focusHandled } = useRatioStore.getState();

  useEffect(() => {
    if (!locationId || !today) return;
    void open(locationId, useRatioStore.getState().date ?? today);
  }, [locationId, today, open]);

  useReloadOnChange(RELOAD_ON, () => void reload());

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'PageUp' && e.key !== 'PageDown')) return;
      e.preventDefault();
      void shiftDays(e.key === 'PageUp' ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shiftDays]);

  useEffect(() => {
    if (!focusUnitId || dayStatus !== 'ready') return;
    document.getElementById(`ratio-unit-${focusUnitId}`)?.scrollIntoView({ block: 'start' });
    focusHandled();
  }, [focusUnitId, dayStatus, focusHandled]);

  if (!locationId || !today) return <Empty>{t('location.none')}</Empty>;
  const shown = date ?? today;
  const locationName = day?.locationName ?? week?.locationName ?? '';

  return (
    <section className="page ratio-page" aria-labelledby="ratio-title">
      <div className="page-header">
        <div>
          <h1 id="ratio-title">
            {t('ratio.title')}
            {locationName && ` · ${locationName}`}
          </h1>
          <p className="muted">{t('ratio.subtitle')}</p>
        </div>
        <div className="week-nav" role="group" aria-label={t('ratio.dayNav')}>
          <button
            type="button"
            onClick={() => void shiftDays(-1)}
            aria-label={t('ratio.previousDay')}
            title={t('ratio.shortcut', { label: t('ratio.previousDay'), keys: 'Alt+PageUp' })}
          >
            <ChevronLeft aria-hidden size={18} />
          </button>
          <label className="field date-field">
            <span className="visually-hidden">{t('ratio.date')}</span>
            <input
              type="date"
              value={shown}
              onChange={(e) => {
                if (isLocalDate(e.target.value)) void open(locationId, e.target.value);
              }}
            />
          </label>
          <button
            type="button"
            onClick={() => void shiftDays(1)}
            aria-label={t('ratio.nextDay')}
            title={t('ratio.shortcut', { label: t('ratio.nextDay'), keys: 'Alt+PageDown' })}
          >
            <ChevronRight aria-hidden size={18} />
          </button>
          <button type="button" onClick={() => void open(locationId, today)} disabled={shown === today}>
            {t('ratio.today')}
          </button>
          <span className="week-label">
            <strong>{formatLongDate(shown, language)}</strong>
            <span className="muted">{t('ratio.weekNumber', { week: isoWeekNumber(shown) })}</span>
          </span>
        </div>
      </div>

      <section className="card ratio-week" aria-labelledby="ratio-week-title">
        <header className="card-header">
          <h2 id="ratio-week-title">{t('ratio.week.title')}</h2>
          <span className="muted small">{t('ratio.week.hint')}</span>
        </header>
        {weekStatus === 'loading' && !week && <Loading />}
        {weekStatus === 'error' && weekError && <ErrorState error={weekError} onRetry={() => void reload()} />}
        {week && week.units.length > 0 && <RatioWeekHeatMap week={week} date={shown} onOpen={(d) => void open(locationId, d)} />}
      </section>

      {dayStatus === 'loading' && <Loading />}
      {dayStatus === 'error' && dayError && <ErrorState error={dayError} onRetry={() => void reload()} />}
      {day && dayStatus === 'ready' && (
        <>
          {day.units.length === 0 && <Empty>{t('ratio.noGroups')}</Empty>}
          {day.closed && day.units.length > 0 && <Empty>{t('ratio.closedDay', { name: closureName(day.closed, language) })}</Empty>}
          {!day.closed && (day.safety.failures.length > 0 || day.warnings.length > 0) && (
            <div className="callout" role="note" aria-label={t('ratio.attention')}>
              <ShieldAlert aria-hidden size={18} />
              <div>
                <strong>{t('ratio.attention')}</strong>
                <ul>
                  {day.safety.failures.map((f, i) => (
                    <li key={`s${i}`}>{asSentence(ruleText(f, language))}</li>
                  ))}
                  {day.warnings.map((w, i) => (
                    <li key={`w${i}`}>{asSentence(ruleText(w, language))}</li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          <FirstAidGaps day={day} />
          {!day.closed &&
            day.units.map((unit) => (
              <RatioUnitCard
                key={unit.unitId}
                day={day}
                unit={unit}
                selectedStart={selected?.unitId === unit.unitId ? selected.start : null}
                onSelect={(start) => select(start === null ? null : { unitId: unit.unitId, start })}
              />
            ))}
        </>
      )}
    </section>
  );
}
