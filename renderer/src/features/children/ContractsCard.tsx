import { ArrowRightLeft, CalendarDays, CalendarX, FilePlus2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { ChildDetail, PlacementView } from '../../../../shared/contract/views';
import { formatDate, formatTimeRange } from '../../i18n/format';
import type { Language } from '../../i18n';
import { useChildrenStore } from './childrenStore';
import { dayBefore } from './dates';

/** The child's contracts, oldest first: a timeline, then each contract with its days and what can change. */
export function ContractsCard({ detail }: { detail: ChildDetail }) {
  const { t } = useTranslation();
  return (
    <section className="cp-section" aria-labelledby="contracts-title">
      <div className="cp-section-head">
        <h3 id="contracts-title">{t('children.contracts.title')}</h3>
        <button type="button" onClick={() => useChildrenStore.getState().openDialog({ kind: 'newContract' })}>
          <FilePlus2 aria-hidden size={15} />
          {t('childEdit.contract.new')}
        </button>
      </div>
      {detail.placements.length === 0 ? (
        <p className="muted">{t('children.contracts.none')}</p>
      ) : (
        <>
          <ContractTimeline detail={detail} />
          <ol className="cp-contracts">
            {detail.placements.map((p) => (
              <ContractItem key={p.placementId} detail={detail} placement={p} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

const DAY_MS = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The share of the scale at either end taken by its first and last date. */
const TODAY_LABEL_MARGIN = 0.12;

/**
 * The contracts on one line from the first start to half a year past today (or the last end): a
 * bar per contract in its care type's colour, labelled with the group, and a marker for today.
 */
function ContractTimeline({ detail }: { detail: ChildDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  // From the first start, or today when every contract is still to come (the marker stays on the line).
  const from = Math.min(ms(detail.placements[0]?.startDate ?? detail.today), ms(detail.today));
  const horizon = Math.max(ms(detail.today) + 183 * DAY_MS, ...detail.placements.map((p) => (p.endDate ? ms(p.endDate) + DAY_MS : 0)));
  const span = Math.max(DAY_MS, horizon - from);
  const pct = (t0: number) => `${(((t0 - from) / span) * 100).toFixed(2)}%`;
  // The word "vandaag" under the marker only where it does not cover the first or last date of the scale.
  const todayAt = (ms(detail.today) - from) / span;
  const todayLabelFits = todayAt > TODAY_LABEL_MARGIN && todayAt < 1 - TODAY_LABEL_MARGIN;
  const showBirthday =
    detail.placements.some((p) => p.careType === 'KDV') && ms(detail.fourthBirthday) < horizon && ms(detail.fourthBirthday) > from;
  return (
    <div className="cp-timeline" aria-hidden>
      <div className="cp-timeline-track">
        {detail.placements.map((p) => {
          const start = ms(p.startDate);
          const end = p.endDate ? ms(p.endDate) + DAY_MS : horizon;
          return (
            <span
              key={p.placementId}
              className={`cp-bar cp-bar-${p.careType} cp-bar-${p.status}${p.endDate ? '' : ' cp-bar-open'}`}
              style={{ left: pct(start), width: `calc(${pct(end)} - ${pct(start)})` }}
              title={`${p.groupName}: ${formatDate(p.startDate, language)} – ${p.endDate ? formatDate(p.endDate, language) : t('children.contracts.open')}`}
            >
              {p.groupName}
            </span>
          );
        })}
        <span className="cp-today" style={{ left: pct(ms(detail.today)) }} />
        {showBirthday && <span className="cp-birthday" style={{ left: pct(ms(detail.fourthBirthday)) }} />}
      </div>
      <div className="cp-timeline-scale muted small">
        <span>{formatDate(new Date(from).toISOString().slice(0, 10), language)}</span>
        {todayLabelFits && (
          <span className="cp-scale-today" style={{ left: pct(ms(detail.today)) }}>
            {t('children.contracts.today')}
          </span>
        )}
        <span>{formatDate(new Date(horizon - DAY_MS).toISOString().slice(0, 10), language)}</span>
      </div>
      {showBirthday && (
        <p className="cp-legend muted small">
          <span className="cp-legend-birthday" />{' '}
          {t('children.contracts.birthdayMark', { date: formatDate(detail.fourthBirthday, language) })}
        </p>
      )}
    </div>
  );
}

function ContractItem({ detail, placement: p }: { detail: ChildDetail; placement: PlacementView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [open, setOpen] = useState<'transfer' | 'end' | null>(null);
  const changeable = p.status !== 'ended';
  const transferable = changeable && detail.effectiveDates.some((d) => d > p.startDate && (p.endDate === null || d <= p.endDate));
  const period = `${formatDate(p.startDate, language)} – ${p.endDate ? formatDate(p.endDate, language) : t('children.contracts.open')}`;
  const headingId = `contract-${p.placementId}`;
  return (
    <li className={`cp-contract cp-contract-${p.status}`} aria-labelledby={headingId}>
      <div className="cp-contract-head">
        <h4 id={headingId}>
          {p.groupName} <span className={`tag tag-${p.careType}`}>{t(`careType.${p.careType}`)}</span>
        </h4>
        <span className={`cp-status cp-status-${p.status}`}>{t(`children.contracts.status.${p.status}`)}</span>
      </div>
      <p className="cp-period">{period}</p>
      <p className="muted small">
        {p.kind === 'flex'
          ? t('children.contracts.flex')
          : p.days.map((d) => `${t(`children.weekday.${d.weekday}`)} ${formatTimeRange(d.start, d.end)}`).join(' · ')}
      </p>
      {changeable && (
        <div className="cp-actions">
          {transferable && (
            <button type="button" aria-expanded={open === 'transfer'} onClick={() => setOpen(open === 'transfer' ? null : 'transfer')}>
              <ArrowRightLeft aria-hidden size={15} />
              {t('children.transfer.open')}
            </button>
          )}
          {p.kind === 'fixed' && (
            <button
              type="button"
              onClick={() => useChildrenStore.getState().openDialog({ kind: 'changeDays', placementId: p.placementId })}
            >
              <CalendarDays aria-hidden size={15} />
              {t('childEdit.contract.change')}
            </button>
          )}
          <button type="button" aria-expanded={open === 'end'} onClick={() => setOpen(open === 'end' ? null : 'end')}>
            <CalendarX aria-hidden size={15} />
            {t('children.end.open')}
          </button>
        </div>
      )}
      {open === 'transfer' && <TransferForm detail={detail} placement={p} onDone={() => setOpen(null)} />}
      {open === 'end' && <EndForm detail={detail} placement={p} onDone={() => setOpen(null)} />}
    </li>
  );
}

/** Group transfer: the new group (same care type) and an effective date within the contract. */
function TransferForm({ detail, placement: p, onDone }: { detail: ChildDetail; placement: PlacementView; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { run, say } = useChildrenStore.getState();
  const groups = detail.groups.filter((g) => g.careType === p.careType && g.groupId !== p.groupId);
  const dates = detail.effectiveDates.filter((d) => d > p.startDate && (p.endDate === null || d <= p.endDate));
  const [groupId, setGroupId] = useState(groups[0]?.groupId ?? '');
  const [date, setDate] = useState(dates[0] ?? '');
  const [busy, setBusy] = useState(false);
  const group = groups.find((g) => g.groupId === groupId);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!group || !date) return;
    setBusy(true);
    const error = await run('placement.transfer', { placementId: p.placementId, newPlacementId: uuidv7(), groupId, effectiveDate: date });
    setBusy(false);
    if (error) return say({ kind: 'error', error });
    say({ kind: 'success', key: 'children.transfer.done', params: { group: group.name, date: { date } } });
    onDone();
  };
  if (groups.length === 0) return <p className="muted small cp-form">{t('children.transfer.noGroups')}</p>;
  return (
    <form className="cp-form" onSubmit={(e) => void submit(e)} aria-label={t('children.transfer.label', { group: p.groupName })}>
      <label>
        <span>{t('children.transfer.group')}</span>
        <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
          {groups.map((g) => (
            <option key={g.groupId} value={g.groupId}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('children.transfer.date')}</span>
        <select value={date} onChange={(e) => setDate(e.target.value)}>
          {dates.map((d) => (
            <option key={d} value={d}>
              {formatDate(d, language)}
            </option>
          ))}
        </select>
      </label>
      {group && date && (
        <p className="small cp-preview">
          {t('children.transfer.preview', {
            from: p.groupName,
            last: formatDate(dayBefore(date), language),
            to: group.name,
            date: formatDate(date, language),
          })}
        </p>
      )}
      <p className="muted small">{t('children.effectiveHint', { days: detail.effectiveDays.join(` ${t('children.and')} `) })}</p>
      <div className="cp-form-buttons">
        <button type="submit" className="primary" disabled={busy || !date}>
          {t('children.transfer.submit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('children.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Ending a contract: its last day of care, the day before an effective date (or, for day care, before the 4th birthday). */
function EndForm({ detail, placement: p, onDone }: { detail: ChildDetail; placement: PlacementView; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { run, say } = useChildrenStore.getState();
  const yesterday = dayBefore(detail.today);
  const options = detail.effectiveDates.map(dayBefore).filter((d) => d >= yesterday && d >= p.startDate);
  if (p.careType === 'KDV' && detail.lastKdvDay >= yesterday && detail.lastKdvDay >= p.startDate && !options.includes(detail.lastKdvDay)) {
    options.push(detail.lastKdvDay);
    options.sort();
  }
  const [date, setDate] = useState(options[0] ?? '');
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!date) return;
    setBusy(true);
    const error = await run('placement.end', { placementId: p.placementId, endDate: date });
    setBusy(false);
    if (error) return say({ kind: 'error', error });
    say({ kind: 'success', key: 'children.end.done', params: { group: p.groupName, date: { date } } });
    onDone();
  };
  return (
    <form className="cp-form" onSubmit={(e) => void submit(e)} aria-label={t('children.end.label', { group: p.groupName })}>
      <label>
        <span>{t('children.end.date')}</span>
        <select value={date} onChange={(e) => setDate(e.target.value)}>
          {options.map((d) => (
            <option key={d} value={d}>
              {formatDate(d, language)}
              {d === detail.lastKdvDay ? ` (${t('children.end.beforeFour')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">{t('children.end.hint')}</p>
      <div className="cp-form-buttons">
        <button type="submit" className="primary" disabled={busy || !date}>
          {t('children.end.submit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('children.cancel')}
        </button>
      </div>
    </form>
  );
}
