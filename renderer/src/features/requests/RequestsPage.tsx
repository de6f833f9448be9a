import { ChevronLeft, ChevronRight, PhoneCall, Plus } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { requestKinds } from '../../../../shared/domain/requests/request';
import type { RequestKind } from '../../../../shared/domain/requests/request';
import { addDays } from '../../../../shared/domain/time/localDate';
import { api } from '../../api/client';
import { useAppStore } from '../../app/appStore';
import { navigate } from '../../app/navigation';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import { formatDay, formatInstant } from '../../i18n/format';
import type { Language } from '../../i18n';
import { IntakeForm } from './IntakeForm';
import { LedgerView } from './LedgerView';
import { QueueList } from './QueueList';
import { ReasonDialog, RejectDialog } from './RequestDialogs';
import { RequestDetail } from './RequestDetail';
import { errorText, ruleText } from './requestsLanguage';
import { shownItems, useRequestsStore, type StatusFilter } from './requestsStore';
import './requests.css';
import { useReloadOnChange } from '../../app/useReloadOnChange';

const RELOAD_ON = new Set([
  'requests',
  'requestEvents',
  'hourLedger',
  'requestTasks',
  'schoolClosureDays',
  'billingLines',
  'shifts',
  'placements',
  'staffAbsences',
  'groups',
]);
const statusFilters: readonly StatusFilter[] = ['all', 'open', 'decided', 'approved', 'rejected'];

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * Aanvragen: the week's parent requests by day and group in queue order, each checked against the
 * rules and the what-if ratio; decide with the keyboard (j/k or arrows, a approve, r reject, o open
 * the child), approve all that fit for a day, enter a request that came by e-mail or phone, and
 * the hour ledgers with the credit about to lapse.
 */
