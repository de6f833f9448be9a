/** The hub's migrations in order; a new one gets the next number and is never edited afterwards. */
import { initial } from './001_initial';

export type Migration = { version: number; name: string; sql: string };

export const migrations: readonly Migration[] = [initial];
