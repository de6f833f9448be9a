import { CalendarCheck, ClipboardPaste, Copy, History, Scissors, Send, Undo2, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterAuditShift, StaffRosterWeek } from '../../../../shared/contract/views';
import { addDays } from '../../../../shared/domain/time/localDate';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import type { Language } from '../../i18n';
import { formatDay, formatInstant, formatTimeRange } from '../../i18n/format';
import { RatioImpact, ShortfallList } from './RatioImpact';
import { ruleText } from './ruleText';
import { StaffRosterGrid } from './StaffRosterGrid';
import { cellOf, useStaffRosterStore, type ChangeReport } from './staffRosterStore';
import './roster.css';
import { useReloadOnChange } from '../../app/useReloadOnChange';

const RELOAD_ON = new Set(['groups', 'placements', 'staff', 'shifts', 'staffAbsences', 'rosterWeeks', 'rosterAudit']);
const CONFLICTS_SHOWN = 8;

/** The editable staff roster of the week: publication, cell actions, the grid, notices, shortfalls and the audit trail. */
export function StaffRosterView({ locationId, weekStart }: { locationId: string; weekStart: string }) {
  const { t } = useTranslation();
  const week = useStaffRosterStore((s) => s.week);
  const status = useStaffRosterStore((s) => s.status);
  const error = useStaffRosterStore((s) => s.error);
  const { load, reload } = useStaffRosterStore.getState();

  useEffect(() => {
    void load(locationId, weekStart);
  }, [locationId, weekStart, load]);

  useReloadOnChange(RELOAD_ON, () => void reload());

  if (status === 'loading' || (!week && status !== 'error')) return <Loading />;
  if (status === 'error' && error) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!week) return null;
  if (week.staff.length === 0) return <Empty>{t('roster.empty')}</Empty>;

  return (
    <div className="staff-roster">
      <PublicationBar week={week} />
      <p className="muted small roster-hint">{t('staffRoster.hint')}</p>
      <CellActions week={week} />
      <CopyPlanPanel />
      <ReportPanel />
      <StaffRosterGrid week={week} />
      <div className="roster-panels">
        <ConflictsPanel week={week} />
        <ShortfallsPanel week={week} />
      </div>
      <AuditPanel week={week} />
    </div>
  );
}

function PublicationBar({ week }: { week: StaffRosterWeek }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { publish, planCopy } = useStaffRosterStore.getState();
  const p = week.publication;
  const published = p.status === 'published';
  return (
    <div className="roster-toolbar">
      <span className={published ? 'pub-badge published' : 'pub-badge draft'}>
        {published ? <CalendarCheck aria-hidden size={14} /> : <History aria-hidden size={14} />}
        {published ? t('staffRoster.publication.published') : t('staffRoster.publication.draft')}
      </span>
      {published && p.publishedAt && (
        <span className="muted small">
          {t('staffRoster.publication.publishedBy', { name: p.publishedBy ?? '', when: formatInstant(p.publishedAt, language) })} ·{' '}
          {t('staffRoster.publication.revision', { revision: p.revision })} · {t('staffRoster.publication.changes', { count: p.changes })}
        </span>
      )}
      {!published && <span className="muted small">{t('staffRoster.publication.draftHelp')}</span>}
      <span className="spacer" />
      <button type="button" onClick={() => void planCopy('week', week.weekStart, addDays(week.weekStart, 7))}>
        <Copy aria-hidden size={14} />
        {t('staffRoster.copy.week')}
      </button>
      <button type="button" className="primary" onClick={() => void publish()}>
        <Send aria-hidden size={14} />
        {published ? t('staffRoster.publication.republish') : t('staffRoster.publication.publish')}
      </button>
    </div>
  );
}

