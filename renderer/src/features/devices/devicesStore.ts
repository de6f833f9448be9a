/**
 * The devices screen's state: the location's devices per group (from the hub, or the desk's last
 * list), the pairing code on screen, and the audit log. Reloaded when the core says devices
 * changed, when the count of undelivered revocations changes, and every 15 seconds while open
 * (a device's last contact and a confirmed wipe arrive at the hub, not at the desk).
 */
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/contract/errors';
import type { DeviceAuditView, DevicesOverview, PairingCodeView } from '../../../../shared/contract/views';
import { api } from '../../api/client';

type Load<T> = { data: T | null; status: 'idle' | 'loading' | 'ready' | 'error'; error: ApiError | null };

type DevicesState = {
  locationId: string | null;
  overview: Load<DevicesOverview>;
  audit: Load<DeviceAuditView>;
  pairing: PairingCodeView | null;
  open(locationId: string): Promise<void>;
  reload(): Promise<void>;
  loadAudit(): Promise<void>;
  setPairing(code: PairingCodeView | null): void;
};

const idle = { data: null, status: 'idle', error: null } as const;

export const useDevicesStore = create<DevicesState>((set, get) => ({
  locationId: null,
  overview: idle,
  audit: idle,
  pairing: null,

  async open(locationId) {
    if (get().locationId !== locationId) set({ locationId, overview: idle, audit: idle, pairing: null });
    await Promise.all([get().reload(), get().loadAudit()]);
  },

  async reload() {
    const locationId = get().locationId;
    if (!locationId) return;
    set((s) => ({ overview: { ...s.overview, status: s.overview.data ? 'ready' : 'loading' } }));
    const result = await api['devices.list']({ locationId });
    if (get().locationId !== locationId) return;
    if (result.ok) set({ overview: { data: result.value, status: 'ready', error: null } });
    else set({ overview: { data: null, status: 'error', error: result.error } });
  },

  async loadAudit() {
    const locationId = get().locationId;
    if (!locationId) return;
    set((s) => ({ audit: { ...s.audit, status: s.audit.data ? 'ready' : 'loading' } }));
    const result = await api['devices.audit']({ locationId });
    if (get().locationId !== locationId) return;
    if (result.ok) set({ audit: { data: result.value, status: 'ready', error: null } });
    else set((s) => ({ audit: { data: s.audit.data, status: 'error', error: result.error } }));
  },

  setPairing(code) {
    set({ pairing: code });
  },
}));
