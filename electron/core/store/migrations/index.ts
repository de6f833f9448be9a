/**
 * Numbered migrations, applied in order, each in a transaction; the number reached is kept in
 * `PRAGMA user_version`. Append only: a released migration is never edited.
 */
import { initialSchema } from './001_initial';
import { syncSchema } from './002_sync';

export type Migration = { version: number; name: string; sql: string };

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: initialSchema },
  { version: 2, name: 'sync engine', sql: syncSchema },
];
