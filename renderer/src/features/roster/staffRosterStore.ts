/**
 * The staff roster's state: the week shown, the cell being edited with its parsed entry and
 * preview (the what-if from the core), the clipboard, and the last change with its ratio impact.
 * Every change goes through `mutate` with a named mutator; the rules live in shared/.
 */
import { v7 as uuidv7 } from 'uuid';
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/contract/errors';
import type { RosterAudit, RosterCopyPlan, RosterPreview, StaffRosterCell, StaffRosterWeek } from '../../../../shared/contract/views';
import { formatShiftEntry, parseShiftEntry } from '../../../../shared/domain/roster/shiftEntry';
import type { ShiftEntry } from '../../../../shared/domain/roster/shiftEntry';
import { weekStart as mondayOf } from '../../../../shared/domain/time/localDate';
import type { RuleResult } from '../../../../shared/result';
import { api } from '../../api/client';
import { planMove, type CellRef, type CellWrite } from './cellMoves';

export type { CellRef } from './cellMoves';

/** What the last change did: its sentence key and values, and the preview computed before it was saved. */
export type ChangeReport = {
  kind: 'saved' | 'cleared' | 'absence' | 'absenceRemoved' | 'moved' | 'copied' | 'published' | 'undone';
  params: Record<string, string | number>;
  preview: RosterPreview | null;
  /** Puts the cell back as it was. */
  undo: (() => Promise<void>) | null;
};

type Status = 'idle' | 'loading' | 'ready' | 'error';

type StaffRosterState = {
  locationId: string | null;
  weekStart: string | null;
  week: StaffRosterWeek | null;
  status: Status;
  error: ApiError | null;
  /** The cell with keyboard focus (the grid's roving tab stop). */
  active: CellRef | null;
  /** The cell being edited, its text, the parse and the core's preview of it. */
  editing: CellRef | null;
  text: string;
  parsed: RuleResult<ShiftEntry> | null;
  preview: RosterPreview | null;
  previewFor: string | null;
  saving: boolean;
  /** A save refused by the core: its message stays under the editor. */
  saveError: ApiError | null;
  clipboard: { mode: 'copy' | 'cut'; from: CellRef } | null;
  report: ChangeReport | null;
  audit: RosterAudit | null;
  copyPlan: RosterCopyPlan | null;

  load(locationId: string, date: string): Promise<void>;
  reload(): Promise<void>;
  setActive(cell: CellRef): void;
  startEdit(cell: CellRef, initial?: string): void;
  setText(text: string): void;
  cancelEdit(): void;
  saveEdit(): Promise<boolean>;
  clearCell(cell: CellRef): Promise<void>;
  setAbsence(cell: CellRef, kind: 'sick' | 'leave' | 'other' | null): Promise<void>;
  copy(cell: CellRef, mode: 'copy' | 'cut'): void;
  paste(target: CellRef): Promise<void>;
  /** Moves one shift (dragged) or, with `shiftId` null, all of a cell's shifts to another cell. */
  moveShift(shiftId: string | null, from: CellRef, to: CellRef): Promise<void>;
  planCopy(span: 'day' | 'week', from: string, to: string): Promise<void>;
  applyCopy(): Promise<void>;
  dismissCopy(): void;
  publish(): Promise<void>;
  loadAudit(): Promise<void>;
  dismissReport(): void;
};

export function cellOf(week: StaffRosterWeek | null, ref: CellRef | null): StaffRosterCell | null {
  if (!week || !ref) return null;
  return week.staff.find((r) => r.staffId === ref.staffId)?.cells.find((c) => c.date === ref.date) ?? null;
}

export function cellText(week: StaffRosterWeek, cell: StaffRosterCell): string {
  const names = new Map(week.groups.map((g) => [g.groupId, g.name]));
  return formatShiftEntry(cell.shifts, (id) => names.get(id) ?? id);
}

const key = (ref: CellRef) => `${ref.staffId}|${ref.date}`;
let previewTimer: ReturnType<typeof setTimeout> | null = null;
const PREVIEW_DELAY_MS = 150;

