/**
 * The request screen's state: the week shown and its queue, the filters, the request in focus
 * (moved with j/k), the ledgers, the dialog open, and what the last action did. Decisions go
 * through `mutate` with a `request.*` mutator (the core and the hub check them); the queue
 * reloads when the core says the request tables changed.
 */
import { v7 as uuidv7 } from 'uuid';
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/contract/errors';
import type { BulkApproveResult, RequestItem, RequestLedgers, RequestQueue } from '../../../../shared/contract/requestViews';
import type { RejectionReason, RequestKind } from '../../../../shared/domain/requests/request';
import type { MutatorName } from '../../../../shared/mutators/names';
import { api } from '../../api/client';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export type StatusFilter = 'all' | 'open' | 'decided' | 'approved' | 'rejected';
export type Filters = { kind: RequestKind | null; groupId: string | null; status: StatusFilter };

/**
 * What the last action did: a done-key (`approved`, `rejected`, ...) for the child, or the refusal,
 * the message the parent receives (Dutch), and for a bulk approval what was approved and where it stopped.
 */
export type Notice =
  | { kind: 'success'; key: string; childName?: string; parentMessage?: string | null; provisional?: boolean; bulk?: BulkApproveResult }
  | { kind: 'error'; error: ApiError };

export type Dialog =
  | { type: 'reject'; requestId: string }
  | { type: 'outOfOrder'; requestId: string }
  | { type: 'revoke'; requestId: string }
  | { type: 'intake' }
  | null;

type RequestsState = {
  locationId: string | null;
  /** The Monday shown; null until the core chose one. */
  weekStart: string | null;
  filters: Filters;
  queue: RequestQueue | null;
  status: LoadStatus;
  error: ApiError | null;
  selectedId: string | null;
  view: 'queue' | 'ledgers';
  ledgers: RequestLedgers | null;
  ledgersStatus: LoadStatus;
  dialog: Dialog;
  notice: Notice | null;
  busy: boolean;
  open(locationId: string, weekStart: string | null): Promise<void>;
  reload(): Promise<void>;
  setFilters(filters: Partial<Filters>): Promise<void>;
  setView(view: 'queue' | 'ledgers'): Promise<void>;
  select(id: string | null): void;
  /** Moves the focus to the next (+1) or previous (-1) request in the list as shown. */
  move(by: 1 | -1): void;
  setDialog(dialog: Dialog): void;
  say(notice: Notice | null): void;
  /** Approves (asking for a reason first when out of order). */
  approve(item: RequestItem, outOfOrderReason?: string): Promise<void>;
  reject(item: RequestItem, reason: RejectionReason): Promise<void>;
  revoke(item: RequestItem, reason: string): Promise<void>;
  confirm(item: RequestItem, stillNeeded: boolean): Promise<void>;
  taskDone(taskId: string): Promise<void>;
  /** The manager sets from how many registered children the BSO opens on a school closure day. */
  setThreshold(item: RequestItem, threshold: number): Promise<void>;
  bulkApprove(date: string): Promise<void>;
  /** Runs a mutator; on success reloads. Returns the error, or null. */
  run(name: MutatorName, args: unknown): Promise<ApiError | null>;
};

/** The requests as the list shows them, in order: expiring ones first, then by day and group. */
export function shownItems(queue: RequestQueue | null): RequestItem[] {
  if (!queue) return [];
  return [...queue.expiring, ...queue.days.flatMap((d) => d.groups.flatMap((g) => g.items))];
}

function itemById(queue: RequestQueue | null, id: string | null): RequestItem | null {
  return shownItems(queue).find((i) => i.id === id) ?? null;
}

