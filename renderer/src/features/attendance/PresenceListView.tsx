import { FileDown, FileSpreadsheet, FileText, Printer } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceList } from '../../../../shared/contract/views';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';
import { api } from '../../api/client';
import { NoticeLine } from '../../app/NoticeLine';
import { ErrorState, Loading } from '../../app/StateViews';
import { formatDate, formatTimeRange } from '../../i18n/format';
import type { Language } from '../../i18n';
import { HealthBanner } from '../children/HealthBanner';
import { planText } from '../children/planLanguage';
import { formatWeekdayDate } from '../children/dates';
import { downloadFile } from '../latePickups/download';
import { closureName } from '../ratio/ratioLanguage';
import { useAttendanceStore } from './attendanceStore';

type Format = 'pdf' | 'xlsx' | 'csv';

const stays = (list: PresenceList['groups'][number]['children'][number]['stays']): string =>
  list.map((s) => `${formatTime(s.checkIn)}–${s.checkOut === null ? '…' : formatTime(s.checkOut)}`).join(', ');

/** The presence list and staff deployment of the location on a day: on screen, printed, or as PDF, Excel or CSV. */
export function PresenceListView({ locationId, date }: { locationId: string; date: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { presence, presenceStatus, presenceError, notice } = useAttendanceStore();
  const { loadPresence, say } = useAttendanceStore.getState();
  const [exporting, setExporting] = useState<Format | null>(null);

  useEffect(() => {
    void loadPresence(locationId, date);
  }, [locationId, date, loadPresence]);

  const exportAs = async (format: Format) => {
    setExporting(format);
    const result = await api['presence.export']({ locationId, date, format });
    setExporting(null);
    if (!result.ok) return say({ kind: 'error', error: result.error });
    downloadFile(result.value);
    say({ kind: 'success', key: 'attendance.presence.exported', params: { file: result.value.filename } });
  };

  if (presenceStatus === 'loading' || (presenceStatus === 'idle' && !presence)) return <Loading />;
  if (presenceStatus === 'error' && presenceError)
    return <ErrorState error={presenceError} onRetry={() => void loadPresence(locationId, date)} />;
  if (!presence) return null;
  const list = presence;

  return (
    <div className="att-presence">
      <div className="att-toolbar no-print">
        <button type="button" onClick={() => window.print()} title={t('attendance.presence.printHint')}>
          <Printer aria-hidden size={16} />
          {t('attendance.presence.print')}
        </button>
        <button type="button" onClick={() => void exportAs('pdf')} disabled={exporting !== null}>
          <FileDown aria-hidden size={16} />
          {t('attendance.presence.pdf')}
        </button>
        <button type="button" onClick={() => void exportAs('xlsx')} disabled={exporting !== null}>
          <FileSpreadsheet aria-hidden size={16} />
          {t('attendance.presence.xlsx')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')} disabled={exporting !== null}>
          <FileText aria-hidden size={16} />
          {t('attendance.presence.csv')}
        </button>
      </div>
      <NoticeLine notice={notice} base="cp-notice" className="no-print" errorText={planText} />
      <header className="att-print-header">
        <h2>{t('attendance.presence.title', { location: list.locationName })}</h2>
        <p>
          <strong>{formatWeekdayDate(list.date, language)}</strong> ·{' '}
          {t('attendance.presence.totals', {
            planned: list.totals.planned,
            present: list.totals.present,
            absent: list.totals.absent,
            staff: list.totals.staff,
          })}
        </p>
        {list.closed && <p className="muted">{t('attendance.closed', { name: closureName(list.closed, language) })}</p>}
        {list.date < list.retention.keptFrom && (
          <p className="warning small">
            {t('attendance.presence.beforeRetention', { weeks: list.retention.weeks, date: formatDate(list.retention.keptFrom, language) })}
          </p>
        )}
      </header>
      {list.groups.map((g) => (
        <section key={g.groupId} className="card att-group" aria-labelledby={`pg-${g.groupId}`}>
          <header className="card-header">
            <h3 id={`pg-${g.groupId}`}>{g.name}</h3>
            <span className={`tag tag-${g.careType}`}>{t(`careType.${g.careType}`)}</span>
            <span className="muted small">
              {g.staff.length ? g.staff.map((s) => `${s.name} ${formatTimeRange(s.start, s.end)}`).join(' · ') : t('attendance.noStaff')}
            </span>
          </header>
          {g.children.length === 0 ? (
            <p className="muted small att-pad">{t('attendance.presence.nobody')}</p>
          ) : (
            <table className="att-table att-presence-table">
              <thead>
                <tr>
                  <th scope="col">{t('attendance.child')}</th>
                  <th scope="col">{t('children.dateOfBirth')}</th>
                  <th scope="col">{t('attendance.planned')}</th>
                  <th scope="col">{t('attendance.presence.present')}</th>
                  <th scope="col">{t('attendance.presence.remark')}</th>
                </tr>
              </thead>
              <tbody>
                {g.children.map((c) => (
                  <tr key={c.childId} className={c.absent ? 'att-absent' : undefined}>
                    <th scope="row">
                      {c.name} <HealthBanner health={c.health} compact />
                    </th>
                    <td>{formatDate(c.dateOfBirth, language)}</td>
                    <td>{c.planned.map((p) => formatTimeRange(p.start, p.end)).join(', ') || '–'}</td>
                    <td>{stays(c.stays) || '–'}</td>
                    <td>
                      {[
                        c.absent ? t('attendance.states.absent') : null,
                        !c.absent && c.unplanned ? t('attendance.notPlanned') : null,
                        c.stays.some((s) => s.checkOut === null) ? t('attendance.presence.notCheckedOut') : null,
                      ]
                        .filter(Boolean)
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <section className="card att-group" aria-labelledby="deployment-title">
        <header className="card-header">
          <h3 id="deployment-title">{t('attendance.presence.deployment')}</h3>
        </header>
        {list.staff.length === 0 ? (
          <p className="muted small att-pad">{t('attendance.presence.noShifts')}</p>
        ) : (
          <table className="att-table">
            <thead>
              <tr>
                <th scope="col">{t('attendance.presence.staffMember')}</th>
                <th scope="col">{t('attendance.presence.counts')}</th>
                <th scope="col">{t('attendance.group')}</th>
                <th scope="col">{t('attendance.presence.shift')}</th>
                <th scope="col">{t('attendance.presence.breaks')}</th>
                <th scope="col">{t('attendance.presence.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {list.staff.map((s) => (
                <tr key={s.staffId}>
                  <th scope="row">{s.name}</th>
                  <td>{t(`ratio.counts.${s.counts}`)}</td>
                  <td>{[...new Set(s.shifts.map((x) => x.groupName))].join(', ')}</td>
                  <td>{s.shifts.map((x) => formatTimeRange(x.start, x.end)).join(', ')}</td>
                  <td>{s.shifts.flatMap((x) => x.breaks.map((b) => formatTimeRange(b.start, b.end))).join(', ') || '–'}</td>
                  <td>{`${Math.floor(s.minutes / 60)}:${String(s.minutes % 60).padStart(2, '0')}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p className="muted small">{t('attendance.presence.retention', { weeks: list.retention.weeks })}</p>
    </div>
  );
}
