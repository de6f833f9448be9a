import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeekNumber } from '../../../../shared/domain/time/localDate';
import { useAppStore } from '../../app/appStore';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import { formatLongDate } from '../../i18n/format';
import type { Language } from '../../i18n';
import { RosterGroupTable } from './RosterGroupTable';
import { useRosterStore } from './rosterStore';
import { StaffRosterView } from './StaffRosterView';
import { useReloadOnChange } from '../../app/useReloadOnChange';

type RosterView = 'staff' | 'groups';
const VIEW_KEY = 'opvangdesk.rosterView';

const RELOAD_ON = new Set(['groups', 'children', 'placements', 'staff', 'shifts', 'staffAbsences']);

export function RosterPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const locationId = useAppStore((s) => s.locationId);
  const today = useAppStore((s) => s.info?.today ?? null);
  const { week, weekStart, status, error, load, shiftWeeks } = useRosterStore();
  const [view, setView] = useState<RosterView>(() => (localStorage.getItem(VIEW_KEY) === 'groups' ? 'groups' : 'staff'));
  const chooseView = (next: RosterView) => {
    localStorage.setItem(VIEW_KEY, next);
    setView(next);
  };

  useEffect(() => {
    if (locationId && today) void load(locationId, weekStart ?? today);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only when the location changes
  }, [locationId, today]);

  useReloadOnChange(RELOAD_ON, () => {
    const current = useRosterStore.getState().weekStart;
    if (locationId && current) void load(locationId, current);
  });

  if (!locationId || !today) return <Empty>{t('location.none')}</Empty>;

  return (
    <section className="page" aria-labelledby="roster-title">
      <div className="page-header">
        <div>
          <h1 id="roster-title">
            {t('roster.title')} · {week?.locationName}
          </h1>
          <p className="muted">{t('roster.subtitle')}</p>
        </div>
        <div className="week-nav" role="group" aria-label={weekStart ? t('roster.week', { week: isoWeekNumber(weekStart) }) : undefined}>
          <button
            type="button"
            onClick={() => void shiftWeeks(locationId, -1)}
            aria-label={t('roster.previousWeek')}
            title={t('roster.previousWeek')}
          >
            <ChevronLeft aria-hidden size={18} />
          </button>
          <button type="button" onClick={() => void load(locationId, today)}>
            {t('roster.thisWeek')}
          </button>
          <button
            type="button"
            onClick={() => void shiftWeeks(locationId, 1)}
            aria-label={t('roster.nextWeek')}
            title={t('roster.nextWeek')}
          >
            <ChevronRight aria-hidden size={18} />
          </button>
          {weekStart && (
            <span className="week-label">
              <strong>{t('roster.week', { week: isoWeekNumber(weekStart) })}</strong>
              <span className="muted">{formatLongDate(weekStart, language)}</span>
            </span>
          )}
        </div>
      </div>
      <div className="view-tabs" role="tablist" aria-label={t('staffRoster.views.label')}>
        {(['staff', 'groups'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`roster-tab-${v}`}
            aria-selected={view === v}
            aria-controls={`roster-panel-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => chooseView(v)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') chooseView(view === 'staff' ? 'groups' : 'staff');
            }}
          >
            {t(`staffRoster.views.${v}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`roster-panel-${view}`} aria-labelledby={`roster-tab-${view}`}>
        {view === 'staff' && weekStart && <StaffRosterView locationId={locationId} weekStart={weekStart} />}
        {view === 'groups' && (
          <>
            {status === 'loading' && <Loading />}
            {status === 'error' && error && <ErrorState error={error} onRetry={() => weekStart && void load(locationId, weekStart)} />}
            {week && status !== 'loading' && week.groups.length === 0 && <Empty>{t('roster.empty')}</Empty>}
            {week &&
              status !== 'loading' &&
              week.groups.map((group) => <RosterGroupTable key={group.groupId} group={group} today={today} />)}
          </>
        )}
      </div>
    </section>
  );
}