/** The focused cell's actions, for the mouse (the keyboard has them as keys). */
function CellActions({ week }: { week: StaffRosterWeek }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const active = useStaffRosterStore((s) => s.active);
  const clipboard = useStaffRosterStore((s) => s.clipboard);
  const editing = useStaffRosterStore((s) => s.editing);
  const { startEdit, clearCell, setAbsence, copy, paste } = useStaffRosterStore.getState();
  const cell = cellOf(week, active);
  if (!active || !cell) return null;
  const name = week.staff.find((r) => r.staffId === active.staffId)?.name ?? '';
  const clipName = clipboard ? (week.staff.find((r) => r.staffId === clipboard.from.staffId)?.name ?? '') : '';
  return (
    <div className="cell-actions" role="toolbar" aria-label={t('staffRoster.actions.label')}>
      <strong>
        {name}, {formatDay(active.date, language)}
      </strong>
      <button type="button" onClick={() => startEdit(active)} disabled={editing !== null} title="Enter">
        {t('staffRoster.actions.edit')}
      </button>
      <button type="button" onClick={() => void clearCell(active)} disabled={cell.shifts.length === 0} title="Delete">
        {t('staffRoster.actions.clear')}
      </button>
      {cell.absence ? (
        <button type="button" onClick={() => void setAbsence(active, null)}>
          {t('staffRoster.actions.removeAbsence')}
        </button>
      ) : (
        <>
          <button type="button" onClick={() => void setAbsence(active, 'sick')} title="ziek">
            {t('staffRoster.actions.sick')}
          </button>
          <button type="button" onClick={() => void setAbsence(active, 'leave')} title="verlof">
            {t('staffRoster.actions.leave')}
          </button>
        </>
      )}
      <button
        type="button"
        onClick={() => copy(active, 'copy')}
        disabled={cell.shifts.length === 0}
        title="Ctrl+C"
        aria-label={t('staffRoster.actions.copy')}
      >
        <Copy aria-hidden size={14} />
      </button>
      <button
        type="button"
        onClick={() => copy(active, 'cut')}
        disabled={cell.shifts.length === 0}
        title="Ctrl+X"
        aria-label={t('staffRoster.actions.cut')}
      >
        <Scissors aria-hidden size={14} />
      </button>
      <button
        type="button"
        onClick={() => void paste(active)}
        disabled={!clipboard}
        title="Ctrl+V"
        aria-label={t('staffRoster.actions.paste')}
      >
        <ClipboardPaste aria-hidden size={14} />
      </button>
      {clipboard && (
        <span className="muted small" role="status">
          {t(`staffRoster.clipboard.${clipboard.mode}`, { name: clipName, day: formatDay(clipboard.from.date, language) })}
        </span>
      )}
    </div>
  );
}

function CopyPlanPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const plan = useStaffRosterStore((s) => s.copyPlan);
  const { applyCopy, dismissCopy } = useStaffRosterStore.getState();
  if (!plan) return null;
  const to = plan.to;
  return (
    <section className="card copy-plan" aria-label={t('staffRoster.copy.title', { to: formatDay(to, language) })}>
      <h2>{t('staffRoster.copy.title', { to: formatDay(to, language) })}</h2>
      <p>{plan.copies.length ? t('staffRoster.copy.copies', { count: plan.copies.length }) : t('staffRoster.copy.nothing')}</p>
      {plan.skipped.length > 0 && (
        <>
          <p>{t('staffRoster.copy.skipped', { count: plan.skipped.length })}</p>
          <ul className="small">
            {plan.skipped.slice(0, 10).map((s) => (
              <li key={`${s.sourceId}-${s.date}`}>{ruleText(s, language)}</li>
            ))}
            {plan.skipped.length > 10 && <li className="muted">+{plan.skipped.length - 10}</li>}
          </ul>
        </>
      )}
      <div className="button-row">
        {plan.copies.length > 0 && (
          <button type="button" className="primary" onClick={() => void applyCopy()}>
            {t('staffRoster.copy.confirm')}
          </button>
        )}
        <button type="button" onClick={dismissCopy}>
          {t('staffRoster.actions.cancel')}
        </button>
      </div>
    </section>
  );
}

function reportText(report: ChangeReport, t: (key: string, params?: Record<string, unknown>) => string, language: Language): string {
  const day = typeof report.params.date === 'string' ? formatDay(report.params.date, language) : '';
  const kind = typeof report.params.kind === 'string' ? t(`staffRoster.absenceWord.${report.params.kind}`) : '';
  return t(`staffRoster.report.${report.kind}`, { ...report.params, day, kind });
}

