/**
 * Chooses the backend: PostgreSQL when `DATABASE_URL` is set, otherwise PGlite in `HUB_DATA`
 * (default `./.data/hub`). Migrations are applied before the database is handed out.
 */
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Db } from './db';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export type DbConfig = { databaseUrl?: string; dataDir: string; poolSize?: number };

export const DEFAULT_DATA_DIR = './.data/hub';

export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const poolSize = env.HUB_DB_POOL_SIZE ? Number(env.HUB_DB_POOL_SIZE) : undefined;
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.HUB_DATA || DEFAULT_DATA_DIR),
    ...(poolSize && Number.isInteger(poolSize) && poolSize > 0 ? { poolSize } : {}),
  };
}

export async function openDb(config: DbConfig, logger?: Logger): Promise<Db> {
  const db = config.databaseUrl
    ? await openPostgres({
        connectionString: config.databaseUrl,
        ...(config.poolSize ? { poolSize: config.poolSize } : {}),
        ...(logger ? { logger } : {}),
      })
    : await openPglite(config.dataDir);
  try {
    const applied = await migrate(db);
    if (applied.length > 0) logger?.info({ applied }, 'database migrated');
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Where the data lives, for the start-up log line (never the password of a URL). */
export function describeDb(config: DbConfig): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
