/**
 * App-wide state: what the core says about itself, the locations, and the chosen location.
 */
import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type { AppInfo, LocationSummary } from '../../../shared/contract/views';
import { api } from '../api/client';

const LOCATION_KEY = 'opvangdesk.location';

type AppState = {
  status: 'loading' | 'ready' | 'error';
  error: ApiError | null;
  info: AppInfo | null;
  locations: LocationSummary[];
  locationId: string | null;
  load(): Promise<void>;
  selectLocation(id: string): void;
  createDemo(): Promise<ApiError | null>;
};

export const useAppStore = create<AppState>((set, get) => ({
  status: 'loading',
  error: null,
  info: null,
  locations: [],
  locationId: null,

  async load() {
    const [info, locations] = await Promise.all([api['app.info']({}), api['locations.list']({})]);
    if (!info.ok) return set({ status: 'error', error: info.error });
    if (!locations.ok) return set({ status: 'error', error: locations.error });
    const remembered = localStorage.getItem(LOCATION_KEY);
    const current = get().locationId ?? remembered;
    const locationId = locations.value.some((l) => l.id === current) ? current : (locations.value[0]?.id ?? null);
    set({ status: 'ready', error: null, info: info.value, locations: locations.value, locationId });
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
