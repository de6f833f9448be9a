/**
 * The desk's reads of parents' requests: indexed SQL over the synced `requests`, `requestEvents`,
 * `hourLedger` and `requestTasks` tables, decoded with the table schemas.
 *
 * Provisional (spec/requests.md, "Decisions made offline"): a decision the hub has not accepted
 * yet. The desk derives it from its outbox: a request row touched by a pending outbox mutation
 * (`outbox.touched` lists the rows each pending mutation wrote) is provisional; once the hub has
 * answered, the rebase drops the outbox row and the row is the hub's. The rows themselves never
 * say "provisional": the same mutator writes the hub's row, where nothing is provisional.
 *
 * Conflicts: a decision the hub refused stays in `sync_rejections` (the "needs attention" list)
 * until the manager has seen it; `requestConflicts` finds those of request mutators, so the queue
 * can flag the request and show both versions.
 */
import { requestOfRow } from '../../../../shared/domain/requests/requestRow';
import type { RequestWithState } from '../../../../shared/domain/requests/request';
import type {
  BillingLineRow,
  HourLedgerRow,
  RequestEventRow,
  RequestRow,
  RequestTaskRow,
  SchoolClosureDayRow,
} from '../../../../shared/model/requestRows';
import { readEnrolment } from '../../sync/syncRepository';
import type { Db } from '../database';
import { decodeRow } from '../rowCodec';

const decode = (rows: unknown[]): RequestRow[] => (rows as Record<string, unknown>[]).map((r) => decodeRow('requests', r));

/** Approved requests of the location that change the plan between `from` and `to` (inclusive). */
export function approvedRequestsTouching(db: Db, locationId: string, from: string, to: string): RequestWithState[] {
  const rows = db
    .prepare(
      `SELECT * FROM requests WHERE location_id = ? AND status = 'approved' AND date <= ? AND end_date >= ?
       UNION
       SELECT * FROM requests WHERE location_id = ? AND status = 'approved' AND original_date BETWEEN ? AND ?
       ORDER BY id`,
    )
    .all(locationId, to, from, locationId, from, to);
  return decode(rows).map(requestOfRow);
}

/** Every request of the location with care or absence between `from` and `to`, any state. */
export function requestsBetween(db: Db, locationId: string, from: string, to: string): RequestRow[] {
  return decode(
    db
      .prepare('SELECT * FROM requests WHERE location_id = ? AND date <= ? AND end_date >= ? ORDER BY date, submitted_at, id')
      .all(locationId, to, from),
  );
}

/** The open (submitted) requests of the location, any day. */
export function openRequests(db: Db, locationId: string): RequestRow[] {
  return decode(
    db.prepare("SELECT * FROM requests WHERE location_id = ? AND status = 'submitted' ORDER BY date, submitted_at, id").all(locationId),
  );
}

export function requestById(db: Db, id: string): RequestRow | null {
  const raw = db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  return raw ? decodeRow('requests', raw) : null;
}

/** The requests of these children (any state): the rules' "other requests". */
export function requestsOfChildren(db: Db, childIds: readonly string[]): RequestRow[] {
  if (childIds.length === 0) return [];
  const out: RequestRow[] = [];
  const statement = db.prepare('SELECT * FROM requests WHERE child_id = ? ORDER BY id');
  for (const id of childIds) out.push(...decode(statement.all(id)));
  return out;
}

export function ledgerOfChildren(db: Db, childIds: readonly string[]): HourLedgerRow[] {
  const out: HourLedgerRow[] = [];
  const statement = db.prepare('SELECT * FROM hourLedger WHERE child_id = ? ORDER BY valid_until, id');
  for (const id of childIds) out.push(...(statement.all(id) as Record<string, unknown>[]).map((r) => decodeRow('hourLedger', r)));
  return out;
}

export function ledgerOfLocation(db: Db, locationId: string): HourLedgerRow[] {
  return (
    db.prepare('SELECT * FROM hourLedger WHERE location_id = ? ORDER BY child_id, valid_until, id').all(locationId) as Record<
      string,
      unknown
    >[]
  ).map((r) => decodeRow('hourLedger', r));
}

export function eventsOfRequests(db: Db, requestIds: readonly string[]): RequestEventRow[] {
  const out: RequestEventRow[] = [];
  const statement = db.prepare('SELECT * FROM requestEvents WHERE request_id = ? ORDER BY at, id');
  for (const id of requestIds) out.push(...(statement.all(id) as Record<string, unknown>[]).map((r) => decodeRow('requestEvents', r)));
  return out;
}