/** The shifts of a parsed entry with ids: the cell's existing ids are kept in order, new ones made here. */
function withIds(cell: StaffRosterCell | null, entry: Extract<ShiftEntry, { kind: 'shifts' }>) {
  const existing = cell?.shifts.map((s) => s.shiftId) ?? [];
  return entry.shifts.map((s, i) => ({ id: existing[i] ?? uuidv7(), groupId: s.groupId, start: s.start, end: s.end, breaks: s.breaks }));
}

export const useStaffRosterStore = create<StaffRosterState>((set, get) => {
  const mutate = async (name: Parameters<(typeof api)['mutate']>[0]['name'], args: unknown): Promise<ApiError | null> => {
    const result = await api.mutate({ name, args });
    return result.ok ? null : result.error;
  };

  const personName = (staffId: string) => get().week?.staff.find((s) => s.staffId === staffId)?.name ?? '';

  const setDay = async (
    cell: CellRef,
    shifts: { id: string; groupId: string; start: number; end: number; breaks: { start: number; end: number }[] }[],
  ) => mutate('shift.setDay', { locationId: get().locationId, staffId: cell.staffId, date: cell.date, shifts });

  /** An undo that writes the cells back as they were before a move (source first), then reloads. */
  const undoWrites = (writes: readonly CellWrite[], name: string): (() => Promise<void>) => {
    return async () => {
      let error: ApiError | null = null;
      for (const w of writes) {
        error = await setDay(w.cell, w.shifts);
        if (error) break;
      }
      if (error) set({ saveError: error });
      else set({ report: { kind: 'undone', params: { name }, preview: null, undo: null } });
      await get().reload();
    };
  };

  /** An undo that puts `cell` back to what it holds now (shifts and absence). */
  const undoOf = (ref: CellRef): (() => Promise<void>) => {
    const before = cellOf(get().week, ref);
    const shifts = (before?.shifts ?? []).map((s) => ({ id: s.shiftId, groupId: s.groupId, start: s.start, end: s.end, breaks: s.breaks }));
    const absence = before?.absence ?? null;
    return async () => {
      const current = cellOf(get().week, ref)?.absence ?? null;
      let error = await setDay(ref, shifts);
      if (!error && current && current.id !== absence?.id) error = await mutate('staffAbsence.remove', { id: current.id });
      if (!error && absence && absence.id !== current?.id) {
        error = await mutate('staffAbsence.register', {
          id: absence.id,
          locationId: get().locationId,
          staffId: ref.staffId,
          date: ref.date,
          kind: absence.kind,
          note: absence.note,
        });
      }
      if (error) set({ saveError: error });
      else set({ report: { kind: 'undone', params: { name: personName(ref.staffId) }, preview: null, undo: null } });
      await get().reload();
    };
  };

  const requestPreview = (
    ref: CellRef,
    body: { shifts?: ReturnType<typeof withIds>; absence?: 'sick' | 'leave' | 'other' | null },
    tag: string,
  ) => {
    if (previewTimer) clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      const locationId = get().locationId;
      if (!locationId) return;
      void api['roster.preview']({ locationId, staffId: ref.staffId, date: ref.date, ...body }).then((result) => {
        if (get().previewFor !== tag) return; // typed on meanwhile
        set({ preview: result.ok ? result.value : null });
      });
    }, PREVIEW_DELAY_MS);
  };

  return {
    locationId: null,
    weekStart: null,
    week: null,
    status: 'idle',
    error: null,
    active: null,
    editing: null,
    text: '',
    parsed: null,
    preview: null,
    previewFor: null,
    saving: false,
    saveError: null,
    clipboard: null,
    report: null,
    audit: null,
    copyPlan: null,

    async load(locationId, date) {
      const monday = mondayOf(date);
      const same = get().locationId === locationId && get().weekStart === monday;
      set({
        locationId,
        weekStart: monday,
        status: same && get().week ? 'ready' : 'loading',
        ...(same ? {} : { editing: null, active: null, report: null, audit: null, copyPlan: null, clipboard: null }),
      });
      const result = await api['roster.staffWeek']({ locationId, weekStart: monday });
      if (get().weekStart !== monday || get().locationId !== locationId) return;
      if (result.ok) {
        const week = result.value;
        const active = get().active ?? (week.staff[0] && week.dates[0] ? { staffId: week.staff[0].staffId, date: week.dates[0] } : null);
        set({ week, status: 'ready', error: null, active });
        if (get().audit) void get().loadAudit();
      } else set({ status: 'error', error: result.error });
    },

    async reload() {
      const { locationId, weekStart } = get();
      if (locationId && weekStart) await get().load(locationId, weekStart);
    },

    setActive(cell) {
      set({ active: cell });
    },

    startEdit(cell, initial) {
      const week = get().week;
      const current = cellOf(week, cell);
      const text = initial ?? (week && current ? cellText(week, current) : '');
      set({ editing: cell, active: cell, text, parsed: null, preview: null, previewFor: null, saveError: null });
      get().setText(text);
    },

    setText(text) {
      const { week, editing } = get();
      if (!week || !editing) return;
      const row = week.staff.find((r) => r.staffId === editing.staffId);
      const cell = cellOf(week, editing);
      const parsed = parseShiftEntry(text, {
        groups: week.groups.map((g) => ({ id: g.groupId, name: g.name })),
        defaultGroupId: cell?.shifts[0]?.groupId ?? row?.defaultGroupId ?? null,
      });
      const tag = `${key(editing)}:${text}`;
      set({ text, parsed, previewFor: tag, saveError: null });
      if (!parsed.ok) {
        set({ preview: null });
        return;
      }
      const entry = parsed.value;
      if (entry.kind === 'absence') requestPreview(editing, { absence: entry.absence }, tag);
      else requestPreview(editing, { shifts: entry.kind === 'shifts' ? withIds(cell, entry) : [] }, tag);
    },

    cancelEdit() {
      if (previewTimer) clearTimeout(previewTimer);
      set({ editing: null, text: '', parsed: null, preview: null, previewFor: null, saveError: null });
    },

    async saveEdit() {
      const { editing, parsed, week, locationId } = get();
      if (!editing || !parsed || !week || !locationId) return false;
      if (!parsed.ok) return false;
      const entry = parsed.value;
      const cell = cellOf(week, editing);
      set({ saving: true });
      const undo = undoOf(editing);
      let error: ApiError | null;
      let report: ChangeReport['kind'];
      let preview: RosterPreview | null = get().preview;
      if (entry.kind === 'absence') {
        error = await mutate('staffAbsence.register', {
          id: cell?.absence?.id ?? uuidv7(),
          locationId,
          staffId: editing.staffId,
          date: editing.date,
          kind: entry.absence,
        });
        report = 'absence';
      } else {
        const shifts = entry.kind === 'shifts' ? withIds(cell, entry) : [];
        if (!preview) {
          const r = await api['roster.preview']({ locationId, staffId: editing.staffId, date: editing.date, shifts });
          preview = r.ok ? r.value : null;
        }
        error = await setDay(editing, shifts);
        report = shifts.length === 0 ? 'cleared' : 'saved';
      }
      set({ saving: false });
      if (error) {
        set({ saveError: error });
        return false;
      }
      const params: Record<string, string | number> = { name: personName(editing.staffId), date: editing.date };
      if (entry.kind === 'absence') params.kind = entry.absence;
      set({ editing: null, text: '', parsed: null, preview: null, previewFor: null, report: { kind: report, params, preview, undo } });
      await get().reload();
      return true;
    },

    async clearCell(cell) {
      const { week, locationId } = get();
      const current = cellOf(week, cell);
      if (!locationId || !current || current.shifts.length === 0) return;
      const preview = await api['roster.preview']({ locationId, staffId: cell.staffId, date: cell.date, shifts: [] });
      const undo = undoOf(cell);
      const error = await setDay(cell, []);
      if (error) return set({ saveError: error, report: null });
      set({
        report: {
          kind: 'cleared',
          params: { name: personName(cell.staffId), date: cell.date },
          preview: preview.ok ? preview.value : null,
          undo,
        },
      });
      await get().reload();
    },

    async setAbsence(cell, kind) {
      const { week, locationId } = get();
      if (!locationId) return;
      const current = cellOf(week, cell);
      const preview = await api['roster.preview']({ locationId, staffId: cell.staffId, date: cell.date, absence: kind });
      const undo = undoOf(cell);
      let error: ApiError | null = null;
      if (kind === null) {
        if (!current?.absence) return;
        error = await mutate('staffAbsence.remove', { id: current.absence.id });
      } else {
        error = await mutate('staffAbsence.register', {
          id: current?.absence?.id ?? uuidv7(),
          locationId,
          staffId: cell.staffId,
          date: cell.date,
          kind,
        });
      }
      if (error) return set({ saveError: error });
      set({
        report: {
          kind: kind === null ? 'absenceRemoved' : 'absence',
          params: { name: personName(cell.staffId), date: cell.date, ...(kind ? { kind } : {}) },
          preview: preview.ok ? preview.value : null,
          undo,
        },
      });
      await get().reload();
    },

    copy(cell, mode) {
      set({ clipboard: { mode, from: cell } });
    },

    async paste(target) {
      const { clipboard, week, locationId } = get();
      if (!clipboard || !week || !locationId) return;
      const source = cellOf(week, clipboard.from);
      if (!source || source.shifts.length === 0) return;
      if (clipboard.mode === 'cut') {
        if (key(clipboard.from) === key(target)) return set({ clipboard: null });
        await get().moveShift(null, clipboard.from, target);
        if (!get().saveError) set({ clipboard: null });
        return;
      }
      const undo = undoOf(target);
      const error = await mutate('shift.copy', {
        locationId,
        copies: source.shifts.map((s) => ({ sourceId: s.shiftId, id: uuidv7(), staffId: target.staffId, date: target.date })),
      });
      if (error) return set({ saveError: error });
      set({
        saveError: null,
        report: {
          kind: 'copied',
          params: { name: personName(target.staffId), date: target.date, count: source.shifts.length },
          preview: null,
          undo,
        },
      });
      await get().reload();
    },

    async moveShift(shiftId, from, to) {
      const { week, locationId } = get();
      if (!week || !locationId) return;
      const plan = planMove(from, cellOf(week, from), to, cellOf(week, to), shiftId === null ? null : [shiftId]);
      if (!plan) return;
      // the what-if of both days, before the move is saved
      const preview = await api['roster.preview']({ locationId, staffId: to.staffId, date: to.date, shifts: plan.apply.shifts });
      const error = await setDay(plan.apply.cell, plan.apply.shifts);
      if (error) return set({ saveError: error });
      const name = personName(to.staffId);
      set({
        active: to,
        saveError: null,
        report: {
          kind: 'moved',
          params: { name, date: to.date, count: plan.moved },
          preview: preview.ok ? preview.value : null,
          undo: undoWrites(plan.undo, name),
        },
      });
      await get().reload();
    },

    async planCopy(span, from, to) {
      const locationId = get().locationId;
      if (!locationId) return;
      const result = await api['roster.planCopy']({ locationId, from, to, span });
      if (result.ok) set({ copyPlan: result.value, saveError: null });
      else set({ saveError: result.error, copyPlan: null });
    },

    async applyCopy() {
      const { copyPlan, locationId } = get();
      if (!copyPlan || !locationId) return;
      if (copyPlan.copies.length > 0) {
        const error = await mutate('shift.copy', {
          locationId,
          copies: copyPlan.copies.map((c) => ({ sourceId: c.sourceId, id: uuidv7(), staffId: c.staffId, date: c.date })),
        });
        if (error) return set({ saveError: error });
      }
      set({
        copyPlan: null,
        report: { kind: 'copied', params: { count: copyPlan.copies.length, date: copyPlan.to, name: '' }, preview: null, undo: null },
      });
      await get().reload();
    },

    dismissCopy() {
      set({ copyPlan: null });
    },

    async publish() {
      const { locationId, weekStart } = get();
      if (!locationId || !weekStart) return;
      const error = await mutate('rosterWeek.publish', { locationId, weekStart });
      if (error) return set({ saveError: error });
      set({ report: { kind: 'published', params: { date: weekStart }, preview: null, undo: null } });
      await get().reload();
    },

    async loadAudit() {
      const { locationId, weekStart } = get();
      if (!locationId || !weekStart) return;
      const result = await api['roster.audit']({ locationId, weekStart });
      if (result.ok && get().weekStart === weekStart) set({ audit: result.value });
    },

    dismissReport() {
      set({ report: null });
    },
  };
});
