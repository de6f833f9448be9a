import { AlertTriangle, CheckCircle2, Clock, LogIn, LogOut, Pencil, TimerReset, XCircle } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { DayViewChild, GroupDayView } from '../../../../shared/contract/views';
import { stillPresentLate } from '../../../../shared/domain/plan/dayState';
import { formatTime, parseTime } from '../../../../shared/domain/time/timeOfDay';
import { navigate } from '../../app/navigation';
import { NoticeLine, type NoticeMessage } from '../../app/NoticeLine';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import { formatTimeRange } from '../../i18n/format';
import type { Language } from '../../i18n';
import { formatWeekdayDate } from '../children/dates';
import { HealthBanner } from '../children/HealthBanner';
import { planText } from '../children/planLanguage';
import { latePickupLink } from '../latePickups/registrationPreset';
import { closureName } from '../ratio/ratioLanguage';
import { useAttendanceStore } from './attendanceStore';
import { GroupRatioStrip } from './GroupRatioStrip';

const stateIcons = { expected: Clock, present: CheckCircle2, left: LogOut, absent: XCircle } as const;

/** The minute now at the desk: the core's `now` when the day arrived, run on by the browser's clock. */
function useNowMinutes(day: GroupDayView | null, loadedAt: number): number | null {
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setTick(Date.now()), 20_000);
    return () => window.clearInterval(id);
  }, []);
  if (!day || day.now === null) return null;
  return Math.min(24 * 60 - 1, day.now + Math.max(0, Math.floor((tick - loadedAt) / 60_000)));
}

