/**
 * After a pull page: put the hub's truth under the desk's pending changes, in one transaction.
 *   1. restore the pre-images of rows touched by pending mutations (the last hub state we had),
 *   2. apply the hub's changes and advance the cursors,
 *   3. drop the outbox rows the hub has processed (keeping its refusals for the manager),
 *   4. replay the remaining outbox rows on top, recording fresh pre-images.
 * A crash anywhere rolls the whole step back; the next round repeats it.
 */
import { tables, type TableName } from '../../../shared/model/tables';
import type { MutationResult, PullResponse } from '../../../shared/sync/protocol';
import type { Logger } from '../logger';
import type { Db } from '../store/database';
import type { LocalMutations, OutboxRow } from '../store/localMutations';
import type { TableStore } from '../store/tableStore';
import type { WriteLock } from '../store/writeLock';
import { insertRejection, writeCursors } from './syncRepository';

export type RebaseInput = {
  page: Pick<PullResponse, 'changes' | 'cursors' | 'lastMutationId'>;
  /** Verdicts on this desk's mutations, from the push and pull answers. */
  results: ReadonlyMap<number, MutationResult>;
  now: string;
};

export type RebaseOutcome = { tables: TableName[]; acknowledged: number; rejected: number };

export function rebase(
  deps: { db: Db; store: TableStore; lock: WriteLock; mutations: LocalMutations; log: Logger },
  input: RebaseInput,
): Promise<RebaseOutcome> {
  const { db, store, lock, mutations, log } = deps;
  return lock.run(async () => {
    const changed = new Set<TableName>();
    db.exec('BEGIN IMMEDIATE');
    try {
      const preimages = db.prepare('SELECT table_name, row_id, row FROM pending_preimages').all() as {
        table_name: TableName;
        row_id: string;
        row: string | null;
      }[];
      for (const p of preimages) {
        if (p.row === null) store.delete(p.table_name, p.row_id);
        else store.put(p.table_name, JSON.parse(p.row));
        changed.add(p.table_name);
      }
      db.exec('DELETE FROM pending_preimages');

      for (const change of input.page.changes) {
        if (change.deleted || change.row === null) {
          store.delete(change.table, change.id);
        } else {
          const parsed = tables[change.table].schema.safeParse(change.row);
          if (!parsed.success) {
            log.error({ table: change.table, id: change.id, issues: parsed.error.issues }, 'hub row does not match the model; skipped');
            continue;
          }
          store.put(change.table, parsed.data as never);
          store.setVersion(change.table, change.id, change.version);
        }
        changed.add(change.table);
      }
      writeCursors(db, input.page.cursors);

      const processed = db
        .prepare(
          'SELECT seq, name, args, created_at AS createdAt, actor, session_id AS sessionId, hlc, touched FROM outbox WHERE seq <= ? ORDER BY seq',
        )
        .all(input.page.lastMutationId) as OutboxRow[];
      let rejected = 0;
      for (const row of processed) {
        const verdict = input.results.get(row.seq);
        if (verdict?.status === 'rejected') {
          rejected++;
          const touched = JSON.parse(row.touched) as { table: TableName; id: string }[];
          insertRejection(db, {
            seq: row.seq,
            name: row.name,
            args: JSON.parse(row.args),
            actor: JSON.parse(row.actor),
            createdAt: row.createdAt,
            reason: verdict.reason ?? { code: 'rule_violated', message: 'De hub heeft deze wijziging geweigerd.' },
            serverRows: touched.map((t) => ({ ...t, row: store.get(t.table, t.id) })),
            rejectedAt: input.now,
          });
        }
      }
      db.prepare('DELETE FROM outbox WHERE seq <= ?').run(input.page.lastMutationId);

      for (const row of mutations.pendingAfter(0, Number.MAX_SAFE_INTEGER)) {
        const { outcome, tables: touched } = await mutations.replay(row);
        touched.forEach((t) => changed.add(t));
        if (!outcome.ok)
          log.warn({ seq: row.seq, name: row.name, rule: outcome.rule }, 'pending change no longer holds locally; the hub decides');
      }
      db.exec('COMMIT');
      return { tables: [...changed], acknowledged: processed.length, rejected };
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  });
}
