/**
 * The children's screen: the location's list (search and group filter are the page's), the child
 * opened beside it, and the last thing that happened. Writes go through `mutate` with a
 * `placement.*`, `consent.set` or `pickupPerson.*` mutator; what is shown reloads when the core
 * says those tables changed.
 */
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/contract/errors';
import type { ChildDetail, ChildList } from '../../../../shared/contract/views';
import type { MutatorName } from '../../../../shared/mutators/names';
import { api } from '../../api/client';
import type { Notice } from '../../app/NoticeLine';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The dialog open on the page: a new child, the chosen child's details, a new contract for it, or new days for one of its contracts. */
export type ChildrenDialog =
  { kind: 'newChild' } | { kind: 'editChild' } | { kind: 'newContract' } | { kind: 'changeDays'; placementId: string } | null;

type ChildrenState = {
  locationId: string | null;
  list: ChildList | null;
  listStatus: LoadStatus;
  listError: ApiError | null;
  childId: string | null;
  detail: ChildDetail | null;
  detailStatus: LoadStatus;
  detailError: ApiError | null;
  notice: Notice | null;
  dialog: ChildrenDialog;
  openDialog(dialog: ChildrenDialog): void;
  loadList(locationId: string): Promise<void>;
  openChild(childId: string | null): Promise<void>;
  reload(): Promise<void>;
  say(notice: Notice | null): void;
  /** Runs a mutator; on success reloads. Returns the error, or null. */
  run(name: MutatorName, args: unknown): Promise<ApiError | null>;
};

export const useChildrenStore = create<ChildrenState>((set, get) => ({
  locationId: null,
  list: null,
  listStatus: 'idle',
  listError: null,
  childId: null,
  detail: null,
  detailStatus: 'idle',
  detailError: null,
  notice: null,
  dialog: null,

  openDialog(dialog) {
    set({ dialog });
  },

  async loadList(locationId) {
    const same = get().locationId === locationId && get().list !== null;
    set({ locationId, listStatus: same ? 'ready' : 'loading' });
    const result = await api['children.list']({ locationId });
    if (get().locationId !== locationId) return;
    if (result.ok) set({ list: result.value, listStatus: 'ready', listError: null });
    else set({ list: null, listStatus: 'error', listError: result.error });
  },

  async openChild(childId) {
    const same = get().childId === childId && get().detail?.childId === childId;
    set({
      childId,
      detailStatus: childId === null ? 'idle' : same ? 'ready' : 'loading',
      ...(same ? {} : { detail: null, notice: null, dialog: get().dialog?.kind === 'newChild' ? get().dialog : null }),
    });
    if (childId === null) return;
    const result = await api['children.detail']({ childId });
    if (get().childId !== childId) return;
    if (result.ok) set({ detail: result.value, detailStatus: 'ready', detailError: null });
    else set({ detail: null, detailStatus: 'error', detailError: result.error });
  },

  async reload() {
    const { locationId, childId } = get();
    await Promise.all([locationId ? get().loadList(locationId) : null, get().openChild(childId)]);
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
