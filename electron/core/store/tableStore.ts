/**
 * Generic row access for the synced tables, with prepared statements cached per table.
 * Used by the mutation transaction, the demo loader and (later) sync's apply step.
 */
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { tables, type RowOf, type TableName } from '../../../shared/model/tables';
import type { Db } from './database';
import { codecOf, decodeRow, encodeRow, quote } from './rowCodec';

export class TableStore {
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Db) {}

  private statement(key: string, sql: () => string): Statement {
    let s = this.statements.get(key);
    if (!s) {
      s = this.db.prepare(sql());
      this.statements.set(key, s);
    }
    return s;
  }

  get<T extends TableName>(table: T, id: string): RowOf<T> | null {
    const raw = this.statement(`get:${table}`, () => `SELECT * FROM ${quote(table)} WHERE id = ?`).get(id) as
      Record<string, unknown> | undefined;
    return raw ? decodeRow(table, raw) : null;
  }

  find<T extends TableName>(table: T, where: Partial<RowOf<T>>): RowOf<T>[] {
    const c = codecOf(table);
    const fields = Object.keys(where).sort();
    for (const f of fields) {
      if (!c.fields.includes(f)) throw new Error(`${table} has no field ${f}`);
    }
    const sql = () =>
      `SELECT * FROM ${quote(table)}` +
      (fields.length ? ` WHERE ${fields.map((f) => `${quote(c.columns[c.fields.indexOf(f)] as string)} = ?`).join(' AND ')}` : '') +
      ' ORDER BY id';
    const values = fields.map((f) => {
      const v = (where as Record<string, unknown>)[f];
      return c.bool.has(f) ? (v ? 1 : 0) : c.json.has(f) ? JSON.stringify(v) : v;
    });
    const rows = this.statement(`find:${table}:${fields.join(',')}`, sql).all(...values) as Record<string, unknown>[];
    return rows.map((r) => decodeRow(table, r));
  }

  put<T extends TableName>(table: T, row: RowOf<T>): void {
    const c = codecOf(table);
    this.statement(
      `put:${table}`,
      () =>
        `INSERT INTO ${quote(table)} (${c.columns.map(quote).join(', ')}) VALUES (${c.columns.map(() => '?').join(', ')}) ` +
        `ON CONFLICT (id) DO UPDATE SET ${c.columns
          .filter((col) => col !== 'id')
          .map((col) => `${quote(col)} = excluded.${quote(col)}`)
          .join(', ')}`,
    ).run(...encodeRow(table, row));
  }

  /** Record the hub's version of a row (0 while it exists only on this desk). */
  setVersion(table: TableName, id: string, version: number): void {
    this.statement(`version:${table}`, () => `UPDATE ${quote(table)} SET sync_version = ? WHERE id = ?`).run(version, id);
  }

  delete(table: TableName, id: string): void {
    this.statement(`delete:${table}`, () => `DELETE FROM ${quote(table)} WHERE id = ?`).run(id);
  }

  /** True when no synced table holds a row: a first start. */
  isEmpty(): boolean {
    return (Object.keys(tables) as TableName[]).every(
      (t) => this.statement(`any:${t}`, () => `SELECT 1 FROM ${quote(t)} LIMIT 1`).get() === undefined,
    );
  }
}
