/**
 * The hub's retention run (issue 15, AVG): per organisation, by the hub's clock, delete what its
 * retention settings say is due (shared/domain/retention) from the row store as tombstones, so every
 * desk drops the rows at its next pull; and anonymise what must stay for the audit:
 * - `mutation_log`: the arguments of mutations older than the shortest period, and of any mutation
 *   naming a deleted child, are replaced by a marker (name, device, actor, times and outcome stay);
 * - `parents` (portal accounts): a deleted child leaves their list; a parent with no child left is
 *   deactivated and their name and e-mail removed (the row stays: the portal's log refers to it);
 * - `portal_submissions` of deleted requests keep the request id and status, not the reason text.
 * Nothing in the synced rows is kept anonymised: the organisation's books (contracts, invoices)
 * are the back office's, which keeps them the fiscal seven years (see retentionSettings.ts).
 *
 * One transaction per location (its space locked, as a push batch locks it), then one for the
 * organisation's own tables. A dry run finds and counts the same and writes nothing.
 */
import { retentionCutoffs, type RetentionCutoffs } from '../../../shared/domain/retention/retention';
import { instantAtLocal } from '../../../shared/domain/requests/requestTime';
import { organisationSettingsSchema } from '../../../shared/domain/settings';
import { localDateAt } from '../../../shared/domain/time/localDate';
import type { TableName } from '../../../shared/model/tables';
import type { Db, Queryable } from '../db/db';
import { ANONYMISED_ARGS } from '../db/migrations/010_retention_mutation_log';
import { getRow, lockSpaces, setSpaceVersions, writeRows, type RowWrite } from '../sync/rowStore';
import { orgSpaceOf } from '../sync/spaces';
import { dueInLocation } from './dueRows';

/** What an anonymised rejection says instead of its sentence (which could name a child). */
export const ANONYMISED_MESSAGE = 'Geanonimiseerd na de bewaartermijn.';
/** The name a parent account keeps once it has no child left. */
export const REMOVED_PARENT_NAME = '[verwijderd]';

export type RetentionReport = {
  organisationId: string;
  /** The hub's date the run judged by. */
  today: string;
  cutoffs: RetentionCutoffs;
  dryRun: boolean;
  /** Rows deleted (or, in a dry run, due) per table. */
  deleted: Partial<Record<TableName, number>>;
  children: number;
  mutationLogAnonymised: number;
  parentsChanged: number;
};

export type RetentionOptions = { now: Date; dryRun?: boolean; organisationId?: string };

export async function runRetention(db: Db, options: RetentionOptions): Promise<RetentionReport[]> {
  const { rows } = await db.query<{ id: string }>(
    options.organisationId ? 'SELECT id FROM organisations WHERE id = $1' : 'SELECT id FROM organisations ORDER BY id',
    options.organisationId ? [options.organisationId] : [],
  );
  const reports: RetentionReport[] = [];
  for (const { id } of rows) reports.push(await runForOrganisation(db, id, options));
  return reports;
}

