/**
 * Applies a named mutator locally: one SQLite transaction holds the domain rows, their
 * pre-images and the outbox row, so a change the UI reports as saved is on disk together with
 * what sync needs to deliver it. A refused mutation rolls back and leaves nothing behind.
 */
import { mutators } from '../../../shared/mutators';
import type { MutatorName } from '../../../shared/mutators/names';
import type { MutationContext, MutationFailure, MutationOutcome } from '../../../shared/mutators/types';
import type { TableName } from '../../../shared/model/tables';
import type { HlcClock } from '../sync/hlcClock';
import type { Db } from './database';
import { SqliteMutationTx } from './sqliteMutationTx';
import type { TableStore } from './tableStore';
import type { WriteLock } from './writeLock';

export type LocalMutationResult = { ok: true; mutationId: number; tables: TableName[] } | MutationFailure;

export type OutboxRow = {
  seq: number;
  name: MutatorName;
  args: string;
  createdAt: string;
  actor: string;
  /** The hub session it was made under (null on a desk without hub). */
  sessionId: string | null;
  hlc: string;
  touched: string;
};

export class LocalMutations {
  private readonly insertOutbox;

  constructor(
    private readonly db: Db,
    private readonly store: TableStore,
    private readonly lock: WriteLock,
    private readonly hlc: HlcClock,
    /** The hub session of whoever is signed in (core's Session): each outbox row records it. */
    private readonly sessionOf: () => string | null,
  ) {
    this.insertOutbox = db.prepare(
      'INSERT INTO outbox (name, args, created_at, actor, session_id, hlc, touched) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  /** `args` must already have been parsed with the mutator's schema. */
  apply(name: MutatorName, args: unknown, ctx: MutationContext): Promise<LocalMutationResult> {
    return this.lock.run(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const tx = new SqliteMutationTx(this.store, this.db);
        const outcome = await mutators[name].apply(tx, args, ctx);
        if (!outcome.ok) {
          this.db.exec('ROLLBACK');
          return outcome;
        }
        const stamp = this.hlc.next(Date.parse(ctx.createdAt));
        const { lastInsertRowid } = this.insertOutbox.run(
          name,
          JSON.stringify(args),
          ctx.createdAt,
          JSON.stringify(ctx.actor),
          this.sessionOf(),
          stamp,
          JSON.stringify(tx.touchedRows),
        );
        this.db.exec('COMMIT');
        return { ok: true, mutationId: Number(lastInsertRowid), tables: [...tx.touched] };
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /**
   * Runs `mutations` in order without keeping them (a transaction that is rolled back): each
   * mutation's verdict, as the real run would give it after those before it. A refused mutation's
   * writes are undone before the next runs. `args` must already have been parsed.
   */
  tryAll(mutations: readonly { name: MutatorName; args: unknown }[], ctx: MutationContext): Promise<MutationOutcome[]> {
    return this.lock.run(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const outcomes: MutationOutcome[] = [];
        for (const { name, args } of mutations) {
          this.db.exec('SAVEPOINT trial');
          const outcome = await mutators[name].apply(new SqliteMutationTx(this.store, this.db), args, ctx);
          this.db.exec(outcome.ok ? 'RELEASE trial' : 'ROLLBACK TO trial; RELEASE trial');
          outcomes.push(outcome);
        }
        return outcomes;
      } finally {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
      }
    });
  }

  /**
   * Applies `mutations` in order as one transaction, an outbox row each (they sync one by one like
   * any change): all of them, or on the first refusal none (its index and the refusal). A desk
   * killed halfway leaves nothing, as SQLite rolls back what was not committed. Parsed `args`.
   */
  applyAll(
    mutations: readonly { name: MutatorName; args: unknown }[],
    ctx: MutationContext,
  ): Promise<{ ok: true; count: number; tables: TableName[] } | { ok: false; index: number; failure: MutationFailure }> {
    return this.lock.run(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const tables = new Set<TableName>();
        for (const [index, { name, args }] of mutations.entries()) {
          const tx = new SqliteMutationTx(this.store, this.db);
          const outcome = await mutators[name].apply(tx, args, ctx);
          if (!outcome.ok) {
            this.db.exec('ROLLBACK');
            return { ok: false, index, failure: outcome };
          }
          const stamp = this.hlc.next(Date.parse(ctx.createdAt));
          this.insertOutbox.run(
            name,
            JSON.stringify(args),
            ctx.createdAt,
            JSON.stringify(ctx.actor),
            this.sessionOf(),
            stamp,
            JSON.stringify(tx.touchedRows),
          );
          for (const t of tx.touched) tables.add(t);
        }
        this.db.exec('COMMIT');
        return { ok: true, count: mutations.length, tables: [...tables] };
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /**
   * Re-run a pending mutation on top of the hub's rows during a rebase, inside the caller's
   * transaction. A mutation that no longer holds locally changes nothing here; it stays in the
   * outbox and the hub gives the verdict.
   */
  async replay(row: OutboxRow): Promise<{ outcome: MutationOutcome; tables: TableName[] }> {
    const tx = new SqliteMutationTx(this.store, this.db);
    this.db.exec('SAVEPOINT replay');
    const outcome = await mutators[row.name].apply(tx, JSON.parse(row.args), {
      actor: JSON.parse(row.actor),
      createdAt: row.createdAt,
    });
    this.db.exec(outcome.ok ? 'RELEASE replay' : 'ROLLBACK TO replay; RELEASE replay');
    return { outcome, tables: outcome.ok ? [...tx.touched] : [] };
  }

  /** Pending outbox rows after `seq`, in order. */
  pendingAfter(seq: number, limit: number): OutboxRow[] {
    return this.db
      .prepare(
        'SELECT seq, name, args, created_at AS createdAt, actor, session_id AS sessionId, hlc, touched FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?',
      )
      .all(seq, limit) as OutboxRow[];
  }

  pendingCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  }
}
