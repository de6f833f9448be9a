/**
 * The hub's one small database interface, implemented over PostgreSQL (a pg Pool) and over the
 * embedded PGlite. Everything above it speaks plain PostgreSQL SQL with `$n` parameters, so the
 * same code and the same tests run on both.
 *
 * Every error that comes out of the database is wrapped in `DbError`, so callers can tell a
 * database failure (stop, retry later) from a bug or a rule in their own code.
 */
export type QueryResult<R> = { rows: R[]; rowCount: number };

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly backend: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export class DbError extends Error {
  override readonly name = 'DbError';
  constructor(
    message: string,
    /** The SQLSTATE, when the server answered; undefined for a lost or refused connection. */
    readonly sqlState: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Wraps whatever a driver threw; keeps a DbError as it is. */
export function toDbError(error: unknown): DbError {
  if (error instanceof DbError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && 'severity' in (error as object) ? code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return new DbError(message, sqlState, { cause: error });
}

/**
 * Data exceptions (class 22: e.g. a NUL character in a string) and integrity violations (23)
 * come from the values a request carried and fail the same way on every retry: permanent.
 * Everything else (connection lost, shutdown, lock timeout, deadlock, ...) may pass: transient.
 */
export function isPermanentDbError(error: DbError): boolean {
  const state = error.sqlState;
  return state !== undefined && (state.startsWith('22') || state.startsWith('23'));
}

/** Deadlock or serialisation failure: the transaction may simply be run again. */
export function isRetryableDbError(error: unknown): boolean {
  return error instanceof DbError && (error.sqlState === '40P01' || error.sqlState === '40001');
}

/** Runs a transaction again (up to `attempts` times) when PostgreSQL chose it as a deadlock victim. */
export async function withDeadlockRetry<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryableDbError(error)) throw error;
    }
  }
}
