/**
 * The sync engine's own rows: the hub it is enrolled with (meta), cursors per space, and the
 * hub's refusals that need the manager's attention.
 */
import type { MutationReason } from '../../../shared/sync/protocol';
import type { Db } from '../store/database';
import { readMeta, writeMeta } from '../store/repositories/metaRepository';

export type HubEnrolment = { hubUrl: string; deviceId: string; organisationId: string; locationIds: string[] };

export function readEnrolment(db: Db): HubEnrolment | null {
  const hubUrl = readMeta(db, 'hub.url');
  const deviceId = readMeta(db, 'hub.deviceId');
  if (!hubUrl || !deviceId) return null;
  return {
    hubUrl,
    deviceId,
    organisationId: readMeta(db, 'hub.organisationId') ?? '',
    locationIds: JSON.parse(readMeta(db, 'hub.locationIds') ?? '[]') as string[],
  };
}

export function writeEnrolment(db: Db, e: HubEnrolment): void {
  db.transaction(() => {
    writeMeta(db, 'hub.url', e.hubUrl);
    writeMeta(db, 'hub.deviceId', e.deviceId);
    writeMeta(db, 'hub.organisationId', e.organisationId);
    writeMeta(db, 'hub.locationIds', JSON.stringify(e.locationIds));
    writeMeta(db, 'dataset', 'real');
    // the hub numbers this desk's mutations from 1
    db.prepare("DELETE FROM sqlite_sequence WHERE name = 'outbox'").run();
  })();
}

export function readCursors(db: Db): Record<string, number> {
  const rows = db.prepare('SELECT space, version FROM sync_cursors').all() as { space: string; version: number }[];
  return Object.fromEntries(rows.map((r) => [r.space, r.version]));
}

export function writeCursors(db: Db, cursors: Record<string, number>): void {
  const upsert = db.prepare(
    'INSERT INTO sync_cursors (space, version) VALUES (?, ?) ON CONFLICT (space) DO UPDATE SET version = excluded.version',
  );
  for (const [space, version] of Object.entries(cursors)) upsert.run(space, version);
}

export type Rejection = {
  seq: number;
  name: string;
  args: unknown;
  actor: { userId: string; role: string; name: string };
  createdAt: string;
  reason: MutationReason;
  serverRows: { table: string; id: string; row: unknown }[];
  rejectedAt: string;
};

export function insertRejection(db: Db, r: Rejection): void {
  db.prepare(
    `INSERT OR REPLACE INTO sync_rejections (seq, name, args, actor, created_at, reason_code, reason_rule, reason_message, server_rows, rejected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.seq,
    r.name,
    JSON.stringify(r.args),
    JSON.stringify(r.actor),
    r.createdAt,
    r.reason.code,
    r.reason.rule ?? null,
    r.reason.message,
    JSON.stringify(r.serverRows),
    r.rejectedAt,
  );
}

export function openRejections(db: Db): Rejection[] {
  const rows = db.prepare('SELECT * FROM sync_rejections WHERE resolved_at IS NULL ORDER BY seq').all() as Record<
    string,
    string | number | null
  >[];
  return rows.map((r) => ({
    seq: r.seq as number,
    name: r.name as string,
    args: JSON.parse(r.args as string),
    actor: JSON.parse(r.actor as string),
    createdAt: r.created_at as string,
    reason: {
      code: r.reason_code as string,
      ...(r.reason_rule ? { rule: r.reason_rule as string } : {}),
      message: r.reason_message as string,
    },
    serverRows: JSON.parse(r.server_rows as string),
    rejectedAt: r.rejected_at as string,
  }));
}

export function resolveRejection(db: Db, seq: number, at: string): boolean {
  return db.prepare('UPDATE sync_rejections SET resolved_at = ? WHERE seq = ? AND resolved_at IS NULL').run(at, seq).changes === 1;
}

export function openRejectionCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM sync_rejections WHERE resolved_at IS NULL').get() as { n: number }).n;
}
