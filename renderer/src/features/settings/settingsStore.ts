/**
 * The settings screen's state: the view of the chosen location (its facts, groups and the
 * organisation's rules), reloaded when one of them changes.
 */
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/contract/errors';
import type { SettingsView } from '../../../../shared/contract/settingsViews';
import type { MutatorName } from '../../../../shared/mutators/names';
import { api } from '../../api/client';

type SettingsState = {
  locationId: string | null;
  view: SettingsView | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ApiError | null;
  load(locationId: string): Promise<void>;
  reload(): Promise<void>;
};

export const useSettingsStore = create<SettingsState>((set, get) => ({
  locationId: null,
  view: null,
  status: 'idle',
  error: null,

  async load(locationId) {
    if (get().locationId !== locationId) set({ locationId, view: null, status: 'loading', error: null });
    const result = await api['settings.view']({ locationId });
    if (get().locationId !== locationId) return;
    if (!result.ok) return set({ status: 'error', error: result.error });
    set({ status: 'ready', view: result.value, error: null });
  },

  async reload() {
    const { locationId } = get();
    if (locationId) await get().load(locationId);
  },
}));

/** Runs a mutator; the refusal (with its rule) or null when it was saved. */
export async function save(name: MutatorName, args: unknown): Promise<ApiError | null> {
  const result = await api.mutate({ name, args });
  return result.ok ? null : result.error;
}
