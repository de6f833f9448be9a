import { useVirtualizer } from '@tanstack/react-virtual';
import { AlertTriangle, Ban, Copy, Info, Loader2 } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterConflictView, StaffRosterCell, StaffRosterRow, StaffRosterWeek } from '../../../../shared/contract/views';
import { hoursText } from '../../../../shared/domain/roster/messages';
import { addDays } from '../../../../shared/domain/time/localDate';
import type { Language } from '../../i18n';
import { formatDay, formatTimeRange } from '../../i18n/format';
import { levelIcons } from '../ratio/RatioLevelBadge';
import { closureName } from '../ratio/ratioLanguage';
import { RatioImpact } from './RatioImpact';
import { ruleText } from './ruleText';
import { useStaffRosterStore, type CellRef } from './staffRosterStore';

/** Estimated row height; rows with two shifts or an open editor are measured. */
const ROW_HEIGHT = 58;
const PAGE_ROWS = 10;
const DRAG_TYPE = 'application/x-opvangdesk-shift';

const refKey = (ref: CellRef) => `${ref.staffId}|${ref.date}`;

function sameRef(a: CellRef | null, b: CellRef | null): boolean {
  return a !== null && b !== null && a.staffId === b.staffId && a.date === b.date;
}

/** The conflicts of each cell (`staffId|date`) and of each row (the week's contract hours). */
function conflictIndex(conflicts: readonly RosterConflictView[]) {
  const cells = new Map<string, RosterConflictView[]>();
  const rows = new Map<string, RosterConflictView[]>();
  for (const c of conflicts) {
    if (!c.staffId) continue;
    const map = c.date ? cells : rows;
    const k = c.date ? `${c.staffId}|${c.date}` : c.staffId;
    const list = map.get(k);
    if (list) list.push(c);
    else map.set(k, [c]);
  }
  return { cells, rows };
}

/**
 * The week's staff roster: a row per staff member, a column per open day. Rows are virtualised
 * (only those in view are in the DOM), so 40 staff scroll without lag. The keyboard does
 * everything (see `staffRoster.hint`); a shift can also be dragged to another cell.
 */
