/**
 * App-wide state: what the core says about itself, the locations, and the chosen location.
 */
import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type { AppInfo, LocationSummary, SessionInfo, SyncStatus } from '../../../shared/contract/views';
import { api } from '../api/client';

const LOCATION_KEY = 'opvangdesk.location';

type AppState = {
  status: 'loading' | 'ready' | 'error';
  error: ApiError | null;
  info: AppInfo | null;
  locations: LocationSummary[];
  locationId: string | null;
  sync: SyncStatus | null;
  session: SessionInfo | null;
  load(): Promise<void>;
  setSync(sync: SyncStatus): void;
  setSession(session: SessionInfo): void;
  selectLocation(id: string): void;
  createDemo(): Promise<ApiError | null>;
};

export const useAppStore = create<AppState>((set, get) => ({
  status: 'loading',
  error: null,
  info: null,
  locations: [],
  locationId: null,
  sync: null,
  session: null,

  async load() {
    const [info, locations, sync, session] = await Promise.all([
      api['app.info']({}),
      api['locations.list']({}),
      api['sync.status']({}),
      api['auth.session']({}),
    ]);
    if (!info.ok) return set({ status: 'error', error: info.error });
    if (!locations.ok) return set({ status: 'error', error: locations.error });
    if (sync.ok) set({ sync: sync.value });
    if (session.ok) set({ session: session.value });
    const remembered = localStorage.getItem(LOCATION_KEY);
    const current = get().locationId ?? remembered;
    const locationId = locations.value.some((l) => l.id === current) ? current : (locations.value[0]?.id ?? null);
    set({ status: 'ready', error: null, info: info.value, locations: locations.value, locationId });
  },

  setSync(sync) {
    set({ sync });
  },

  setSession(session) {
    set({ session });
  },

  selectLocation(id) {
    localStorage.setItem(LOCATION_KEY, id);
    set({ locationId: id });
  },

  async createDemo() {
    const result = await api['demo.create']({});
    if (!result.ok) return result.error;
    await get().load();
    return null;
  },
}));
