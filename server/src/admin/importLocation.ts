/**
 * `hub:admin import`: a back office's file into a location on the hub, for the central office
 * that onboards many locations. The same engine as the desk (shared/import/previewImport.ts) and
 * the same write path as a desk's push (sync/pushBatch.ts): the mutations are a batch of the
 * location's import device, run as the hub's administrator, tried without keeping them for the
 * preview, and applied all or nothing (a file the mutators accept in full in the same pass). So every row goes through the mutators, is logged in the
 * mutation log under that device, and reaches the desks by the pull like any change.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { organisationSettingsSchema } from '../../../shared/domain/settings';
import { localDateOf } from '../../../shared/domain/requests/requestTime';
import { mutationsOf, type ImportSummary, type Verdict } from '../../../shared/import/checkPlan';
import { importMessage } from '../../../shared/import/importMessages';
import type { LocationRows, PlannedMutation } from '../../../shared/import/plan';
import { previewImport } from '../../../shared/import/previewImport';
import type { WireMutation } from '../../../shared/sync/protocol';
import type { AuthenticatedDevice } from '../auth/deviceAuth';
import { sha256Hex } from '../auth/credentials';
import type { Db, Queryable } from '../db/db';
import { ADMINISTRATOR_SESSION_ID, processBatch } from '../sync/pushBatch';
import { findRows, getRow } from '../sync/rowStore';
import { orgSpaceOf } from '../sync/spaces';

export type HubImportResult =
  { ok: true; summary: ImportSummary; mutations: number | null; refusedWhole: boolean } | { ok: false; message: string };

/**
 * The location's import device: a desk row no one can sign in as (its secret is thrown away), so
 * the import's mutations have a device, ids and a log like any desk's; one per location, so the
 * central office can import several locations at once.
 */
async function importDevice(
  q: Queryable,
  organisationId: string,
  locationId: string,
): Promise<AuthenticatedDevice & { lastMutationId: number }> {
  const id = `import-${locationId}`.slice(0, 64);
  await q.query(
    `INSERT INTO devices (id, kind, organisation_id, name, credential_hash) VALUES ($1, 'desk', $2, 'hub:admin import', $3)
     ON CONFLICT (id) DO NOTHING`,
    [id, organisationId, sha256Hex(randomBytes(32).toString('hex'))],
  );
  const { rows } = await q.query<{ last_mutation_id: string | number }>('SELECT last_mutation_id FROM devices WHERE id = $1', [id]);
  return {
    id,
    organisationId,
    name: 'hub:admin import',
    locationIds: [locationId],
    lastMutationId: Number(rows[0]?.last_mutation_id ?? 0),
  };
}

async function locationRows(q: Queryable, organisationId: string, locationId: string, today: string): Promise<LocationRows> {
  const spaces = [locationId];
  const location = (await getRow(q, spaces, 'locations', locationId))!.row;
  const organisation = await getRow(q, [orgSpaceOf(organisationId)], 'organisations', organisationId);
  const where = { locationId };
  return {
    location,
    today,
    planSettings: organisationSettingsSchema.parse(organisation?.row.settings ?? {}).plan,
    groups: await findRows(q, spaces, 'groups', where),
    staff: await findRows(q, spaces, 'staff', where),
    children: await findRows(q, spaces, 'children', where),
    placements: await findRows(q, spaces, 'placements', where),
    contacts: await findRows(q, spaces, 'childContacts', where),
    health: await findRows(q, spaces, 'childHealth', where),
  };
}

export async function importIntoLocation(
  db: Db,
  input: {
    organisationId: string;
    location: string;
    fileName: string;
    bytes: Uint8Array;
    apply: boolean;
    now: Date;
    log: FastifyBaseLogger;
  },
): Promise<HubImportResult> {
  const { rows: found } = await db.query<{ id: string }>(
    'SELECT id FROM locations WHERE organisation_id = $1 AND (id = $2 OR lower(code) = lower($2)) ORDER BY id LIMIT 1',
    [input.organisationId, input.location],
  );
  const locationId = found[0]?.id;
  if (!locationId) return { ok: false, message: importMessage('import.location_unknown', { location: input.location }) };
  const device = await db.transaction((tx) => importDevice(tx, input.organisationId, locationId));
  const createdAt = input.now.toISOString();
  const wire = (mutations: readonly PlannedMutation[]): WireMutation[] =>
    mutations.map((m, i) => ({
      id: device.lastMutationId + 1 + i,
      name: m.name,
      args: m.args,
      hlc: `${createdAt}-${i}`,
      createdAt,
      sessionId: ADMINISTRATOR_SESSION_ID,
    }));
  const run = (mutations: readonly PlannedMutation[], commit: 'never' | 'allOrNothing') =>
    processBatch(db, device, wire(mutations), input.log, input.now, { asAdministrator: true, commit });

  // With --apply the trial is already the apply (all or nothing): a file the mutators accept in
  // full is kept in one pass; otherwise the rows they accept are applied in a second.
  let appliedAtOnce = 0;
  const checked = await previewImport(
    { fileName: input.fileName, bytes: input.bytes, mapping: {} },
    () => locationRows(db, input.organisationId, locationId, localDateOf(createdAt)),
    uuidv7,
    async (mutations): Promise<Verdict[]> => {
      if (mutations.length === 0) return [];
      const outcome = await run(mutations, input.apply ? 'allOrNothing' : 'never');
      if (outcome.kind === 'revoked' || outcome.kind === 'gap') throw new Error(`import device: ${outcome.kind}`);
      if (outcome.kind === 'done') appliedAtOnce = mutations.length;
      return outcome.results.map((r) =>
        r.status === 'rejected' && r.reason ? { ok: false, rule: r.reason.rule ?? r.reason.code, message: r.reason.message } : { ok: true },
      );
    },
  );
  const refusedWhole = checked.plan.rows.length === 0 && checked.plan.refusals.length > 0;
  const planned = mutationsOf(checked.plan);
  if (!input.apply || refusedWhole || planned.length === 0 || appliedAtOnce > 0) {
    return { ok: true, summary: checked.preview.summary, mutations: input.apply ? appliedAtOnce : null, refusedWhole };
  }
  const outcome = await run(
    planned.map((p) => p.mutation),
    'allOrNothing',
  );
  if (outcome.kind !== 'done') {
    const results = outcome.kind === 'rolledBack' ? outcome.results : [];
    const index = results.findIndex((r) => r.status === 'rejected');
    const failed = results[index];
    return {
      ok: false,
      message: importMessage('import.changed_since_preview', {
        row: planned[index]?.row.row ?? 0,
        reason: failed?.status === 'rejected' ? (failed.reason?.message ?? '') : outcome.kind,
      }),
    };
  }
  return { ok: true, summary: checked.preview.summary, mutations: planned.length, refusedWhole: false };
}
