/**
 * Applies a named mutator locally: one SQLite transaction holds the domain rows, their
 * pre-images and the outbox row, so a change the UI reports as saved is on disk together with
 * what sync needs to deliver it. A refused mutation rolls back and leaves nothing behind.
 */
import { mutators } from '../../../shared/mutators';
import type { MutatorName } from '../../../shared/mutators/names';
import type { MutationContext, MutationFailure } from '../../../shared/mutators/types';
import type { TableName } from '../../../shared/model/tables';
import type { Db } from './database';
import { SqliteMutationTx } from './sqliteMutationTx';
import type { TableStore } from './tableStore';
import type { WriteLock } from './writeLock';

export type LocalMutationResult = { ok: true; mutationId: number; tables: TableName[] } | MutationFailure;

export class LocalMutations {
  private readonly insertOutbox;

  constructor(
    private readonly db: Db,
    private readonly store: TableStore,
    private readonly lock: WriteLock,
  ) {
    this.insertOutbox = db.prepare('INSERT INTO outbox (name, args, created_at, actor) VALUES (?, ?, ?, ?)');
  }

  /** `args` must already have been parsed with the mutator's schema. */
  apply(name: MutatorName, args: unknown, ctx: MutationContext): Promise<LocalMutationResult> {
    const mutator = mutators[name];
    return this.lock.run(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const tx = new SqliteMutationTx(this.store, this.db);
        const outcome = await mutator.apply(tx, args, ctx);
        if (!outcome.ok) {
          this.db.exec('ROLLBACK');
          return outcome;
        }
        const { lastInsertRowid } = this.insertOutbox.run(name, JSON.stringify(args), ctx.createdAt, JSON.stringify(ctx.actor));
        this.db.exec('COMMIT');
        return { ok: true, mutationId: Number(lastInsertRowid), tables: [...tx.touched] };
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  pendingCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  }
}