export const useRequestsStore = create<RequestsState>((set, get) => ({
  locationId: null,
  weekStart: null,
  filters: { kind: null, groupId: null, status: 'all' },
  queue: null,
  status: 'idle',
  error: null,
  selectedId: null,
  view: 'queue',
  ledgers: null,
  ledgersStatus: 'idle',
  dialog: null,
  notice: null,
  busy: false,

  async open(locationId, weekStart) {
    const before = get();
    const same = before.locationId === locationId && before.weekStart === weekStart && before.queue !== null;
    set({
      locationId,
      weekStart,
      status: same ? 'ready' : 'loading',
      ...(before.locationId !== locationId ? { selectedId: null, ledgers: null } : {}),
    });
    // Requests past their expiry moment expire first (the parent is told), then the queue.
    await api['requests.expireDue']({ locationId });
    const { filters } = get();
    const result = await api['requests.queue']({ locationId, weekStart, ...filters });
    if (get().locationId !== locationId) return;
    if (!result.ok) return set({ status: 'error', error: result.error, queue: null });
    const items = shownItems(result.value);
    const keep = items.some((i) => i.id === get().selectedId);
    const firstOpen = items.find((i) => i.status === 'submitted') ?? items[0] ?? null;
    set({
      queue: result.value,
      weekStart: result.value.weekStart,
      status: 'ready',
      error: null,
      selectedId: keep ? get().selectedId : (firstOpen?.id ?? null),
    });
    if (get().view === 'ledgers') await get().setView('ledgers');
  },

  async reload() {
    const { locationId, weekStart } = get();
    if (locationId) await get().open(locationId, weekStart);
  },

  async setFilters(filters) {
    set({ filters: { ...get().filters, ...filters } });
    await get().reload();
  },

  async setView(view) {
    set({ view });
    const { locationId } = get();
    if (view !== 'ledgers' || !locationId) return;
    set({ ledgersStatus: get().ledgers ? 'ready' : 'loading' });
    const result = await api['requests.ledgers']({ locationId });
    if (result.ok) set({ ledgers: result.value, ledgersStatus: 'ready' });
    else set({ ledgersStatus: 'error', error: result.error });
  },

  select(id) {
    set({ selectedId: id });
  },

  move(by) {
    const items = shownItems(get().queue);
    if (items.length === 0) return;
    const at = items.findIndex((i) => i.id === get().selectedId);
    const next = at < 0 ? 0 : Math.min(items.length - 1, Math.max(0, at + by));
    set({ selectedId: items[next]?.id ?? null });
  },

  setDialog(dialog) {
    set({ dialog });
  },

  say(notice) {
    set({ notice });
  },

  async approve(item, outOfOrderReason) {
    if (item.outOfOrder && outOfOrderReason === undefined) return set({ dialog: { type: 'outOfOrder', requestId: item.id } });
    const order = shownItems(get().queue).map((i) => i.id);
    const error = await get().run('request.approve', {
      requestId: item.id,
      eventId: uuidv7(),
      ...(outOfOrderReason !== undefined ? { outOfOrderReason } : {}),
    });
    await afterDecision(item, error, 'approved', order);
  },

  async reject(item, reason) {
    const order = shownItems(get().queue).map((i) => i.id);
    const error = await get().run('request.reject', { requestId: item.id, eventId: uuidv7(), reason });
    await afterDecision(item, error, 'rejected', order);
  },

  async revoke(item, reason) {
    const order = shownItems(get().queue).map((i) => i.id);
    const error = await get().run('request.revoke', { requestId: item.id, eventId: uuidv7(), reason });
    await afterDecision(item, error, 'revoked', order);
  },

  async confirm(item, stillNeeded) {
    const order = shownItems(get().queue).map((i) => i.id);
    const error = await get().run('request.confirmStillNeeded', { requestId: item.id, eventId: uuidv7(), stillNeeded });
    await afterDecision(item, error, stillNeeded ? 'confirmed' : 'notNeeded', order);
  },

  async taskDone(taskId) {
    const error = await get().run('requestTask.done', { taskId });
    set({ notice: error ? { kind: 'error', error } : { kind: 'success', key: 'taskDone' } });
  },

  async setThreshold(item, threshold) {
    const { locationId } = get();
    if (!locationId) return;
    const error = await get().run('schoolClosureDay.setThreshold', { id: uuidv7(), locationId, date: item.date, threshold });
    set({ notice: error ? { kind: 'error', error } : { kind: 'success', key: 'thresholdSet', childName: item.childName } });
  },

  async bulkApprove(date) {
    const { locationId } = get();
    if (!locationId) return;
    set({ busy: true });
    const result = await api['requests.bulkApprove']({ locationId, date });
    set({ busy: false });
    if (!result.ok) return set({ notice: { kind: 'error', error: result.error } });
    set({ notice: { kind: 'success', key: 'bulk', bulk: result.value } });
    await get().reload();
  },

  async run(name, args) {
    set({ busy: true, dialog: null });
    const result = await api.mutate({ name, args });
    set({ busy: false });
    if (!result.ok) return result.error;
    await get().reload();
    return null;
  },
}));

/**
 * After a decision: say what happened with the parent's message, and move on to the next open
 * request in the order the list had before the decision (a decided request may move in the list).
 */
async function afterDecision(item: RequestItem, error: ApiError | null, what: string, order: readonly string[]): Promise<void> {
  const { queue, selectedId } = useRequestsStore.getState();
  if (error) {
    useRequestsStore.setState({ notice: { kind: 'error', error } });
    return;
  }
  const now = itemById(queue, item.id);
  // Not shown any more (a filter): ask the core for the message of the decision.
  const parentMessage = now
    ? now.parentMessage
    : await api['requests.message']({ requestId: item.id, decision: 'last' }).then((r) => (r.ok ? r.value.message : null));
  useRequestsStore.setState({
    notice: {
      kind: 'success',
      key: what,
      childName: item.childName,
      parentMessage,
      provisional: now?.provisional ?? false,
    },
  });
  if (selectedId === item.id) {
    const open = new Set(
      shownItems(queue)
        .filter((i) => i.status === 'submitted')
        .map((i) => i.id),
    );
    const at = order.indexOf(item.id);
    const next = [...order.slice(at + 1), ...order.slice(0, Math.max(0, at))].find((id) => open.has(id));
    if (next) useRequestsStore.setState({ selectedId: next });
  }
}
