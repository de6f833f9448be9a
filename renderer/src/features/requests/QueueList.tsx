import { AlertTriangle, CheckCheck, CircleCheck, CircleX, Clock, CloudOff, Hourglass, Shuffle } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestItem, RequestQueue } from '../../../../shared/contract/requestViews';
import { formatDay, formatTimeRange } from '../../i18n/format';
import type { Language } from '../../i18n';

/** When the request is: `ma 30 nov 07:30–18:00`, an absence `ma 30 nov – wo 2 dec`. */
export function whenText(item: Pick<RequestItem, 'date' | 'endDate' | 'start' | 'end'>, language: Language): string {
  const day = formatDay(item.date, language);
  if (item.start === null || item.end === null) return item.endDate === item.date ? day : `${day} – ${formatDay(item.endDate, language)}`;
  return `${day} ${formatTimeRange(item.start, item.end)}`;
}

/** The flags of a request as small labels with an icon and a word (never colour alone). */
export function ItemFlags({ item }: { item: RequestItem }) {
  const { t } = useTranslation();
  return (
    <span className="rq-flags">
      {item.expiring && item.status === 'submitted' && (
        <span className="rq-flag rq-flag-warn">
          <Clock aria-hidden size={12} />
          {t('requests.flag.expiring')}
        </span>
      )}
      {item.outOfOrder && item.status === 'submitted' && (
        <span className="rq-flag">
          <Shuffle aria-hidden size={12} />
          {t('requests.flag.outOfOrder')}
        </span>
      )}
      {item.late && item.status === 'submitted' && (
        <span className="rq-flag rq-flag-warn">
          <Hourglass aria-hidden size={12} />
          {t('requests.flag.late')}
        </span>
      )}
      {item.awaitingParentConfirmation && (
        <span className="rq-flag rq-flag-warn">
          <Hourglass aria-hidden size={12} />
          {t('requests.flag.awaitingParent')}
        </span>
      )}
      {item.provisional && (
        <span className="rq-flag rq-flag-info">
          <CloudOff aria-hidden size={12} />
          {t('requests.flag.provisional')}
        </span>
      )}
      {item.conflict && (
        <span className="rq-flag rq-flag-danger">
          <AlertTriangle aria-hidden size={12} />
          {t('requests.flag.conflict')}
        </span>
      )}
    </span>
  );
}

/** Fits / does not fit, or the decision, as icon + word. */
export function FitBadge({ item }: { item: RequestItem }) {
  const { t } = useTranslation();
  if (item.status !== 'submitted') {
    // An absence is not decided but registered.
    const word = item.kind === 'absence' && item.status === 'approved' ? 'registered' : item.status;
    return <span className={`rq-badge rq-status-${item.status}`}>{t(`requests.status.${word}`)}</span>;
  }
  if (item.expired) return <span className="rq-badge rq-status-expired">{t('requests.fit.expired')}</span>;
  if (!item.check) return null;
  return item.check.fits ? (
    <span className="rq-badge rq-fits">
      <CircleCheck aria-hidden size={14} />
      {t('requests.fit.fits')}
    </span>
  ) : (
    <span className="rq-badge rq-does-not-fit">
      <CircleX aria-hidden size={14} />
      {t('requests.fit.doesNotFit')}
    </span>
  );
}

function Row({ item, selected, onSelect }: { item: RequestItem; selected: boolean; onSelect: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const label = `${item.childName}, ${t(`requests.kind.${item.kind}`)}, ${whenText(item, language)}`;
  return (
    <li
      ref={ref}
      role="option"
      aria-selected={selected}
      aria-label={label}
      className={`rq-row${selected ? ' rq-row-selected' : ''}${item.status !== 'submitted' ? ' rq-row-decided' : ''}`}
      onClick={() => onSelect(item.id)}
    >
      <span className="rq-row-main">
        <strong>{item.childName}</strong>
        <span className={`rq-kind rq-kind-${item.kind}`}>{t(`requests.kind.${item.kind}`)}</span>
        <span className="muted">{whenText(item, language)}</span>
      </span>
      <span className="rq-row-side">
        <ItemFlags item={item} />
        <FitBadge item={item} />
      </span>
    </li>
  );
}

/** The week's requests by day and group in queue order, expiring ones on top. */
export function QueueList({
  queue,
  selectedId,
  onSelect,
  onBulkApprove,
  busy,
}: {
  queue: RequestQueue;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onBulkApprove: (date: string) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <div className="rq-list" role="listbox" aria-label={t('requests.list.label')} tabIndex={-1}>
      {queue.expiring.length > 0 && (
        <section className="rq-day rq-expiring" role="group" aria-label={t('requests.list.expiring')}>
          <h3>
            <Clock aria-hidden size={16} />
            {t('requests.list.expiring')}
          </h3>
          <ul role="none">
            {queue.expiring.map((item) => (
              <Row key={item.id} item={item} selected={item.id === selectedId} onSelect={onSelect} />
            ))}
          </ul>
        </section>
      )}
      {queue.days.map((day) => {
        const open = day.groups.some((g) => g.items.some((i) => i.status === 'submitted' && i.kind !== 'absence'));
        return (
          <section key={day.date} className="rq-day" role="group" aria-label={formatDay(day.date, language)}>
            <header className="rq-day-header">
              <h3>{formatDay(day.date, language)}</h3>
              {open && (
                <button
                  type="button"
                  className="rq-bulk"
                  disabled={busy}
                  onClick={() => onBulkApprove(day.date)}
                  title={t('requests.bulk.title')}
                >
                  <CheckCheck aria-hidden size={16} />
                  {t('requests.bulk.button', { day: formatDay(day.date, language) })}
                </button>
              )}
            </header>
            {day.groups.map((group) => (
              <div
                key={group.groupId}
                className="rq-group"
                role="group"
                aria-label={`${formatDay(day.date, language)}, ${group.groupName}`}
              >
                <h4>{group.groupName}</h4>
                <ul role="none">
                  {group.items.map((item) => (
                    <Row key={item.id} item={item} selected={item.id === selectedId} onSelect={onSelect} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
