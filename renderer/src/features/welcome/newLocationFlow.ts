/**
 * Where a manager is in the first start of a new location ("Nieuwe locatie"). Once the
 * organisation exists the store is no longer empty, so the app would leave the welcome screen:
 * while this flow runs, the app keeps showing it until the last step sends the manager on.
 */
import { create } from 'zustand';

export type NewLocationStep = 'location' | 'groups' | 'next';

type FlowState = {
  step: NewLocationStep | null;
  locationId: string | null;
  start(): void;
  created(locationId: string): void;
  to(step: NewLocationStep): void;
  /** Back to the welcome screen's choices (before anything was created). */
  cancel(): void;
  finish(): void;
};

export const useNewLocationFlow = create<FlowState>((set) => ({
  step: null,
  locationId: null,
  start: () => set({ step: 'location', locationId: null }),
  created: (locationId) => set({ step: 'groups', locationId }),
  to: (step) => set({ step }),
  cancel: () => set({ step: null, locationId: null }),
  finish: () => set({ step: null, locationId: null }),
}));