/** What the last change did, with the ratio impact computed before it was saved, the groups short that day, and undo. */
function ReportPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const report = useStaffRosterStore((s) => s.report);
  const error = useStaffRosterStore((s) => s.saveError);
  const editing = useStaffRosterStore((s) => s.editing);
  const { dismissReport } = useStaffRosterStore.getState();
  if (error && !editing) {
    return (
      <div className="state state-error roster-report" role="alert">
        <p>{ruleText(error, language)}</p>
        <button
          type="button"
          onClick={() => useStaffRosterStore.setState({ saveError: null })}
          aria-label={t('staffRoster.actions.dismiss')}
        >
          <X aria-hidden size={14} />
        </button>
      </div>
    );
  }
  if (!report) return null;
  // a move changes two days: name both
  const dates = [
    ...new Set([
      ...(typeof report.params.date === 'string' ? [report.params.date] : []),
      ...(report.preview?.impact.map((u) => u.date) ?? []),
    ]),
  ].sort();
  const day = dates.map((d) => formatDay(d, language)).join(', ');
  return (
    <section className="card roster-report" aria-live="polite" aria-label={t('staffRoster.impact.title')}>
      <div className="report-head">
        <p role="status">{reportText(report, t, language)}</p>
        <span className="spacer" />
        {report.undo && (
          <button type="button" onClick={() => void report.undo?.()}>
            <Undo2 aria-hidden size={14} />
            {t('staffRoster.actions.undo')}
          </button>
        )}
        <button
          type="button"
          onClick={dismissReport}
          aria-label={t('staffRoster.actions.dismiss')}
          title={t('staffRoster.actions.dismiss')}
        >
          <X aria-hidden size={14} />
        </button>
      </div>
      {report.preview && (
        <div className="report-body">
          <div>
            <h3>{t('staffRoster.impact.title')}</h3>
            <RatioImpact impact={report.preview.impact} date={typeof report.params.date === 'string' ? report.params.date : undefined} />
          </div>
          <div>
            {report.preview.shortfalls.length > 0 ? (
              <>
                <h3>{t('staffRoster.shortfalls.after', { day })}</h3>
                <ShortfallList shortfalls={report.preview.shortfalls} label={t('staffRoster.shortfalls.after', { day })} />
              </>
            ) : (
              <p className="muted small">{t('staffRoster.shortfalls.afterNone', { day })}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function ConflictsPanel({ week }: { week: StaffRosterWeek }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [all, setAll] = useState(false);
  const list = week.conflicts.filter((c) => c.rule !== 'roster.group_short');
  const shown = all ? list : list.slice(0, CONFLICTS_SHOWN);
  return (
    <section className="card roster-panel" aria-labelledby="roster-conflicts">
      <h2 id="roster-conflicts">
        {t('staffRoster.conflicts.title')} <span className="muted small">{t('staffRoster.conflicts.count', { count: list.length })}</span>
      </h2>
      {list.length === 0 ? (
        <p className="muted">{t('staffRoster.conflicts.none')}</p>
      ) : (
        <ul className="conflict-list">
          {shown.map((c, i) => (
            <li key={`${c.rule}-${c.staffId}-${c.date}-${c.shiftId}-${i}`} className={`conflict conflict-${c.severity}`}>
              <span className="conflict-severity">{t(`staffRoster.conflicts.severity.${c.severity}`)}</span> {ruleText(c, language)}
            </li>
          ))}
        </ul>
      )}
      {list.length > CONFLICTS_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? '−' : `+${list.length - CONFLICTS_SHOWN}`}
        </button>
      )}
    </section>
  );
}

function ShortfallsPanel({ week }: { week: StaffRosterWeek }) {
  const { t } = useTranslation();
  const shortfalls = week.days.flatMap((d) => d.shortfalls);
  return (
    <section className="card roster-panel" aria-labelledby="roster-shortfalls">
      <h2 id="roster-shortfalls">{t('staffRoster.shortfalls.title')}</h2>
      {shortfalls.length === 0 ? (
        <p className="muted">{t('staffRoster.shortfalls.none')}</p>
      ) : (
        <ShortfallList shortfalls={shortfalls} label={t('staffRoster.shortfalls.title')} />
      )}
    </section>
  );
}

function AuditPanel({ week }: { week: StaffRosterWeek }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const audit = useStaffRosterStore((s) => s.audit);
  const { loadAudit } = useStaffRosterStore.getState();
  if (week.publication.status !== 'published') return null;
  const shiftText = (s: RosterAuditShift | null) =>
    s
      ? `${s.staffName}, ${formatDay(s.date, language)} ${formatTimeRange(s.start, s.end)} ${s.groupName}${
          s.breaks.length
            ? ` (${t('staffRoster.breakText', { times: s.breaks.map((b) => formatTimeRange(b.start, b.end)).join(', ') })})`
            : ''
        }`
      : '—';
  return (
    <section className="card roster-panel audit-panel" aria-labelledby="roster-audit">
      <div className="report-head">
        <h2 id="roster-audit">
          {t('staffRoster.audit.title')}{' '}
          <span className="muted small">{t('staffRoster.publication.changes', { count: week.publication.changes })}</span>
        </h2>
        <span className="spacer" />
        <button
          type="button"
          aria-expanded={audit !== null}
          onClick={() => (audit ? useStaffRosterStore.setState({ audit: null }) : void loadAudit())}
        >
          <History aria-hidden size={14} />
          {audit ? t('staffRoster.audit.hide') : t('staffRoster.audit.show')}
        </button>
      </div>
      {audit &&
        (audit.entries.length === 0 ? (
          <p className="muted">{t('staffRoster.audit.none')}</p>
        ) : (
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('staffRoster.audit.when')}</th>
                <th scope="col">{t('staffRoster.audit.who')}</th>
                <th scope="col">{t('staffRoster.audit.what')}</th>
                <th scope="col">{t('staffRoster.audit.before')}</th>
                <th scope="col">{t('staffRoster.audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.entries.map((e) => (
                <tr key={e.id}>
                  <td>{formatInstant(e.at, language)}</td>
                  <td>{e.by}</td>
                  <td>{t(`staffRoster.audit.action.${e.action}`)}</td>
                  <td>{shiftText(e.before)}</td>
                  <td>{shiftText(e.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