/** A group's day: who is expected and when, check-in/out, the staff on shift, the ratio strip. */
export function DayView({
  locationId,
  groupId,
  date,
  onGroup,
}: {
  locationId: string;
  groupId: string | null;
  date: string;
  onGroup: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { day, dayStatus, dayError, loadedAt, notice } = useAttendanceStore();
  const { loadDay } = useAttendanceStore.getState();
  const now = useNowMinutes(day, loadedAt);
  // What was typed in the time field, for the day it was typed on (another day starts from "now" again).
  const [typedTime, setTypedTime] = useState<{ date: string; value: string }>({ date, value: '' });
  const time = typedTime.date === date ? typedTime.value : '';
  const setTime = (value: string) => setTypedTime({ date, value });

  useEffect(() => {
    void loadDay(locationId, groupId, date);
  }, [locationId, groupId, date, loadDay]);

  if (dayStatus === 'loading' || (dayStatus === 'idle' && !day)) return <Loading />;
  if (dayStatus === 'error' && dayError) return <ErrorState error={dayError} onRetry={() => void loadDay(locationId, groupId, date)} />;
  if (!day) return null;

  const canRegister = date <= day.today && day.closed === null;
  const typed = time === '' ? null : parseTime(time);
  /** The time an action registers: what was typed, else now (today), else the planned time (a past day); null when what was typed is no time. */
  const timeFor = (fallback: number): number | null => (time !== '' ? typed : (now ?? fallback));

  return (
    <div className="att-day">
      <div className="att-toolbar">
        <label className="field">
          <span>{t('attendance.group')}</span>
          <select value={day.group.groupId} onChange={(e) => onGroup(e.target.value)}>
            {day.groups.map((g) => (
              <option key={g.groupId} value={g.groupId}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <span className={`tag tag-${day.group.careType}`}>{t(`careType.${day.group.careType}`)}</span>
        <strong className="att-date">{formatWeekdayDate(day.date, language)}</strong>
        {canRegister && (
          <label className="field att-time">
            <span>{t('attendance.time')}</span>
            <input
              type="text"
              inputMode="numeric"
              size={5}
              maxLength={5}
              placeholder={t('attendance.timePlaceholder')}
              value={time || (now !== null ? formatTime(now) : '')}
              onChange={(e) => setTime(e.target.value)}
              aria-invalid={time !== '' && typed === null}
              aria-describedby="att-time-hint"
            />
            {time !== '' && now !== null && (
              <button type="button" onClick={() => setTime('')} title={t('attendance.backToNow')} aria-label={t('attendance.backToNow')}>
                <TimerReset aria-hidden size={15} />
              </button>
            )}
          </label>
        )}
      </div>
      <p id="att-time-hint" className="muted small">
        {!canRegister
          ? day.closed
            ? t('attendance.closed', { name: closureName(day.closed, language) })
            : t('attendance.future')
          : now !== null
            ? t('attendance.timeHintToday')
            : t('attendance.timeHintPast')}
      </p>
      <NoticeLine notice={notice} base="cp-notice" errorText={planText} />
      <div className="att-grid">
        <section className="card att-children" aria-labelledby="att-children-title">
          <header className="card-header">
            <h2 id="att-children-title">{t('attendance.children')}</h2>
            <span className="muted small">
              {t('attendance.counts', {
                expected: day.counts.expected,
                present: day.counts.present,
                left: day.counts.left,
                absent: day.counts.absent,
              })}
            </span>
          </header>
          {day.children.length === 0 ? (
            <Empty>{t('attendance.noChildren')}</Empty>
          ) : (
            <table className="att-table">
              <thead>
                <tr>
                  <th scope="col">{t('attendance.child')}</th>
                  <th scope="col">{t('attendance.planned')}</th>
                  <th scope="col">{t('attendance.arrival')}</th>
                  <th scope="col">{t('attendance.departure')}</th>
                  <th scope="col">{t('attendance.state')}</th>
                  <th scope="col">
                    <span className="cp-sr-only">{t('attendance.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {day.children.map((c) => (
                  <ChildRow key={c.childId} day={day} child={c} canRegister={canRegister} timeFor={timeFor} now={now} />
                ))}
              </tbody>
            </table>
          )}
          {canRegister && day.others.length > 0 && <UnplannedCheckIn day={day} timeFor={timeFor} />}
        </section>
        <aside className="att-side">
          <section className="card att-staff" aria-labelledby="att-staff-title">
            <header className="card-header">
              <h2 id="att-staff-title">{t('attendance.staff')}</h2>
            </header>
            {day.staff.length === 0 ? (
              <p className="muted small att-pad">{t('attendance.noStaff')}</p>
            ) : (
              <ul className="people staff att-staff-list">
                {day.staff.map((s) => (
                  <li
                    key={s.shiftId}
                    title={
                      s.breaks.length
                        ? t('roster.breaks', { times: s.breaks.map((b) => formatTimeRange(b.start, b.end)).join(', ') })
                        : undefined
                    }
                  >
                    <span className={`dot dot-${s.counts}`} aria-label={t(`ratio.counts.${s.counts}`)} role="img" />
                    <span className="name">{s.name}</span>
                    <span className="times">{formatTimeRange(s.start, s.end)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
      <GroupRatioStrip key={`${day.date}|${day.group.groupId}`} day={day} />
    </div>
  );
}

function ChildRow({
  day,
  child: c,
  canRegister,
  timeFor,
  now,
}: {
  day: GroupDayView;
  child: DayViewChild;
  canRegister: boolean;
  timeFor: (fallback: number) => number | null;
  /** The desk's minute now when the day is today; null on any other day. */
  now: number | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { run, say } = useAttendanceStore.getState();
  const [correcting, setCorrecting] = useState(false);
  const Icon = stateIcons[c.state];
  const open = c.stays.find((s) => s.checkOut === null);
  const last = c.stays.at(-1);
  const nextPlanned = c.planned.find((p) => !last || (last.checkOut !== null && p.start >= last.checkOut));
  const late = c.latePickup;
  // Still here after the contracted end (today): register it as the parent arrives, picked up now.
  const due = c.pickupDue;
  const overdue = due ? stillPresentLate(c.stays, due.contractedEnd, due.graceMinutes, now) : null;
  const lateLink = (l: { pickupTime: number }) =>
    latePickupLink({ childId: c.childId, groupId: day.group.groupId, date: day.date, pickupTime: l.pickupTime });

  const report = (error: Awaited<ReturnType<typeof run>>, success: NoticeMessage) =>
    say(error ? { kind: 'error', error } : { kind: 'success', ...success });

  const checkIn = async () => {
    const at = timeFor(nextPlanned?.start ?? c.planned[0]?.start ?? day.opensAt);
    if (at === null) return say({ kind: 'error', key: 'attendance.badTime' });
    const error = await run('attendance.checkIn', {
      id: uuidv7(),
      locationId: day.locationId,
      childId: c.childId,
      groupId: day.group.groupId,
      date: day.date,
      checkIn: at,
    });
    report(error, { key: 'attendance.checkedIn', params: { name: c.name, time: formatTime(at) } });
  };
  const checkOut = async () => {
    if (!open) return;
    const plannedEnd = c.planned.find((p) => p.end > open.checkIn)?.end ?? day.closesAt;
    const at = timeFor(plannedEnd);
    if (at === null) return say({ kind: 'error', key: 'attendance.badTime' });
    const error = await run('attendance.checkOut', { id: open.attendanceId, checkOut: at });
    report(error, { key: 'attendance.checkedOut', params: { name: c.name, time: formatTime(at) } });
  };

  return (
    <>
      <tr className={`att-row att-${c.state}${overdue ? ' att-overdue' : ''}`}>
        <th scope="row">
          <span className="att-name">{c.name}</span> <span className="muted small">{t('roster.age', { count: c.age })}</span>
          <HealthBanner health={c.health} compact />
          {overdue && (
            <div className="att-overdue-note small">
              <Clock aria-hidden size={12} />
              {t('attendance.overdue', { minutes: overdue.minutesLate, end: formatTime(overdue.contractedEnd) })}
            </div>
          )}
          {c.warnings.map((w) => (
            <div key={w.rule} className="att-warning small">
              <AlertTriangle aria-hidden size={12} /> {planText(w, language)}
            </div>
          ))}
        </th>
        <td>
          {c.planned.length ? (
            c.planned.map((p) => formatTimeRange(p.start, p.end)).join(', ')
          ) : (
            <span className="muted">{t('attendance.notPlanned')}</span>
          )}
        </td>
        <td>{c.stays.map((s) => formatTime(s.checkIn)).join(', ') || '–'}</td>
        <td>
          {c.stays.map((s) => (s.checkOut === null ? '…' : formatTime(s.checkOut))).join(', ') || '–'}
          {c.stays.some((s) => s.corrected) && <span className="muted small"> ({t('attendance.corrected')})</span>}
        </td>
        <td>
          <span className={`att-state att-state-${c.state}`}>
            <Icon aria-hidden size={14} />
            {t(`attendance.states.${c.state}`)}
          </span>
        </td>
        <td className="att-actions">
          {canRegister && !open && (c.stays.length === 0 || nextPlanned) && (
            <button
              type="button"
              className="att-in"
              onClick={() => void checkIn()}
              aria-label={t('attendance.checkInLabel', { name: c.name })}
            >
              <LogIn aria-hidden size={15} />
              {t('attendance.checkIn')}
            </button>
          )}
          {canRegister && open && (
            <button
              type="button"
              className="att-out"
              onClick={() => void checkOut()}
              aria-label={t('attendance.checkOutLabel', { name: c.name })}
            >
              <LogOut aria-hidden size={15} />
              {t('attendance.checkOut')}
            </button>
          )}
          {canRegister && last && (
            <button
              type="button"
              aria-expanded={correcting}
              onClick={() => setCorrecting(!correcting)}
              aria-label={t('attendance.correctLabel', { name: c.name })}
              title={t('attendance.correctLabel', { name: c.name })}
            >
              <Pencil aria-hidden size={14} />
            </button>
          )}
          {overdue &&
            (due?.registered ? (
              <span className="muted small">{t('attendance.lateRegistered')}</span>
            ) : (
              <a
                className="att-late"
                // Picked up now: the late-pickup screen fills in its form from these (registrationPreset.ts).
                href={`#/latePickups?${new URLSearchParams(lateLink(overdue)).toString()}`}
                title={t('attendance.registerLateNowHint', { time: formatTime(overdue.pickupTime) })}
                onClick={(e) => {
                  e.preventDefault();
                  navigate('latePickups', lateLink(overdue));
                }}
              >
                <Clock aria-hidden size={14} />
                {t('attendance.registerLateNow')}
              </a>
            ))}
          {late &&
            (late.registered ? (
              <span className="muted small">{t('attendance.lateRegistered')}</span>
            ) : (
              <a
                className="att-late"
                // The late-pickup screen fills in its form from these (registrationPreset.ts).
                href={`#/latePickups?${new URLSearchParams(lateLink(late)).toString()}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate('latePickups', lateLink(late));
                }}
              >
                <Clock aria-hidden size={14} />
                {t('attendance.registerLate', { minutes: late.minutesLate })}
              </a>
            ))}
        </td>
      </tr>
      {correcting && last && (
        <tr className="att-correct-row">
          <td colSpan={6}>
            <CorrectForm child={c} stay={last} onDone={() => setCorrecting(false)} />
          </td>
        </tr>
      )}
    </>
  );
}

function CorrectForm({ child, stay, onDone }: { child: DayViewChild; stay: DayViewChild['stays'][number]; onDone: () => void }) {
  const { t } = useTranslation();
  const { run, say } = useAttendanceStore.getState();
  const [checkIn, setCheckIn] = useState(formatTime(stay.checkIn));
  const [checkOut, setCheckOut] = useState(stay.checkOut === null ? '' : formatTime(stay.checkOut));
  const [reason, setReason] = useState('');
  const [voided, setVoided] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const inAt = parseTime(checkIn);
    const outAt = checkOut === '' ? null : parseTime(checkOut);
    if (inAt === null || (checkOut !== '' && outAt === null)) return say({ kind: 'error', key: 'attendance.badTime' });
    const error = await run('attendance.correct', { id: stay.attendanceId, checkIn: inAt, checkOut: outAt, voided, reason });
    if (error) return say({ kind: 'error', error });
    say({ kind: 'success', key: voided ? 'attendance.voidedDone' : 'attendance.correctedDone', params: { name: child.name } });
    onDone();
  };
  return (
    <form className="cp-form att-correct" onSubmit={(e) => void submit(e)} aria-label={t('attendance.correctLabel', { name: child.name })}>
      <label>
        <span>{t('attendance.arrival')}</span>
        <input
          value={checkIn}
          required
          size={5}
          maxLength={5}
          inputMode="numeric"
          placeholder={t('attendance.timePlaceholder')}
          onChange={(e) => setCheckIn(e.target.value)}
        />
      </label>
      <label>
        <span>{t('attendance.departure')}</span>
        <input
          value={checkOut}
          size={5}
          maxLength={5}
          inputMode="numeric"
          placeholder={t('attendance.timePlaceholder')}
          onChange={(e) => setCheckOut(e.target.value)}
        />
      </label>
      <label className="att-reason">
        <span>{t('attendance.reason')}</span>
        <input value={reason} required onChange={(e) => setReason(e.target.value)} />
      </label>
      <label className="cp-check">
        <input type="checkbox" checked={voided} onChange={(e) => setVoided(e.target.checked)} />
        <span>{t('attendance.void')}</span>
      </label>
      <div className="cp-form-buttons">
        <button type="submit" className="primary">
          {t('attendance.saveCorrection')}
        </button>
        <button type="button" onClick={onDone}>
          {t('children.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Check in a child of the location who is not planned in this group today (a swap or extra day). */
function UnplannedCheckIn({ day, timeFor }: { day: GroupDayView; timeFor: (fallback: number) => number | null }) {
  const { t } = useTranslation();
  const { run, say } = useAttendanceStore.getState();
  const [childId, setChildId] = useState('');
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const child = day.others.find((o) => o.childId === childId);
    if (!child) return;
    const at = timeFor(day.opensAt);
    if (at === null) return say({ kind: 'error', key: 'attendance.badTime' });
    const error = await run('attendance.checkIn', {
      id: uuidv7(),
      locationId: day.locationId,
      childId,
      groupId: day.group.groupId,
      date: day.date,
      checkIn: at,
    });
    say(
      error
        ? { kind: 'error', error }
        : { kind: 'success', key: 'attendance.checkedIn', params: { name: child.name, time: formatTime(at) } },
    );
    if (!error) setChildId('');
  };
  return (
    <form className="att-unplanned" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>{t('attendance.unplanned')}</span>
        <select value={childId} onChange={(e) => setChildId(e.target.value)}>
          <option value="">{t('attendance.chooseChild')}</option>
          {day.others.map((o) => (
            <option key={o.childId} value={o.childId}>
              {o.name} ({o.groupName})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!childId}>
        <LogIn aria-hidden size={15} />
        {t('attendance.checkIn')}
      </button>
    </form>
  );
}
