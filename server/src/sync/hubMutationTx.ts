/**
 * The mutators' transaction interface over the hub's database, inside the push transaction. The
 * shared mutators run on it unchanged, so the hub decides with exactly the rules the desk ran.
 *
 * Reads see what the device may see (its locations and its organisation's space), the same rows
 * its desk holds. Every write first passes `guard` with the row's space; a refused write throws
 * `ForbiddenWrite`, which the caller turns into a `forbidden` rejection of the whole mutation.
 * A row whose location changed (same id, new space) leaves a tombstone in its old space.
 */
import type { RowOf, TableName } from '../../../shared/model/tables';
import { tables } from '../../../shared/model/tables';
import type { MutationTx } from '../../../shared/mutators/types';
import type { Queryable } from '../db/db';
import { findRows, getRow, putRow, spacesHolding, tombstoneRow } from './rowStore';
import { toStoredSpace } from './spaces';

export class ForbiddenWrite extends Error {
  override readonly name = 'ForbiddenWrite';
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/** A mutator produced a row its table's schema refuses: a bug in the mutator or its arguments. */
export class InvalidRow extends Error {
  override readonly name = 'InvalidRow';
}

/** Throws ForbiddenWrite when the mutation may not write in this (stored) space. */
export type WriteGuard = (space: string) => void;

export class HubMutationTx implements MutationTx {
  /** Versions stamped by this mutation, per stored space (for logs and tests). */
  readonly stamped: { space: string; table: TableName; id: string; version: number }[] = [];

  constructor(
    private readonly q: Queryable,
    private readonly organisationId: string,
    private readonly readable: readonly string[],
    private readonly guard: WriteGuard,
  ) {}

  async get<T extends TableName>(table: T, id: string): Promise<RowOf<T> | null> {
    return (await getRow(this.q, this.readable, table, id))?.row ?? null;
  }

  async find<T extends TableName>(table: T, where: Partial<RowOf<T>>): Promise<RowOf<T>[]> {
    return findRows(this.q, this.readable, table, where);
  }

  async put<T extends TableName>(table: T, row: RowOf<T>): Promise<void> {
    const def = tables[table];
    const parsed = def.schema.safeParse(row);
    if (!parsed.success) throw new InvalidRow(`${table}: ${parsed.error.message}`);
    const value = parsed.data as RowOf<T> & { id: string };
    const space = toStoredSpace(this.organisationId, (def.space as (r: RowOf<T>) => string)(value));
    this.guard(space);
    for (const previous of await spacesHolding(this.q, this.readable, table, value.id)) {
      if (previous === space) continue;
      this.guard(previous);
      this.stamped.push({ space: previous, table, id: value.id, version: await tombstoneRow(this.q, previous, table, value.id) });
    }
    this.stamped.push({ space, table, id: value.id, version: await putRow(this.q, space, table, value.id, value) });
  }

  async delete(table: TableName, id: string): Promise<void> {
    for (const space of await spacesHolding(this.q, this.readable, table, id)) {
      this.guard(space);
      this.stamped.push({ space, table, id, version: await tombstoneRow(this.q, space, table, id) });
    }
  }
}
