/**
 * Aanwezigheid: a group's day (check-in/out) and the location's presence list of a day. Writes go
 * through `mutate` with an `attendance.*` mutator; what is shown reloads when the core says the
 * attendance, plan or roster tables changed.
 */
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/contract/errors';
import type { GroupDayView, PresenceList } from '../../../../shared/contract/views';
import type { MutatorName } from '../../../../shared/mutators/names';
import { api } from '../../api/client';
import type { Notice } from '../../app/NoticeLine';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

type AttendanceState = {
  key: string | null;
  day: GroupDayView | null;
  /** When `day` arrived (ms, the browser's clock): "now" runs on from `day.now`. */
  loadedAt: number;
  dayStatus: LoadStatus;
  dayError: ApiError | null;
  presenceKey: string | null;
  presence: PresenceList | null;
  presenceStatus: LoadStatus;
  presenceError: ApiError | null;
  notice: Notice | null;
  loadDay(locationId: string, groupId: string | null, date: string): Promise<void>;
  loadPresence(locationId: string, date: string): Promise<void>;
  reload(): Promise<void>;
  say(notice: Notice | null): void;
  run(name: MutatorName, args: unknown): Promise<ApiError | null>;
};

export const useAttendanceStore = create<AttendanceState>((set, get) => ({
  key: null,
  day: null,
  loadedAt: 0,
  dayStatus: 'idle',
  dayError: null,
  presenceKey: null,
  presence: null,
  presenceStatus: 'idle',
  presenceError: null,
  notice: null,

  async loadDay(locationId, groupId, date) {
    const key = `${locationId}|${groupId ?? ''}|${date}`;
    const same = get().key === key && get().day !== null;
    set({ key, dayStatus: same ? 'ready' : 'loading', ...(get().key === key ? {} : { notice: null }) });
    const result = await api['dayView.group']({ locationId, date, ...(groupId ? { groupId } : {}) });
    if (get().key !== key) return;
    if (result.ok) set({ day: result.value, loadedAt: Date.now(), dayStatus: 'ready', dayError: null });
    else set({ day: null, dayStatus: 'error', dayError: result.error });
  },

  async loadPresence(locationId, date) {
    const key = `${locationId}|${date}`;
    const same = get().presenceKey === key && get().presence !== null;
    set({ presenceKey: key, presenceStatus: same ? 'ready' : 'loading', ...(get().presenceKey === key ? {} : { notice: null }) });
    const result = await api['presence.day']({ locationId, date });
    if (get().presenceKey !== key) return;
    if (result.ok) set({ presence: result.value, presenceStatus: 'ready', presenceError: null });
    else set({ presence: null, presenceStatus: 'error', presenceError: result.error });
  },

  async reload() {
    const { key, presenceKey } = get();
    const jobs: Promise<void>[] = [];
    if (key) {
      const [locationId = '', groupId = '', date = ''] = key.split('|');
      jobs.push(get().loadDay(locationId, groupId || null, date));
    }
    if (presenceKey) {
      const [locationId = '', date = ''] = presenceKey.split('|');
      jobs.push(get().loadPresence(locationId, date));
    }
    await Promise.all(jobs);
  },

  say(notice) {
    set({ notice });
  },

  async run(name, args) {
    const result = await api.mutate({ name, args });
    if (!result.ok) return result.error;
    await get().reload();
    return null;
  },
}));