async function runForOrganisation(db: Db, organisationId: string, options: RetentionOptions): Promise<RetentionReport> {
  const dryRun = options.dryRun ?? false;
  const today = localDateAt(options.now);
  const organisation = await getRow(db, [orgSpaceOf(organisationId)], 'organisations', organisationId);
  const settings = organisationSettingsSchema.parse(organisation?.row.settings ?? {});
  const cutoffs = retentionCutoffs(today, settings.retention, settings.plan);
  const report: RetentionReport = {
    organisationId,
    today,
    cutoffs,
    dryRun,
    deleted: {},
    children: 0,
    mutationLogAnonymised: 0,
    parentsChanged: 0,
  };

  const { rows: locations } = await db.query<{ id: string }>('SELECT id FROM locations WHERE organisation_id = $1 ORDER BY id', [
    organisationId,
  ]);
  const childIds: string[] = [];
  const requestIds: string[] = [];
  for (const { id: space } of locations) {
    const due = await db.transaction(async (tx) => {
      const versions = await lockSpaces(tx, [space]);
      const found = await dueInLocation(tx, space, cutoffs);
      if (!dryRun && found.rows.length > 0) {
        let version = versions.get(space) ?? 0;
        const writes: RowWrite[] = found.rows.map((r) => ({ space, table: r.table, id: r.id, version: ++version, row: null }));
        await writeRows(tx, writes);
        await setSpaceVersions(tx, new Map([[space, version]]));
      }
      return found;
    });
    for (const r of due.rows) report.deleted[r.table] = (report.deleted[r.table] ?? 0) + 1;
    childIds.push(...due.childIds);
    requestIds.push(...due.requestIds);
  }
  report.children = childIds.length;

  const logBefore = instantAtLocal(cutoffs.mutationLog, 0);
  await db.transaction(async (tx) => {
    report.mutationLogAnonymised = await anonymiseMutationLog(tx, organisationId, logBefore, childIds, options.now, dryRun);
    report.parentsChanged = await removeFromParents(tx, organisationId, childIds, dryRun);
    if (!dryRun && requestIds.length > 0) {
      await tx.query('UPDATE portal_submissions SET reason = NULL WHERE request_id = ANY($1) AND reason IS NOT NULL', [requestIds]);
    }
  });
  return report;
}

/**
 * Log rows of the organisation's devices not yet anonymised that are older than `before` or whose
 * arguments name one of `childIds` (ids are UUIDs: a quoted match is that id and nothing else).
 */
async function anonymiseMutationLog(
  q: Queryable,
  organisationId: string,
  before: string,
  childIds: readonly string[],
  now: Date,
  dryRun: boolean,
): Promise<number> {
  const where = `m.device_id = d.id AND d.organisation_id = $1 AND m.anonymised_at IS NULL
    AND (m.applied_at < $2 OR m.args::text LIKE ANY($3))`;
  const params = [organisationId, before, childIds.map((id) => `%"${id}"%`)];
  if (dryRun) {
    const { rows } = await q.query<{ n: string }>(`SELECT count(*) AS n FROM mutation_log m, devices d WHERE ${where}`, params);
    return Number(rows[0]?.n ?? 0);
  }
  const { rowCount } = await q.query(
    `UPDATE mutation_log m SET args = $4::jsonb, anonymised_at = $5,
       reason = CASE WHEN m.reason IS NULL THEN NULL
         ELSE jsonb_build_object('code', m.reason -> 'code', 'rule', m.reason -> 'rule', 'message', $6::text) END
     FROM devices d WHERE ${where}`,
    [...params, JSON.stringify(ANONYMISED_ARGS), now.toISOString(), ANONYMISED_MESSAGE],
  );
  return rowCount ?? 0;
}

/** Takes deleted children off their parents' portal accounts; an account left without children is closed and its name removed. */
async function removeFromParents(q: Queryable, organisationId: string, childIds: readonly string[], dryRun: boolean): Promise<number> {
  if (childIds.length === 0) return 0;
  const ids = [...childIds];
  if (dryRun) {
    const { rows } = await q.query<{ n: string }>('SELECT count(*) AS n FROM parents WHERE organisation_id = $1 AND child_ids && $2', [
      organisationId,
      ids,
    ]);
    return Number(rows[0]?.n ?? 0);
  }
  const kept = await q.query(
    `UPDATE parents SET child_ids = ARRAY(SELECT c FROM unnest(child_ids) AS c WHERE NOT c = ANY($2))
     WHERE organisation_id = $1 AND child_ids && $2 AND NOT child_ids <@ $2`,
    [organisationId, ids],
  );
  // The account's list keeps the deleted ids (it may not be empty): they name no one any more.
  const closed = await q.query(
    `UPDATE parents SET active = false, name = $3, email = NULL
     WHERE organisation_id = $1 AND child_ids <@ $2 AND name <> $3`,
    [organisationId, ids, REMOVED_PARENT_NAME],
  );
  return (kept.rowCount ?? 0) + (closed.rowCount ?? 0);
}
