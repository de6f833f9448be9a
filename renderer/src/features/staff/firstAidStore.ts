/**
 * Vandaag's kinder-EHBO notice: the chosen location's gaps of a day and the certificates to renew,
 * reloaded when the core says staff, shifts or the plan changed. A failed read leaves it empty.
 */
import { create } from 'zustand';
import type { FirstAidDay } from '../../../../shared/contract/staffViews';
import { api } from '../../api/client';

type FirstAidState = {
  day: FirstAidDay | null;
  load(locationId: string, date: string): Promise<void>;
};

export const useFirstAidStore = create<FirstAidState>((set) => ({
  day: null,
  async load(locationId, date) {
    const result = await api['staff.firstAid']({ locationId, date });
    set({ day: result.ok ? result.value : null });
  },
}));
