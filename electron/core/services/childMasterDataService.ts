/**
 * The Kinderen screens' reads beyond the plan (issue 14): a child's health notes, and the capacity
 * preview of a new contract or new days before the manager confirms. The preview is the shared
 * `previewContractChange` (the group's children per weekday without and with the contract) plus
 * the verdict of the mutator itself (`placement.create.v2` or `placement.change`), run on the
 * store's rows with its writes kept in memory and dropped: the same rule code decides what the
 * screen shows and what saving does.
 */
import type { PreviewRefusal } from '../../../shared/contract/childrenViews';
import { apiError, apiOk } from '../../../shared/contract/errors';
import { previewContractChange } from '../../../shared/domain/plan/contractChange';
import { mutators } from '../../../shared/mutators';
import type { MutatorName } from '../../../shared/mutators/names';
import type { MutationTx } from '../../../shared/mutators/types';
import type { PlacementRow } from '../../../shared/model/rows';
import type { RowOf, TableName } from '../../../shared/model/tables';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { loadChildHealth } from '../store/repositories/childMasterDataRepository';
import type { TableStore } from '../store/tableStore';

/** The id a previewed new contract gets: no stored contract has it, and it is never saved. */
const PREVIEW_ID = '00000000-0000-7000-8000-000000000000';

/**
 * A mutation transaction that reads the store and keeps its writes to itself: a mutator run on it
 * gives its verdict and changes nothing.
 */
class DryRunTx implements MutationTx {
  private readonly written = new Map<string, unknown>();
  constructor(private readonly store: TableStore) {}
  private key = (table: TableName, id: string) => `${table}\u0000${id}`;
  async get<T extends TableName>(table: T, id: string): Promise<RowOf<T> | null> {
    const key = this.key(table, id);
    return this.written.has(key) ? (this.written.get(key) as RowOf<T> | null) : this.store.get(table, id);
  }
  async find<T extends TableName>(table: T, where: Partial<RowOf<T>>): Promise<RowOf<T>[]> {
    const matches = (row: RowOf<T>) => Object.entries(where).every(([k, v]) => (row as Record<string, unknown>)[k] === v);
    const stored = this.store.find(table, where).filter((r) => !this.written.has(this.key(table, (r as { id: string }).id)));
    const prefix = `${table}\u0000`;
    const own = [...this.written]
      .filter(([k, r]) => k.startsWith(prefix) && r !== null && matches(r as RowOf<T>))
      .map(([, r]) => r as RowOf<T>);
    return [...stored, ...own];
  }
  async put<T extends TableName>(table: T, row: RowOf<T>): Promise<void> {
    this.written.set(this.key(table, (row as { id: string }).id), row);
  }
  async delete(table: TableName, id: string): Promise<void> {
    this.written.set(this.key(table, id), null);
  }
}

export function childMasterDataService(ctx: CoreContext): HandlersOf<'children.health' | 'children.contractPreview'> {
  /** What `name` says of `args` now, as the person at the desk; null when it would be accepted. */
  async function verdict(name: MutatorName, args: unknown): Promise<PreviewRefusal | null> {
    const mutator = mutators[name];
    const parsed = mutator.args.safeParse(args);
    if (!parsed.success) return null;
    const actor = ctx.session.actor();
    if (!actor) return null;
    const outcome = await mutator.apply(new DryRunTx(ctx.store), parsed.data, { actor, createdAt: ctx.clock().toISOString() });
    return outcome.ok ? null : { rule: outcome.rule, message: outcome.message, params: outcome.params ?? {} };
  }

  return {
    'children.health': async ({ childId }) => {
      // Special category data (AVG): read by the manager, who edits it (`child.setHealth`); other
      // staff see the allergy and medication banner in the lists.
      if (ctx.session.actor()?.role !== 'manager')
        return apiError('forbidden', 'Alleen de locatiemanager ziet de gezondheidsgegevens van een kind.', { rule: 'role.allowed' });
      const child = ctx.store.get('children', childId);
      if (!child) return apiError('not_found', 'Dit kind bestaat niet.');
      const health = loadChildHealth(ctx.db, childId);
      return apiOk({
        childId,
        allergies: health?.allergies ?? '',
        diet: health?.diet ?? '',
        medication: health?.medication ?? '',
        notes: health?.notes ?? '',
      });
    },

    'children.contractPreview': async ({ childId, groupId, startDate, days, placementId, ageExceptionReason }) => {
      const child = ctx.store.get('children', childId);
      if (!child) return apiError('not_found', 'Dit kind bestaat niet.');
      const existing = placementId === undefined ? null : ctx.store.get('placements', placementId);
      if (placementId !== undefined && (!existing || existing.childId !== childId))
        return apiError('not_found', 'Dit contract bestaat niet (meer).');
      // A change stays in its contract's group.
      const group = ctx.store.get('groups', existing?.groupId ?? groupId);
      if (!group || group.locationId !== child.locationId) return apiError('not_found', 'Deze groep bestaat niet op deze locatie.');
      const placement: PlacementRow = existing ?? {
        id: PREVIEW_ID,
        locationId: child.locationId,
        childId,
        groupId: group.id,
        careType: group.careType,
        kind: 'fixed',
        startDate,
        endDate: null,
        days: [],
      };
      const preview = previewContractChange(placement, days, startDate, group, ctx.store.find('placements', { groupId: group.id }));
      const refusal = existing
        ? await verdict('placement.change', { placementId: existing.id, newPlacementId: PREVIEW_ID, effectiveDate: startDate, days })
        : await verdict('placement.create.v2', { ...placement, days, ageExceptionReason });
      return apiOk({ ...preview, groupId: group.id, groupName: group.name, refusal });
    },
  };
}
