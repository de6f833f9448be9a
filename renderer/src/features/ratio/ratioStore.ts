/**
 * The ratio screen's state: which location and day, the day's units, the week overview around it,
 * and the slot the manager opened. Other screens (Vandaag) open a day through `open`.
 */
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/contract/errors';
import type { RatioDay, RatioWeek } from '../../../../shared/contract/views';
import { addDays, weekStart } from '../../../../shared/domain/time/localDate';
import { api } from '../../api/client';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export type SelectedSlot = { unitId: string; start: number };

type RatioState = {
  locationId: string | null;
  date: string | null;
  day: RatioDay | null;
  dayStatus: LoadStatus;
  dayError: ApiError | null;
  week: RatioWeek | null;
  weekStatus: LoadStatus;
  weekError: ApiError | null;
  selected: SelectedSlot | null;
  /** A unit another screen asked to show (scrolled into view once). */
  focusUnitId: string | null;
  /** Loads the day (and its week when that changed); keeps the selection when the day stays the same. */
  open(locationId: string, date: string, focusUnitId?: string | null): Promise<void>;
  shiftDays(days: number): Promise<void>;
  reload(): Promise<void>;
  select(slot: SelectedSlot | null): void;
  focusHandled(): void;
};

export const useRatioStore = create<RatioState>((set, get) => ({
  locationId: null,
  date: null,
  day: null,
  dayStatus: 'idle',
  dayError: null,
  week: null,
  weekStatus: 'idle',
  weekError: null,
  selected: null,
  focusUnitId: null,

  async open(locationId, date, focusUnitId = null) {
    const before = get();
    const sameDay = before.locationId === locationId && before.date === date;
    const monday = weekStart(date);
    const weekChanged = before.locationId !== locationId || before.week?.weekStart !== monday || before.weekStatus === 'error';
    set({
      locationId,
      date,
      selected: sameDay ? before.selected : null,
      focusUnitId: focusUnitId ?? (sameDay ? before.focusUnitId : null),
      dayStatus: sameDay && before.day ? 'ready' : 'loading',
      ...(weekChanged ? { weekStatus: 'loading' as const } : {}),
    });
    const current = () => get().locationId === locationId && get().date === date;
    const dayCall = api['ratio.day']({ locationId, date }).then((result) => {
      if (!current()) return; // a newer request won
      if (result.ok) set({ day: result.value, dayStatus: 'ready', dayError: null });
      else set({ day: null, dayStatus: 'error', dayError: result.error });
    });
    const weekCall = weekChanged
      ? api['ratio.week']({ locationId, weekStart: monday }).then((result) => {
          if (get().locationId !== locationId || weekStart(get().date ?? monday) !== monday) return;
          if (result.ok) set({ week: result.value, weekStatus: 'ready', weekError: null });
          else set({ week: null, weekStatus: 'error', weekError: result.error });
        })
      : Promise.resolve();
    await Promise.all([dayCall, weekCall]);
  },

  async shiftDays(days) {
    const { locationId, date } = get();
    if (locationId && date) await get().open(locationId, addDays(date, days));
  },

  async reload() {
    const { locationId, date } = get();
    if (!locationId || !date) return;
    set({ week: null });
    await get().open(locationId, date);
  },

  select(slot) {
    set({ selected: slot });
  },

  focusHandled() {
    set({ focusUnitId: null });
  },
}));
