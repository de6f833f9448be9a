/**
 * Medewerkers: the location's staff list, the person opened beside it, and the last thing that
 * happened. Writes go through `mutate` with `staff.create`, `staff.update` or `staff.end.v2`; what is
 * shown reloads when the core says staff or shifts changed.
 */
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/contract/errors';
import type { StaffDetail, StaffList } from '../../../../shared/contract/staffViews';
import type { MutatorName } from '../../../../shared/mutators/names';
import { api } from '../../api/client';
import type { Notice } from '../../app/NoticeLine';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

type StaffState = {
  locationId: string | null;
  list: StaffList | null;
  listStatus: LoadStatus;
  listError: ApiError | null;
  staffId: string | null;
  detail: StaffDetail | null;
  detailStatus: LoadStatus;
  detailError: ApiError | null;
  notice: Notice | null;
  loadList(locationId: string): Promise<void>;
  open(staffId: string | null): Promise<void>;
  reload(): Promise<void>;
  say(notice: Notice | null): void;
  /** Runs a mutator; on success reloads. Returns the error, or null. */
  run(name: MutatorName, args: unknown): Promise<ApiError | null>;
};

export const useStaffStore = create<StaffState>((set, get) => ({
  locationId: null,
  list: null,
  listStatus: 'idle',
  listError: null,
  staffId: null,
  detail: null,
  detailStatus: 'idle',
  detailError: null,
  notice: null,

  async loadList(locationId) {
    const same = get().locationId === locationId && get().list !== null;
    set({ locationId, listStatus: same ? 'ready' : 'loading' });
    const result = await api['staff.list']({ locationId });
    if (get().locationId !== locationId) return;
    if (result.ok) set({ list: result.value, listStatus: 'ready', listError: null });
    else set({ list: null, listStatus: 'error', listError: result.error });
  },

  async open(staffId) {
    const same = get().staffId === staffId && get().detail?.staffId === staffId;
    set({ staffId, detailStatus: staffId === null ? 'idle' : same ? 'ready' : 'loading', ...(same ? {} : { detail: null }) });
    if (staffId === null) return;
    const result = await api['staff.detail']({ staffId });
    if (get().staffId !== staffId) return;
    if (result.ok) set({ detail: result.value, detailStatus: 'ready', detailError: null });
    else set({ detail: null, detailStatus: 'error', detailError: result.error });
  },

  async reload() {
    const { locationId, staffId } = get();
    await Promise.all([locationId ? get().loadList(locationId) : null, get().open(staffId)]);
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
