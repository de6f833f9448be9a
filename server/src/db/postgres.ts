/**
 * PostgreSQL through a pg Pool: the production backend. Several hub processes may share one
 * database; nothing here keeps state beyond the pool's connections.
 */
import pg from 'pg';
import type { Logger } from 'pino';
import { toDbError, type Db, type QueryResult, type Queryable } from './db';

const INT8_OID = 20;

/** int8 (bigint) as a JS number: versions and mutation ids stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export type PostgresOptions = {
  connectionString: string;
  /** A schema to work in (tests isolate themselves this way); default the server's search_path. */
  schema?: string;
  poolSize?: number;
  logger?: Logger;
};

export async function openPostgres(options: PostgresOptions): Promise<Db> {
  const settings = ['-c statement_timeout=30000', '-c lock_timeout=10000', '-c idle_in_transaction_session_timeout=60000'];
  if (options.schema) settings.push(`-c search_path=${options.schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    options: settings.join(' '),
    types,
    application_name: 'opvangdesk-hub',
  });
  // An idle connection that breaks must not crash the process; the next query reconnects.
  pool.on('error', (error) => options.logger?.warn({ err: error }, 'idle database connection failed'));

  const over = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      try {
        const result = await client.query(sql, params as unknown[]);
        return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
      } catch (error) {
        throw toDbError(error);
      }
    },
    async exec(sql: string): Promise<void> {
      try {
        await client.query(sql);
      } catch (error) {
        throw toDbError(error);
      }
    },
  });

  const db: Db = {
    backend: 'postgres',
    ...over(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw toDbError(error);
      }
      const tx = over(client);
      let broken: Error | undefined;
      try {
        await tx.exec('BEGIN');
        const result = await fn(tx);
        await tx.exec('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection is gone: do not hand it to the next caller.
          broken = rollbackError as Error;
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
  await db.query('SELECT 1');
  return db;
}
