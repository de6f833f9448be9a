import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/time/localDate';
import { useAppStore } from '../../app/appStore';
import { navigate, usePageParams } from '../../app/navigation';
import { Empty } from '../../app/StateViews';
import { useAttendanceStore } from './attendanceStore';
import { DayView } from './DayView';
import { PresenceListView } from './PresenceListView';
import '../ratio/ratio.css';
import './attendance.css';
import { useReloadOnChange } from '../../app/useReloadOnChange';

const RELOAD_ON = new Set(['attendance', 'placements', 'children', 'shifts', 'staff', 'groups', 'latePickups', 'staffAbsences']);

/**
 * Aanwezigheid: per group and day the expected children with check-in/out, the staff on shift and
 * the ratio (planned and as it happened); and per location the presence list and staff deployment
 * of a day, to print or export (PDF, Excel, CSV). Group, day and tab are in the address
 * (`#/attendance?view=day&group=...&date=...`), so another screen can open a group's day.
 */
export function AttendancePage() {
  const { t } = useTranslation();
  const locationId = useAppStore((s) => s.locationId);
  const today = useAppStore((s) => s.info?.today ?? null);
  const params = usePageParams();
  const view = params.get('view') === 'presence' ? 'presence' : 'day';
  const date = params.get('date') ?? today ?? '';
  const groupParam = params.get('group');
  const { reload } = useAttendanceStore.getState();

  useReloadOnChange(RELOAD_ON, () => void reload());

  if (!locationId || !today) return <Empty>{t('location.none')}</Empty>;

  const go = (next: { view?: 'day' | 'presence'; date?: string; group?: string | null }) => {
    const p: Record<string, string> = { view: next.view ?? view, date: next.date ?? date };
    const group = next.group === undefined ? groupParam : next.group;
    if (group) p.group = group;
    navigate('attendance', p);
  };
  const maxDate = view === 'presence' ? today : undefined;

  return (
    <section className="page att-page" aria-labelledby="attendance-title">
      <div className="page-header no-print">
        <div>
          <h1 id="attendance-title">{t('attendance.title')}</h1>
          <p className="muted">{t('attendance.subtitle')}</p>
        </div>
        <div className="week-nav" role="group" aria-label={t('attendance.dayNav')}>
          <button
            type="button"
            onClick={() => go({ date: addDays(date, -1) })}
            aria-label={t('attendance.previousDay')}
            title={t('attendance.previousDay')}
          >
            <ChevronLeft aria-hidden size={18} />
          </button>
          <button type="button" onClick={() => go({ date: today })}>
            {t('attendance.today')}
          </button>
          <button
            type="button"
            onClick={() => go({ date: addDays(date, 1) })}
            disabled={maxDate !== undefined && date >= maxDate}
            aria-label={t('attendance.nextDay')}
            title={t('attendance.nextDay')}
          >
            <ChevronRight aria-hidden size={18} />
          </button>
          <label className="field">
            <span>{t('attendance.date')}</span>
            <input type="date" value={date} max={maxDate} onChange={(e) => e.target.value && go({ date: e.target.value })} />
          </label>
        </div>
      </div>
      <div className="att-tabs no-print" role="tablist" aria-label={t('attendance.tabs')}>
        <button
          type="button"
          role="tab"
          id="tab-day"
          aria-selected={view === 'day'}
          aria-controls="panel-day"
          onClick={() => go({ view: 'day' })}
        >
          {t('attendance.tabDay')}
        </button>
        <button
          type="button"
          role="tab"
          id="tab-presence"
          aria-selected={view === 'presence'}
          aria-controls="panel-presence"
          onClick={() => go({ view: 'presence', date: date > today ? today : date })}
        >
          {t('attendance.tabPresence')}
        </button>
      </div>
      {view === 'day' ? (
        <div role="tabpanel" id="panel-day" aria-labelledby="tab-day">
          <DayView locationId={locationId} groupId={groupParam} date={date} onGroup={(group) => go({ group })} />
        </div>
      ) : (
        <div role="tabpanel" id="panel-presence" aria-labelledby="tab-presence">
          <PresenceListView locationId={locationId} date={date} />
        </div>
      )}
    </section>
  );
}
