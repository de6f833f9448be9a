/**
 * Vandaag: every location's units at the desk's clock, reloaded every minute and when the core
 * says rows changed.
 */
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/contract/errors';
import type { RatioToday } from '../../../../shared/contract/views';
import { api } from '../../api/client';

type TodayState = {
  today: RatioToday | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ApiError | null;
  load(): Promise<void>;
};

export const useTodayStore = create<TodayState>((set, get) => ({
  today: null,
  status: 'idle',
  error: null,

  async load() {
    set({ status: get().today ? 'ready' : 'loading' });
    const result = await api['ratio.today']({});
    if (result.ok) set({ today: result.value, status: 'ready', error: null });
    else set({ status: 'error', error: result.error });
  },
}));