export function StaffRosterGrid({ week }: { week: StaffRosterWeek }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const active = useStaffRosterStore((s) => s.active);
  const editing = useStaffRosterStore((s) => s.editing);
  const clipboard = useStaffRosterStore((s) => s.clipboard);
  const { setActive, startEdit, clearCell, copy, paste, moveShift, planCopy, cancelEdit } = useStaffRosterStore.getState();
  const scrollRef = useRef<HTMLDivElement>(null);
  /** Focus follows `active` only once the person works in the grid (never stolen on load). */
  const focusWanted = useRef(false);
  const index = useMemo(() => conflictIndex(week.conflicts), [week.conflicts]);
  const rowOf = useMemo(() => new Map(week.staff.map((r, i) => [r.staffId, i])), [week.staff]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser re-renders the grid itself; nothing here is memoised on it
  const virtualizer = useVirtualizer({
    count: week.staff.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (i) => week.staff[i]?.staffId ?? i,
  });

  useEffect(() => {
    if (!focusWanted.current || !active || editing) return;
    const row = rowOf.get(active.staffId);
    if (row === undefined) return;
    virtualizer.scrollToIndex(row, { align: 'auto' });
    let tries = 0;
    const focus = () => {
      const el = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(refKey(active))}"]`);
      if (el) el.focus({ preventScroll: tries === 0 ? false : true });
      else if (tries++ < 5) requestAnimationFrame(focus);
    };
    requestAnimationFrame(focus);
  }, [active, editing, rowOf, virtualizer]);

  const move = (ref: CellRef, rows: number, cols: number): CellRef => {
    const r = Math.min(week.staff.length - 1, Math.max(0, (rowOf.get(ref.staffId) ?? 0) + rows));
    const c = Math.min(week.dates.length - 1, Math.max(0, week.dates.indexOf(ref.date) + cols));
    return { staffId: week.staff[r]?.staffId ?? ref.staffId, date: week.dates[c] ?? ref.date };
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (!target.dataset.cell || !active || editing) return;
    focusWanted.current = true;
    const ctrl = e.ctrlKey || e.metaKey;
    let next: CellRef | null = null;
    switch (e.key) {
      case 'ArrowUp':
        next = move(active, -1, 0);
        break;
      case 'ArrowDown':
        next = move(active, 1, 0);
        break;
      case 'ArrowLeft':
        next = move(active, 0, -1);
        break;
      case 'ArrowRight':
        next = move(active, 0, 1);
        break;
      case 'PageUp':
        next = move(active, -PAGE_ROWS, 0);
        break;
      case 'PageDown':
        next = move(active, PAGE_ROWS, 0);
        break;
      case 'Home':
        next = ctrl ? move(active, -week.staff.length, -week.dates.length) : move(active, 0, -week.dates.length);
        break;
      case 'End':
        next = ctrl ? move(active, week.staff.length, week.dates.length) : move(active, 0, week.dates.length);
        break;
      case 'Enter':
      case 'F2':
        e.preventDefault();
        startEdit(active);
        return;
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        void clearCell(active);
        return;
      case 'Escape':
        if (clipboard) useStaffRosterStore.setState({ clipboard: null });
        return;
      default:
        if (ctrl && (e.key === 'c' || e.key === 'x')) {
          e.preventDefault();
          copy(active, e.key === 'c' ? 'copy' : 'cut');
          return;
        }
        if (ctrl && e.key === 'v') {
          e.preventDefault();
          void paste(active);
          return;
        }
        if (!ctrl && !e.altKey && e.key.length === 1) {
          e.preventDefault();
          startEdit(active, e.key);
        }
        return;
    }
    e.preventDefault();
    setActive(next);
  };

  const columns = `minmax(190px, 1.1fr) repeat(${week.dates.length}, minmax(150px, 1fr))`;
  const items = virtualizer.getVirtualItems();

  return (
    <div
      className="staff-grid"
      role="grid"
      aria-label={t('staffRoster.gridLabel')}
      aria-rowcount={week.staff.length + 1}
      aria-colcount={week.dates.length + 1}
      ref={scrollRef}
      onKeyDown={onKeyDown}
      onFocus={() => (focusWanted.current = true)}
    >
      <div role="rowgroup" className="staff-grid-head">
        <div role="row" aria-rowindex={1} className="staff-grid-row" style={{ gridTemplateColumns: columns }}>
          <div role="columnheader" className="staff-grid-corner">
            {t('staffRoster.staffColumn')}
          </div>
          {week.days.map((day, i) => (
            <div role="columnheader" key={day.date} className={day.closed ? 'day-head closed' : 'day-head'} aria-colindex={i + 2}>
              <div className="day-head-top">
                <span className="day-name">{formatDay(day.date, language)}</span>
                {!day.closed && i < week.days.length - 1 && (
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => void planCopy('day', day.date, addDays(day.date, 1))}
                    aria-label={t('staffRoster.copy.day', { day: formatDay(day.date, language) })}
                    title={t('staffRoster.copy.day', { day: formatDay(day.date, language) })}
                  >
                    <Copy aria-hidden size={14} />
                  </button>
                )}
              </div>
              {day.closed ? (
                <span className="muted small">
                  {t('roster.closed')}: {closureName(day.closed, language)}
                </span>
              ) : (
                <ul className="day-units" aria-label={t('staffRoster.ratioDay', { day: formatDay(day.date, language) })}>
                  {day.units.map((u) => {
                    const level = u.worst;
                    const Icon = level ? levelIcons[level] : null;
                    const label = t('staffRoster.unitLevel', {
                      unit: u.name,
                      level: level ? t(`ratio.level.${level}`) : t('ratio.level.none'),
                    });
                    return (
                      <li key={u.unitId} className={`unit-chip level-${level ?? 'none'}`} title={label} aria-label={label}>
                        {Icon && <Icon aria-hidden size={11} />}
                        <span aria-hidden>{u.name}</span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="staff-grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = week.staff[item.index] as StaffRosterRow;
          const rowConflicts = index.rows.get(row.staffId) ?? [];
          const over = row.plannedMinutes > row.contractMinutes;
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="staff-grid-row"
              style={{
                gridTemplateColumns: columns,
                transform: `translateY(${item.start}px)`,
                // the open editor's what-if lies over the rows below
                zIndex: editing?.staffId === row.staffId ? 4 : undefined,
              }}
            >
              <div role="rowheader" className="staff-name-cell">
                <span className="staff-name">
                  <span className={`dot dot-${row.counts}`} role="img" aria-label={t(`staffRoster.counts.${row.counts}`)} />
                  {row.name}
                </span>
                <span
                  className={over ? 'staff-hours over' : 'staff-hours'}
                  title={[
                    t('staffRoster.hoursTitle', {
                      planned: hoursText(row.plannedMinutes, language),
                      contract: hoursText(row.contractMinutes, language),
                    }),
                    ...rowConflicts.map((c) => ruleText(c, language)),
                  ].join('\n')}
                >
                  {over && <AlertTriangle aria-label={t('staffRoster.overContract')} size={12} />}
                  {t('staffRoster.hours', {
                    planned: hoursText(row.plannedMinutes, language),
                    contract: hoursText(row.contractMinutes, language),
                  })}
                </span>
              </div>
              {row.cells.map((cell, col) => {
                const ref = { staffId: row.staffId, date: cell.date };
                return (
                  <RosterCell
                    key={cell.date}
                    row={row}
                    cell={cell}
                    colIndex={col + 2}
                    alignEnd={col >= week.dates.length - 2}
                    closed={week.days[col]?.closed != null}
                    isActive={sameRef(active, ref)}
                    isEditing={sameRef(editing, ref)}
                    isClipboard={clipboard !== null && sameRef(clipboard.from, ref)}
                    conflicts={index.cells.get(refKey(ref)) ?? []}
                    onActivate={() => {
                      focusWanted.current = true;
                      setActive(ref);
                    }}
                    onEdit={() => startEdit(ref)}
                    onDropShift={(shiftId, from) => void moveShift(shiftId, from, ref)}
                    onEditorDone={() => {
                      focusWanted.current = true;
                      setActive(ref);
                    }}
                    onEditorCancel={() => {
                      cancelEdit();
                      focusWanted.current = true;
                      setActive(ref);
                    }}
                  />
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function RosterCell({
  row,
  cell,
  colIndex,
  alignEnd,
  closed,
  isActive,
  isEditing,
  isClipboard,
  conflicts,
  onActivate,
  onEdit,
  onDropShift,
  onEditorDone,
  onEditorCancel,
}: {
  row: StaffRosterRow;
  cell: StaffRosterCell;
  colIndex: number;
  /** The editor's what-if opens towards the start (the last columns). */
  alignEnd: boolean;
  closed: boolean;
  isActive: boolean;
  isEditing: boolean;
  isClipboard: boolean;
  conflicts: readonly RosterConflictView[];
  onActivate: () => void;
  onEdit: () => void;
  onDropShift: (shiftId: string, from: CellRef) => void;
  onEditorDone: () => void;
  onEditorCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const day = formatDay(cell.date, language);
  const worst = conflicts.some((c) => c.severity === 'error')
    ? 'error'
    : conflicts.some((c) => c.severity === 'warning')
      ? 'warning'
      : conflicts.length
        ? 'info'
        : null;
  const content = [
    ...cell.shifts.map((s) =>
      [
        `${formatTimeRange(s.start, s.end)} ${s.groupName}`,
        ...s.breaks.map((b) => t('staffRoster.breakText', { times: formatTimeRange(b.start, b.end) })),
      ].join(', '),
    ),
    ...(cell.absence ? [`${t(`staffRoster.absence.${cell.absence.kind}`)} (${t('staffRoster.notCounted')})`] : []),
    ...conflicts.filter((c) => c.severity !== 'info').map((c) => ruleText(c, language)),
  ];
  const label = t('staffRoster.cellLabel', {
    name: row.name,
    day,
    content: content.length ? content.join('; ') : t('staffRoster.noShift'),
  });

  const [dropTarget, setDropTarget] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    setDropTarget(false);
    const data = e.dataTransfer.getData(DRAG_TYPE);
    if (!data) return;
    e.preventDefault();
    const parsed = JSON.parse(data) as { shiftId: string; from: CellRef };
    onDropShift(parsed.shiftId, parsed.from);
  };

  const classes = [
    'roster-cell',
    closed && 'closed',
    isActive && 'active',
    isClipboard && 'on-clipboard',
    dropTarget && 'drop-target',
    cell.absence && 'absent',
    worst && `has-${worst}`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      role="gridcell"
      aria-colindex={colIndex}
      aria-label={isEditing ? undefined : label}
      aria-selected={isActive}
      data-cell={`${row.staffId}|${cell.date}`}
      tabIndex={isActive && !isEditing ? 0 : -1}
      className={classes}
      onClick={onActivate}
      onDoubleClick={onEdit}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (!dropTarget) setDropTarget(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropTarget(false);
      }}
      onDrop={onDrop}
      title={isEditing ? undefined : content.join('\n') || undefined}
    >
      {isEditing ? (
        <CellEditor name={row.name} day={day} alignEnd={alignEnd} onDone={onEditorDone} onCancel={onEditorCancel} />
      ) : (
        <>
          {cell.absence && (
            <span className={`absence-tag absence-${cell.absence.kind}`}>
              <Ban aria-hidden size={11} />
              {t(`staffRoster.absence.${cell.absence.kind}`)}
            </span>
          )}
          {cell.shifts.map((s) => (
            <span
              key={s.shiftId}
              className="shift-chip"
              draggable
              title={[...content, '', t('staffRoster.dragShift')].join('\n')}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ shiftId: s.shiftId, from: { staffId: row.staffId, date: cell.date } }));
                e.dataTransfer.effectAllowed = 'move';
              }}
            >
              <span className="shift-times">{formatTimeRange(s.start, s.end)}</span>
              <span className="shift-group">{s.groupName}</span>
              {s.breaks.length > 0 && (
                <span className="shift-breaks">p {s.breaks.map((b) => formatTimeRange(b.start, b.end)).join(', ')}</span>
              )}
            </span>
          ))}
          {worst && worst !== 'info' && (
            <span className={`cell-flag flag-${worst}`} aria-hidden>
              {worst === 'error' ? <AlertTriangle size={12} /> : <Info size={12} />}
            </span>
          )}
        </>
      )}
    </div>
  );
}

/** The cell's text box with what the entry will do: the parse error, or the conflicts and ratio impact (the what-if). */
function CellEditor({
  name,
  day,
  alignEnd,
  onDone,
  onCancel,
}: {
  name: string;
  day: string;
  alignEnd: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const text = useStaffRosterStore((s) => s.text);
  const parsed = useStaffRosterStore((s) => s.parsed);
  const preview = useStaffRosterStore((s) => s.preview);
  const saving = useStaffRosterStore((s) => s.saving);
  const saveError = useStaffRosterStore((s) => s.saveError);
  const { setText, saveEdit } = useStaffRosterStore.getState();
  const input = useRef<HTMLInputElement>(null);
  const feedbackId = `editor-feedback-${day.replace(/\W/g, '')}`;

  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      if (!saving) void saveEdit().then((ok) => ok && onDone());
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };

  const entry = parsed?.ok ? parsed.value : null;
  const absenceKind = entry?.kind === 'absence' ? entry.absence : null;
  return (
    <div className="cell-editor" onClick={(e) => e.stopPropagation()}>
      <input
        ref={input}
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-label={t('staffRoster.editorLabel', { name, day })}
        aria-describedby={feedbackId}
        aria-invalid={parsed !== null && !parsed.ok}
        placeholder={t('staffRoster.editorPlaceholder')}
        title={t('staffRoster.editorHelp')}
        spellCheck={false}
        autoComplete="off"
      />
      <div id={feedbackId} className={alignEnd ? 'cell-feedback align-end' : 'cell-feedback'} role="status" aria-live="polite">
        {parsed && !parsed.ok && (
          <p className="entry-error">
            <AlertTriangle aria-hidden size={13} />
            {ruleText(parsed, language)}
          </p>
        )}
        {saveError && (
          <p className="entry-error" role="alert">
            <AlertTriangle aria-hidden size={13} />
            {ruleText(saveError, language)}
          </p>
        )}
        {entry && (
          <p className="entry-ok">
            {entry.kind === 'shifts' && t('staffRoster.willSave', { count: entry.shifts.length })}
            {entry.kind === 'empty' && t('staffRoster.willClear')}
            {absenceKind && t('staffRoster.willAbsence', { name, kind: t(`staffRoster.absenceWord.${absenceKind}`) })}
          </p>
        )}
        {entry && !preview && (
          <p className="muted small">
            <Loader2 aria-hidden size={12} className="spin" /> {t('staffRoster.checking')}
          </p>
        )}
        {entry && preview && (
          <>
            {preview.conflicts.length > 0 && (
              <ul className="conflict-list compact">
                {preview.conflicts.map((c, i) => (
                  <li key={i} className={`conflict conflict-${c.severity}`}>
                    <span className="conflict-severity">{t(`staffRoster.conflicts.severity.${c.severity}`)}</span> {ruleText(c, language)}
                  </li>
                ))}
              </ul>
            )}
            <RatioImpact impact={preview.impact} />
          </>
        )}
        {saving && <p className="muted small">{t('staffRoster.saving')}</p>}
      </div>
    </div>
  );
}
