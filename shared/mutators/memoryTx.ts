/**
 * A mutation transaction over plain maps, for tests of the mutators: the same code the desk runs
 * on SQLite and the hub on PostgreSQL, without either. `run` parses and applies like the desk and
 * rolls back on a refusal.
 */
import type { RowOf, TableName } from '../model/tables';
import { mutators } from './index';
import type { MutatorName } from './names';
import type { MutationContext, MutationOutcome, MutationTx } from './types';

/** Rows are JSON values: a copy through JSON is a deep copy (shared/ has no structuredClone). */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class MemoryTx implements MutationTx {
  readonly rows = new Map<TableName, Map<string, unknown>>();
  /** `ctx`: who runs the mutations and when, unless a call says otherwise. */
  constructor(private readonly ctx: MutationContext) {}

  private table<T extends TableName>(t: T): Map<string, RowOf<T>> {
    let m = this.rows.get(t);
    if (!m) this.rows.set(t, (m = new Map()));
    return m as Map<string, RowOf<T>>;
  }
  async get<T extends TableName>(t: T, id: string) {
    return copy(this.table(t).get(id) ?? null);
  }
  async find<T extends TableName>(t: T, where: Partial<RowOf<T>>) {
    return [...this.table(t).values()]
      .filter((r) => Object.entries(where).every(([k, v]) => (r as Record<string, unknown>)[k] === v))
      .map((r) => copy(r));
  }
  async put<T extends TableName>(t: T, row: RowOf<T>) {
    this.table(t).set((row as { id: string }).id, copy(row));
  }
  async delete(t: TableName, id: string) {
    this.table(t).delete(id);
  }
  all<T extends TableName>(t: T): RowOf<T>[] {
    return [...this.table(t).values()];
  }
  /** Runs a mutator like the desk does: parse, apply, and on refusal roll back. */
  async run(name: MutatorName, args: unknown, ctx: MutationContext = this.ctx): Promise<MutationOutcome> {
    const m = mutators[name];
    const snapshot = [...this.rows].map(([t, rows]) => [t, new Map([...rows].map(([id, row]) => [id, copy(row)]))] as const);
    const outcome = await m.apply(this, m.args.parse(args), ctx);
    if (!outcome.ok) {
      this.rows.clear();
      for (const [k, v] of snapshot) this.rows.set(k, v);
    }
    return outcome;
  }
}