export function RequestsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const locationId = useAppStore((s) => s.locationId);
  const { queue, status, error, selectedId, filters, view, ledgers, ledgersStatus, dialog, notice, busy, weekStart } = useRequestsStore();
  const store = useRequestsStore.getState();

  useEffect(() => {
    if (!locationId) return;
    const remembered = useRequestsStore.getState();
    void remembered.open(locationId, remembered.locationId === locationId ? remembered.weekStart : null);
  }, [locationId]);

  useReloadOnChange(RELOAD_ON, () => {
    if (!useRequestsStore.getState().busy) void useRequestsStore.getState().reload();
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useRequestsStore.getState();
      if (s.dialog || s.view !== 'queue' || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      const item = shownItems(s.queue).find((i) => i.id === s.selectedId);
      const key = e.key.toLowerCase();
      if (key === 'j' || e.key === 'ArrowDown') s.move(1);
      else if (key === 'k' || e.key === 'ArrowUp') s.move(-1);
      else if (key === 'a' && item?.status === 'submitted' && !s.busy) void s.approve(item);
      else if (key === 'r' && item?.status === 'submitted') s.setDialog({ type: 'reject', requestId: item.id });
      else if (key === 'o' && item) navigate('children', { child: item.childId });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!locationId) return <Empty>{t('location.none')}</Empty>;
  const items = shownItems(queue);
  const selected = items.find((i) => i.id === selectedId) ?? null;
  const dialogItem = dialog && dialog.type !== 'intake' ? items.find((i) => i.id === dialog.requestId) : undefined;
  const monday = queue?.weekStart ?? weekStart;

  return (
    <section className="page rq-page" aria-labelledby="rq-title">
      <div className="page-header">
        <div>
          <h1 id="rq-title">{t('requests.title')}</h1>
          <p className="muted">{t('requests.subtitle')}</p>
        </div>
        {monday && (
          <div className="week-nav" role="group" aria-label={t('requests.weekNav')}>
            <button type="button" onClick={() => void store.open(locationId, addDays(monday, -7))} aria-label={t('requests.previousWeek')}>
              <ChevronLeft aria-hidden size={18} />
            </button>
            <span className="week-label">
              <strong>{t('requests.week', { from: formatDay(monday, language), to: formatDay(addDays(monday, 4), language) })}</strong>
            </span>
            <button type="button" onClick={() => void store.open(locationId, addDays(monday, 7))} aria-label={t('requests.nextWeek')}>
              <ChevronRight aria-hidden size={18} />
            </button>
          </div>
        )}
      </div>

      <div className="rq-toolbar">
        <div className="rq-tabs" role="tablist" aria-label={t('requests.views')}>
          {(['queue', 'ledgers'] as const).map((v) => (
            <button key={v} type="button" role="tab" aria-selected={view === v} onClick={() => void store.setView(v)}>
              {t(`requests.view.${v}`)}
            </button>
          ))}
        </div>
        {view === 'queue' && (
          <div className="rq-filters">
            <label>
              <span>{t('requests.filter.kind')}</span>
              <select
                value={filters.kind ?? ''}
                onChange={(e) => void store.setFilters({ kind: (e.target.value || null) as RequestKind | null })}
              >
                <option value="">{t('requests.filter.allKinds')}</option>
                {requestKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`requests.kind.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('requests.filter.group')}</span>
              <select value={filters.groupId ?? ''} onChange={(e) => void store.setFilters({ groupId: e.target.value || null })}>
                <option value="">{t('requests.filter.allGroups')}</option>
                {queue?.groups.map((g) => (
                  <option key={g.groupId} value={g.groupId}>
                    {g.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('requests.filter.status')}</span>
              <select value={filters.status} onChange={(e) => void store.setFilters({ status: e.target.value as StatusFilter })}>
                {statusFilters.map((s) => (
                  <option key={s} value={s}>
                    {t(`requests.filter.statusValue.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        <span className="spacer" />
        <button type="button" onClick={() => store.setDialog({ type: 'intake' })}>
          <Plus aria-hidden size={16} />
          {t('requests.intake.open')}
        </button>
      </div>

      <div className={notice ? `rq-notice rq-notice-${notice.kind}` : 'rq-notice rq-notice-empty'} role="status" aria-live="polite">
        {notice?.kind === 'error' && errorText(notice.error, language)}
        {notice?.kind === 'success' && notice.key === 'bulk' && notice.bulk && (
          <>
            <strong>{t('requests.notice.bulk', { count: notice.bulk.approved.length })}</strong>
            {notice.bulk.stopped.map((s) => (
              <span key={s.requestId} className="rq-notice-line">
                {t('requests.notice.stopped', { group: s.groupName, child: s.childName })} {ruleText(s, language)}
              </span>
            ))}
          </>
        )}
        {notice?.kind === 'success' && notice.key !== 'bulk' && (
          <>
            <strong>{t(`requests.notice.${notice.key}`, { child: notice.childName ?? '' })}</strong>
            {notice.provisional && <span className="rq-notice-line">{t('requests.detail.waitsForSync')}</span>}
            {notice.parentMessage && (
              <span className="rq-notice-line">
                {t('requests.notice.parentGets')} <q lang="nl">{notice.parentMessage}</q>
              </span>
            )}
          </>
        )}
      </div>

      {queue && queue.tasks.length > 0 && (
        <section className="rq-tasks" aria-label={t('requests.tasks.title')}>
          <h2>
            <PhoneCall aria-hidden size={16} />
            {t('requests.tasks.title')}
          </h2>
          <ul>
            {queue.tasks.map((task) => (
              <li key={task.id}>
                {t('requests.tasks.call', { child: task.childName })}{' '}
                <span className="muted">
                  ({task.note}, {formatInstant(task.createdAt, language)})
                </span>
                <button type="button" onClick={() => void store.taskDone(task.id)}>
                  {t('requests.tasks.done')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {view === 'ledgers' ? (
        ledgersStatus === 'loading' || !ledgers ? (
          ledgersStatus === 'error' && error ? (
            <ErrorState error={error} onRetry={() => void store.setView('ledgers')} />
          ) : (
            <Loading />
          )
        ) : (
          <LedgerView ledgers={ledgers} />
        )
      ) : status === 'loading' && !queue ? (
        <Loading />
      ) : status === 'error' && error ? (
        <ErrorState error={error} onRetry={() => void store.reload()} />
      ) : !queue || items.length === 0 ? (
        <Empty>{t('requests.empty')}</Empty>
      ) : (
        <div className="rq-layout">
          <div className="rq-list-column">
            <p className="muted small rq-keys">{t('requests.keys')}</p>
            <QueueList
              queue={queue}
              selectedId={selectedId}
              onSelect={(id) => store.select(id)}
              onBulkApprove={(date) => void store.bulkApprove(date)}
              busy={busy}
            />
          </div>
          {selected && (
            <RequestDetail
              item={selected}
              role={queue.role}
              busy={busy}
              onApprove={() => void store.approve(selected)}
              onReject={() => store.setDialog({ type: 'reject', requestId: selected.id })}
              onRevoke={() => store.setDialog({ type: 'revoke', requestId: selected.id })}
              onConfirm={(stillNeeded) => void store.confirm(selected, stillNeeded)}
              onSetThreshold={(threshold) => void store.setThreshold(selected, threshold)}
              onResolveConflict={(seq) => void api['sync.resolveRejection']({ seq }).then(() => store.reload())}
            />
          )}
        </div>
      )}

      {dialog?.type === 'reject' && dialogItem && (
        <RejectDialog
          item={dialogItem}
          onReject={(reason) => void store.reject(dialogItem, reason)}
          onCancel={() => store.setDialog(null)}
        />
      )}
      {dialog?.type === 'outOfOrder' && dialogItem && (
        <ReasonDialog
          title={t('requests.outOfOrder.title', { child: dialogItem.childName })}
          intro={t('requests.outOfOrder.intro')}
          label={t('requests.outOfOrder.reason')}
          confirm={t('requests.action.approve')}
          onDone={(reason) => void store.approve(dialogItem, reason)}
          onCancel={() => store.setDialog(null)}
        />
      )}
      {dialog?.type === 'revoke' && dialogItem && (
        <ReasonDialog
          title={t('requests.revoke.title', { child: dialogItem.childName })}
          intro={t('requests.revoke.intro')}
          label={t('requests.revoke.reason')}
          confirm={t('requests.action.revoke')}
          danger
          onDone={(reason) => void store.revoke(dialogItem, reason)}
          onCancel={() => store.setDialog(null)}
        />
      )}
      {dialog?.type === 'intake' && (
        <IntakeForm
          locationId={locationId}
          onCancel={() => store.setDialog(null)}
          onDone={(childName) => {
            store.setDialog(null);
            store.say({ kind: 'success', key: 'submitted', childName });
            void store.reload();
          }}
        />
      )}
    </section>
  );
}
