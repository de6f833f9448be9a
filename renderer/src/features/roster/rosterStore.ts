/**
 * The week roster shown: which week, its data, and its loading state. Reloads when the core says
 * rows it shows changed.
 */
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/contract/errors';
import type { RosterWeek } from '../../../../shared/contract/views';
import { addDays, weekStart } from '../../../../shared/domain/time/localDate';
import { api } from '../../api/client';

type RosterState = {
  weekStart: string | null;
  week: RosterWeek | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ApiError | null;
  load(locationId: string, weekStart: string): Promise<void>;
  shiftWeeks(locationId: string, weeks: number): Promise<void>;
};

export const useRosterStore = create<RosterState>((set, get) => ({
  weekStart: null,
  week: null,
  status: 'idle',
  error: null,

  async load(locationId, requested) {
    const monday = weekStart(requested);
    set({ weekStart: monday, status: get().week ? 'ready' : 'loading' });
    const result = await api['roster.week']({ locationId, weekStart: monday });
    if (get().weekStart !== monday) return; // a newer request won
    if (result.ok) set({ week: result.value, status: 'ready', error: null });
    else set({ status: 'error', error: result.error });
  },

  async shiftWeeks(locationId, weeks) {
    const current = get().weekStart;
    if (current) await get().load(locationId, addDays(current, weeks * 7));
  },
}));
