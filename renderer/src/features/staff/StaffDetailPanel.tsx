import { CalendarX, Pencil, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../app/StateViews';
import { formatDate, formatDay, formatTimeRange } from '../../i18n/format';
import type { Language } from '../../i18n';
import { EndStaffDialog } from './EndStaffDialog';
import { FirstAidBadge, PrkBadge } from './StaffBadges';
import { StaffFormDialog } from './StaffFormDialog';
import { useStaffStore } from './staffStore';
import { formatHours } from './staffText';

/** The chosen staff member: their facts, shifts from today, and edit / end. */
export function StaffDetailPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { detail, detailStatus, detailError, staffId } = useStaffStore();
  const { open, run, say } = useStaffStore.getState();
  const [dialog, setDialog] = useState<'edit' | 'end' | null>(null);

  if (staffId === null) return <aside className="card st-detail st-detail-empty muted">{t('staff.choose')}</aside>;
  if (detailStatus === 'loading' && !detail)
    return (
      <aside className="card st-detail">
        <Loading />
      </aside>
    );
  if (detailStatus === 'error' && detailError) {
    return (
      <aside className="card st-detail">
        <ErrorState error={detailError} onRetry={() => void open(staffId)} />
      </aside>
    );
  }
  if (!detail) return null;

  const undoEnd = async () => {
    const error = await run('staff.end.v2', { staffId: detail.staffId, lastDay: null, removeShiftIds: [] });
    say(error ? { kind: 'error', error } : { kind: 'success', key: 'staff.notices.endUndone', params: { name: detail.name } });
  };

  return (
    <aside className="card st-detail" aria-labelledby="st-detail-title">
      <header className="card-header">
        <h2 id="st-detail-title">{detail.name}</h2>
        <span className="muted small">{detail.jobTitle}</span>
      </header>
      <dl className="st-facts">
        <dt>{t('staff.fields.counts')}</dt>
        <dd>{t(`staff.counts.${detail.counts}`)}</dd>
        <dt>{t('staff.fields.contractHours')}</dt>
        <dd>{t('staff.hours', { hours: formatHours(detail.contractMinutesPerWeek, language) })}</dd>
        <dt>{t('staff.fields.activeFrom')}</dt>
        <dd>{detail.activeFrom ? formatDate(detail.activeFrom, language) : '–'}</dd>
        {detail.activeTo && (
          <>
            <dt>{t('staff.fields.activeTo')}</dt>
            <dd>{formatDate(detail.activeTo, language)}</dd>
          </>
        )}
        <dt>{t('staff.columns.prk')}</dt>
        <dd>
          <PrkBadge staff={detail} compact />
        </dd>
        <dt>{t('staff.columns.firstAid')}</dt>
        <dd>
          <FirstAidBadge staff={detail} compact />
        </dd>
        {detail.externalId && (
          <>
            <dt>{t('staff.fields.externalId')}</dt>
            <dd>{detail.externalId}</dd>
          </>
        )}
      </dl>
      <div className="st-actions">
        <button type="button" onClick={() => setDialog('edit')}>
          <Pencil aria-hidden size={15} />
          {t('staff.detail.edit')}
        </button>
        {detail.activeTo === null ? (
          <button type="button" onClick={() => setDialog('end')}>
            <CalendarX aria-hidden size={15} />
            {t('staff.detail.end')}
          </button>
        ) : (
          <button type="button" onClick={() => void undoEnd()}>
            <Undo2 aria-hidden size={15} />
            {t('staff.detail.undoEnd')}
          </button>
        )}
      </div>
      <section className="st-shifts" aria-labelledby="st-shifts-title">
        <h3 id="st-shifts-title">{t('staff.detail.shifts')}</h3>
        {detail.upcomingShifts.length === 0 ? (
          <p className="muted small">{t('staff.detail.noShifts')}</p>
        ) : (
          <ul>
            {detail.upcomingShifts.map((s) => (
              <li key={s.shiftId}>
                <span className="st-shift-day">{formatDay(s.date, language)}</span>
                <span>{formatTimeRange(s.start, s.end)}</span>
                <span className="muted">{s.groupName}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {dialog === 'edit' && <StaffFormDialog locationId={detail.locationId} staff={detail} onClose={() => setDialog(null)} />}
      {dialog === 'end' && <EndStaffDialog staff={detail} onClose={() => setDialog(null)} />}
    </aside>
  );
}
