/**
 * A desk the hub has revoked (sync.md, "Authentication"): it stays locked across restarts, also
 * without a connection, because the fact is kept in the store (`hub.revoked`). A revocation with
 * `wipe` (hub:admin revoke-device --wipe: a lost or stolen laptop) also deletes everything the
 * store holds about children, staff and the organisation, including what was not yet sent (the
 * hub revoked the desk: nothing it sends would be accepted anyway), and the migration backups;
 * only the enrolment and the revocation itself stay, so the desk can say what happened.
 */
import fs from 'node:fs';
import type { Db } from '../store/database';
import { checkpoint } from '../store/database';
import { readMeta, writeMeta } from '../store/repositories/metaRepository';

export type Revocation = { message: string; wiped: boolean; at: string };

/** Meta keys kept by a wipe: the enrolment (to show which hub revoked it) and the revocation. */
const KEPT_META = ['hub.url', 'hub.deviceId', 'hub.organisationId', 'hub.locationIds', 'hub.revoked'];

export function readRevocation(db: Db): Revocation | null {
  const text = readMeta(db, 'hub.revoked');
  return text ? (JSON.parse(text) as Revocation) : null;
}

/**
 * Records the revocation, and with `wipe` empties every table in one transaction, then rewrites
 * the file (VACUUM) and folds the WAL in, so no deleted page keeps a child's name; deletes the
 * backups folder. Idempotent: a second revoked answer changes nothing more.
 */
export function applyRevocation(db: Db, input: { message: string; wipe: boolean; at: string; backupsDir: string }): Revocation {
  const known = readRevocation(db);
  if (known && (known.wiped || !input.wipe)) return known;
  const revocation: Revocation = { message: input.message, wiped: input.wipe, at: input.at };
  // (a no-op inside a transaction: switched off before it, on again after)
  if (input.wipe) db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    if (input.wipe) {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'meta'")
        .all() as { name: string }[];
      for (const { name } of tables) db.prepare(`DELETE FROM "${name}"`).run();
      db.prepare(`DELETE FROM meta WHERE key NOT IN (${KEPT_META.map(() => '?').join(', ')})`).run(...KEPT_META);
    }
    writeMeta(db, 'hub.revoked', JSON.stringify(revocation));
  })();
  if (input.wipe) {
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.exec('VACUUM');
    checkpoint(db);
    fs.rmSync(input.backupsDir, { recursive: true, force: true });
  }
  return revocation;
}
