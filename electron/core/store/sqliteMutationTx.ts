/**
 * The mutators' transaction interface over the desk's SQLite store. Before a row is first changed
 * by a pending (not yet acknowledged) mutation, its pre-image is kept, so a rebase can restore the
 * hub's version and replay the outbox on top of it.
 */
import type { RowOf, TableName } from '../../../shared/model/tables';
import type { MutationTx } from '../../../shared/mutators/types';
import type { Db } from './database';
import type { TableStore } from './tableStore';

export class SqliteMutationTx implements MutationTx {
  readonly touched = new Set<TableName>();
  /** Every row written, in order, once: `{table, id}`. */
  readonly touchedRows: { table: TableName; id: string }[] = [];
  private readonly keepPreimage;

  constructor(
    private readonly store: TableStore,
    db: Db,
  ) {
    this.keepPreimage = db.prepare('INSERT OR IGNORE INTO pending_preimages (table_name, row_id, row) VALUES (?, ?, ?)');
  }

  async get<T extends TableName>(table: T, id: string): Promise<RowOf<T> | null> {
    return this.store.get(table, id);
  }

  async find<T extends TableName>(table: T, where: Partial<RowOf<T>>): Promise<RowOf<T>[]> {
    return this.store.find(table, where);
  }

  async put<T extends TableName>(table: T, row: RowOf<T>): Promise<void> {
    this.remember(table, (row as { id: string }).id);
    this.store.put(table, row);
  }

  async delete(table: TableName, id: string): Promise<void> {
    this.remember(table, id);
    this.store.delete(table, id);
  }

  private remember(table: TableName, id: string): void {
    const before = this.store.get(table, id);
    this.keepPreimage.run(table, id, before === null ? null : JSON.stringify(before));
    this.touched.add(table);
    if (!this.touchedRows.some((r) => r.table === table && r.id === id)) this.touchedRows.push({ table, id });
  }
}
