/**
 * The late-pickup screen's state: the month shown with its registrations, the year's chart, the
 * child opened in the side panel, and the last thing that happened (every action says so).
 * Writes go through `mutate` with a `latePickup.*` mutator; the lists reload when the core says
 * the `latePickups` table changed.
 */
import { create } from 'zustand';
import type { ApiError, ApiResult } from '../../../../shared/contract/errors';
import type { InputOf } from '../../../../shared/contract/methods';
import type { LatePickupChart, LatePickupChild, LatePickupMonth } from '../../../../shared/contract/views';
import type { MutatorName } from '../../../../shared/mutators/names';
import { api } from '../../api/client';
import type { Notice } from '../../app/NoticeLine';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

type LatePickupsState = {
  locationId: string | null;
  /** `YYYY-MM`. */
  month: string | null;
  list: LatePickupMonth | null;
  listStatus: LoadStatus;
  listError: ApiError | null;
  chart: LatePickupChart | null;
  chartStatus: LoadStatus;
  chartError: ApiError | null;
  child: { childId: string; year: number; view: LatePickupChild | null; status: LoadStatus; error: ApiError | null } | null;
  /** What the last action did: shown in the page's status line. */
  notice: Notice | null;
  open(locationId: string, month: string): Promise<void>;
  reload(): Promise<void>;
  openChild(childId: string, year: number): Promise<void>;
  closeChild(): void;
  say(notice: Notice | null): void;
  /** Runs a mutator; on success reloads what is shown. Returns the error, or null. */
  run(name: MutatorName, args: unknown): Promise<ApiError | null>;
};

export function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const useLatePickupsStore = create<LatePickupsState>((set, get) => ({
  locationId: null,
  month: null,
  list: null,
  listStatus: 'idle',
  listError: null,
  chart: null,
  chartStatus: 'idle',
  chartError: null,
  child: null,
  notice: null,

  async open(locationId, month) {
    const before = get();
    const same = before.locationId === locationId && before.month === month;
    const year = Number(month.slice(0, 4));
    const chartChanged = before.locationId !== locationId || before.chart?.year !== year || before.chartStatus === 'error';
    set({
      locationId,
      month,
      listStatus: same && before.list ? 'ready' : 'loading',
      ...(chartChanged ? { chartStatus: 'loading' as const } : {}),
      ...(before.locationId !== locationId ? { child: null } : {}),
    });
    const current = () => get().locationId === locationId && get().month === month;
    const listCall = api['latePickups.month']({ locationId, month }).then((result) => {
      if (!current()) return;
      if (result.ok) set({ list: result.value, listStatus: 'ready', listError: null });
      else set({ list: null, listStatus: 'error', listError: result.error });
    });
    const chartCall = chartChanged
      ? api['latePickups.chart']({ locationId, year }).then((result) => {
          if (get().locationId !== locationId || Number((get().month ?? month).slice(0, 4)) !== year) return;
          if (result.ok) set({ chart: result.value, chartStatus: 'ready', chartError: null });
          else set({ chart: null, chartStatus: 'error', chartError: result.error });
        })
      : Promise.resolve();
    await Promise.all([listCall, chartCall]);
  },

  async reload() {
    const { locationId, month, child } = get();
    if (!locationId || !month) return;
    set({ chart: null });
    await Promise.all([get().open(locationId, month), child ? get().openChild(child.childId, child.year) : Promise.resolve()]);
  },

  async openChild(childId, year) {
    const before = get().child;
    const same = before?.childId === childId && before.year === year;
    set({ child: { childId, year, view: same ? before.view : null, status: same && before.view ? 'ready' : 'loading', error: null } });
    const result = await api['latePickups.child']({ childId, year });
    const now = get().child;
    if (now?.childId !== childId || now.year !== year) return;
    if (result.ok) set({ child: { childId, year, view: result.value, status: 'ready', error: null } });
    else set({ child: { childId, year, view: null, status: 'error', error: result.error } });
  },

  closeChild() {
    set({ child: null });
  },

  say(notice) {
    set({ notice });
  },

  async run(name, args) {
    const input: InputOf<'mutate'> = { name, args };
    const result: ApiResult<unknown> = await api.mutate(input);
    if (!result.ok) return result.error;
    await get().reload();
    return null;
  },
}));