/** The invoice lines of these requests, by request id. */
export function billingOfRequests(db: Db, requestIds: readonly string[]): Map<string, BillingLineRow[]> {
  const out = new Map<string, BillingLineRow[]>();
  const statement = db.prepare('SELECT * FROM billingLines WHERE request_id = ? ORDER BY posted_at, id');
  for (const id of requestIds) {
    const lines = (statement.all(id) as Record<string, unknown>[]).map((r) => decodeRow('billingLines', r));
    if (lines.length > 0) out.set(id, lines);
  }
  return out;
}

/** The manager's opening thresholds of the location's school closure days (`schoolClosureDay.setThreshold`). */
export function schoolClosureDays(db: Db, locationId: string, dates: readonly string[]): SchoolClosureDayRow[] {
  const statement = db.prepare('SELECT * FROM schoolClosureDays WHERE location_id = ? AND date = ?');
  return dates.flatMap((date) =>
    (statement.all(locationId, date) as Record<string, unknown>[]).map((r) => decodeRow('schoolClosureDays', r)),
  );
}

/** The location's live (submitted or approved) school-closure-day requests on these days. */
export function liveClosureRequests(db: Db, locationId: string, dates: readonly string[]): RequestWithState[] {
  const statement = db.prepare(
    "SELECT * FROM requests WHERE location_id = ? AND date = ? AND kind = 'schoolClosureDay' AND status IN ('submitted', 'approved')",
  );
  return dates.flatMap((date) => decode(statement.all(locationId, date)).map(requestOfRow));
}

/** Every open request with an expiry moment, on this desk (all its locations), soonest first. */
export function openRequestsWithExpiry(db: Db): { id: string; locationId: string; expiresAt: string }[] {
  return db
    .prepare(
      "SELECT id, location_id AS locationId, expires_at AS expiresAt FROM requests WHERE status = 'submitted' AND expires_at IS NOT NULL ORDER BY expires_at, id",
    )
    .all() as { id: string; locationId: string; expiresAt: string }[];
}

export function openTasks(db: Db, locationId: string): RequestTaskRow[] {
  return (
    db.prepare('SELECT * FROM requestTasks WHERE location_id = ? AND done_at IS NULL ORDER BY created_at, id').all(locationId) as Record<
      string,
      unknown
    >[]
  ).map((r) => decodeRow('requestTasks', r));
}

/**
 * Ids of request rows a pending (not yet accepted by the hub) outbox mutation wrote: provisional.
 * A desk that is not enrolled with a hub has no one to wait for: nothing is provisional there.
 */
export function pendingRequestIds(db: Db): Set<string> {
  if (readEnrolment(db) === null) return new Set();
  const rows = db.prepare('SELECT touched FROM outbox').all() as { touched: string }[];
  const ids = new Set<string>();
  for (const r of rows) {
    for (const t of JSON.parse(r.touched) as { table: string; id: string }[]) if (t.table === 'requests') ids.add(t.id);
  }
  return ids;
}

export type RequestConflict = {
  seq: number;
  requestId: string;
  name: string;
  actor: { userId: string; role: string; name: string };
  createdAt: string;
  args: Record<string, unknown>;
  reason: { code: string; rule: string | null; message: string };
  rejectedAt: string;
};

/** Decisions on requests the hub refused, not yet resolved by the manager, by request id. */
export function requestConflicts(db: Db): Map<string, RequestConflict[]> {
  const rows = db
    .prepare(
      "SELECT seq, name, args, actor, created_at, reason_code, reason_rule, reason_message, rejected_at FROM sync_rejections WHERE resolved_at IS NULL AND name LIKE 'request.%' ORDER BY seq",
    )
    .all() as Record<string, string | number | null>[];
  const out = new Map<string, RequestConflict[]>();
  for (const r of rows) {
    const args = JSON.parse(r.args as string) as Record<string, unknown>;
    const requestId =
      typeof args.requestId === 'string'
        ? args.requestId
        : typeof (args.request as { id?: unknown } | undefined)?.id === 'string'
          ? (args.request as { id: string }).id
          : null;
    if (requestId === null) continue;
    const conflict: RequestConflict = {
      seq: r.seq as number,
      requestId,
      name: r.name as string,
      actor: JSON.parse(r.actor as string),
      createdAt: r.created_at as string,
      args,
      reason: { code: r.reason_code as string, rule: (r.reason_rule as string | null) ?? null, message: r.reason_message as string },
      rejectedAt: r.rejected_at as string,
    };
    out.set(requestId, [...(out.get(requestId) ?? []), conflict]);
  }
  return out;
}
