/**
 * One push batch, one transaction (sync.md, "Hub, per mutation"):
 *
 *   lock the device row (pushes of one device queue, whatever process serves them)
 *   -> ids up to `last_mutation_id` answer `duplicate` (with the logged reason); a gap: nothing
 *      is written
 *   -> lock the device's spaces once (its locations FOR UPDATE, the organisation's FOR SHARE)
 *   -> per mutation, in order: find its person from the session it names (auth/userSessions.ts:
 *      read once per session and batch; work made after the session ended or outside its window
 *      is refused) and authorise them by the hub's own roles, run the
 *      shared mutator on the batch's view of the rows (sync/hubMutationTx.ts: what it reads is
 *      also read ahead for the batch's later mutations of its kind), stamp its writes with the
 *      next versions of their spaces
 *   -> at the end: the rows, the spaces' versions, one log row per mutation and the device's
 *      `last_mutation_id`, a statement each; commit.
 *
 * A permanent failure (bad arguments, a rule, not found, forbidden, a value the database cannot
 * hold, a bug in a mutator) drops that mutation's writes, is logged `rejected` with its reason,
 * and still advances the device, so its queue never blocks. A mutation only reads from the
 * database until the end of the batch, so dropping its writes needs no savepoint; should the
 * database still refuse a value for good (which aborts the transaction), the batch runs again
 * from the start with a savepoint around each mutation and its writes. A transient failure (a
 * DbError the next attempt may not meet) rolls back the whole batch and is thrown: nothing
 * advances, and the desk sends the batch again. A deadlock runs the batch again.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { LocationRow } from '../../../shared/model/rows';
import type { Role } from '../../../shared/model/roles';
import { mutators } from '../../../shared/mutators';
import type { MutationContext } from '../../../shared/mutators/types';
import type { MutationReason, MutationResult, WireMutation } from '../../../shared/sync/protocol';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/sync/protocol';
import type { AuthenticatedDevice } from '../auth/deviceAuth';
import { sessionFacts, workRefusal, type SessionFacts } from '../auth/userSessions';
import { DbError, isPermanentDbError, isRetryableDbError, type Db, type Queryable } from '../db/db';
import { BatchStore, ForbiddenWrite, HubMutationTx, InvalidRow, writeLayer, type WriteGuard } from './hubMutationTx';
import { collectLocationWrites, updateLocationRegistry } from './locationRegistry';
import { lockSpaces } from './rowStore';
import { orgSpaceOf, readableSpaces, toWireSpace } from './spaces';
import { refusedAsText, storable } from './storableJson';

export type BatchOutcome =
  | { kind: 'done'; results: MutationResult[]; lastMutationId: number }
  /** Nothing kept (`commit`: a trial, or all or nothing with a rejection): the verdicts, the device as it was. */
  | { kind: 'rolledBack'; results: MutationResult[]; lastMutationId: number }
  | { kind: 'gap'; lastMutationId: number }
  | { kind: 'revoked'; reason: string | null; wipe: boolean };

type Verdict = { status: 'applied' } | { status: 'rejected'; reason: MutationReason };

/** The database refused a value for good in a batch without savepoints: run it again with them. */
class NeedsSavepoints extends Error {
  override readonly name = 'NeedsSavepoints';
}

const roleNames: Record<Role, string> = { manager: 'locatiemanager', assistant: 'assistent' };

/**
 * How the hub's administrator runs a batch (hub:admin import) through this same path:
 * `asAdministrator` makes the administrator the person behind every mutation, with the manager's
 * role at the device's locations (there is no user or session behind it; the mutations name
 * ADMINISTRATOR_SESSION_ID, which no desk can use: the hub issues no session with that id); `commit` keeps the batch `always` (a desk's push), only when no mutation is
 * rejected (`allOrNothing`), or `never` (a trial: the verdicts only).
 */
export type BatchOptions = { asAdministrator?: boolean; commit?: 'always' | 'allOrNothing' | 'never' };

/** Thrown inside the transaction to roll a batch back that is not to be kept. */
class RollBack extends Error {
  constructor(readonly outcome: BatchOutcome & { kind: 'rolledBack' }) {
    super('rolled back');
  }
}

/** The name the administrator's import is recorded under (there is no user behind it). */
const ADMINISTRATOR_NAME = 'Beheerder (import)';
const ADMINISTRATOR_USER_ID = 'hub-admin';
/** The session an administrator's batch names (see BatchOptions). */
export const ADMINISTRATOR_SESSION_ID = 'hub-administrator-import-without-a-session0';

/** Who made a mutation, as the hub records it in the mutation log. */
type LoggedActor = { userId: string; name: string; role: Role };

/** How often a batch chosen as a deadlock victim is run again. */
const DEADLOCK_ATTEMPTS = 3;

/** `mutations`: ascending ids, contiguous after the device's last processed one (push.ts checks). */
export async function processBatch(
  db: Db,
  device: AuthenticatedDevice,
  mutations: readonly WireMutation[],
  log: FastifyBaseLogger,
  /** The hub's clock at receipt: a mutation dated further ahead of it than the allowed skew is refused. */
  hubNow: Date,
  options: BatchOptions = {},
): Promise<BatchOutcome> {
  let savepoints = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => runBatch(tx, device, mutations, log, savepoints, hubNow, options));
    } catch (error) {
      if (error instanceof RollBack) return error.outcome;
      if (error instanceof NeedsSavepoints && !savepoints) {
        savepoints = true;
        continue;
      }
      if (attempt >= DEADLOCK_ATTEMPTS || !isRetryableDbError(error)) throw error;
    }
  }
}

async function runBatch(
  tx: Queryable,
  device: AuthenticatedDevice,
  mutations: readonly WireMutation[],
  log: FastifyBaseLogger,
  savepoints: boolean,
  hubNow: Date,
  options: BatchOptions,
): Promise<BatchOutcome> {
  const { rows } = await tx.query<{ status: string; revoked_reason: string | null; wipe: boolean; last_mutation_id: number }>(
    'SELECT status, revoked_reason, wipe, last_mutation_id FROM devices WHERE id = $1 FOR UPDATE',
    [device.id],
  );
  const state = rows[0];
  if (!state || state.status !== 'active') return { kind: 'revoked', reason: state?.revoked_reason ?? null, wipe: state?.wipe ?? false };
  const last = Number(state.last_mutation_id);
  const fresh = mutations.filter((m) => m.id > last);
  for (const [i, m] of fresh.entries()) if (m.id !== last + 1 + i) return { kind: 'gap', lastMutationId: last + i };

  const results = await duplicatesOf(
    tx,
    device.id,
    mutations.filter((m) => m.id <= last).map((m) => m.id),
  );
  const lastFresh = fresh[fresh.length - 1];
  if (!lastFresh) return { kind: 'done', results, lastMutationId: last };

  const versions = await lockSpaces(tx, device.locationIds, 'update');
  await lockSpaces(tx, [orgSpaceOf(device.organisationId)], 'share');
  const batch = new BatchStore(tx, readableSpaces(device), versions, savepoints ? 'savepoints' : 'batch', fresh);
  const sessions = new Map<string, Promise<SessionFacts | null>>();
  const administrator: SessionFacts = {
    userId: ADMINISTRATOR_USER_ID,
    name: ADMINISTRATOR_NAME,
    issuedAt: Number.NEGATIVE_INFINITY,
    expiresAt: Number.POSITIVE_INFINITY,
    workUntil: Number.POSITIVE_INFINITY,
    endedAt: null,
    endedReason: null,
    roles: new Map(device.locationIds.map((id) => [id, 'manager' as const])),
  };
  const sessionOf = (id: string): Promise<SessionFacts | null> => {
    if (options.asAdministrator) return Promise.resolve(administrator);
    let facts = sessions.get(id);
    if (!facts) {
      facts = sessionFacts(tx, device.id, id);
      sessions.set(id, facts);
    }
    return facts;
  };

  const logged: { mutation: WireMutation; verdict: Verdict; actor: LoggedActor | null }[] = [];
  const locationWrites = new Map<string, LocationRow>();
  for (const [i, mutation] of fresh.entries()) {
    batch.current = i;
    batch.refused = false;
    if (savepoints) await tx.exec('SAVEPOINT mutation');
    const decision = await decide(batch, sessionOf, device, mutation, log, savepoints, hubNow);
    let verdict = decision.verdict;
    if (batch.refused) {
      // The mutator caught the database's refusal and went on: the transaction is aborted all the same.
      if (!savepoints) throw new NeedsSavepoints();
      if (verdict.status === 'applied') verdict = unstorable(device, mutation, log, null);
    }
    if (savepoints) {
      if (verdict.status === 'applied' && decision.mtx) {
        try {
          await writeLayer(tx, decision.mtx.layer);
        } catch (error) {
          if (!(error instanceof DbError) || !isPermanentDbError(error)) throw error;
          verdict = unstorable(device, mutation, log, error);
        }
      }
      await tx.exec(verdict.status === 'applied' ? 'RELEASE SAVEPOINT mutation' : 'ROLLBACK TO SAVEPOINT mutation');
    }
    if (verdict.status === 'applied' && decision.mtx) {
      batch.absorb(decision.mtx.layer);
      collectLocationWrites(decision.mtx.layer, locationWrites);
    }
    logged.push({ mutation, verdict, actor: decision.actor });
    results.push(
      verdict.status === 'applied'
        ? { id: mutation.id, status: 'applied' }
        : { id: mutation.id, status: 'rejected', reason: verdict.reason },
    );
  }

  const commit = options.commit ?? 'always';
  if (commit === 'never' || (commit === 'allOrNothing' && results.some((r) => r.status === 'rejected'))) {
    throw new RollBack({ kind: 'rolledBack', results, lastMutationId: last });
  }
  try {
    await batch.flush();
  } catch (error) {
    if (!savepoints && error instanceof DbError && isPermanentDbError(error)) throw new NeedsSavepoints();
    throw error;
  }
  await updateLocationRegistry(tx, device.organisationId, locationWrites);
  await insertLog(tx, device.id, logged, hubNow);
  await tx.query('UPDATE devices SET last_mutation_id = $2 WHERE id = $1', [device.id, lastFresh.id]);
  return { kind: 'done', results, lastMutationId: lastFresh.id };
}

/** A duplicate carries the original rejection reason, so a desk that lost the first answer learns it. */
async function duplicatesOf(q: Queryable, deviceId: string, ids: readonly number[]): Promise<MutationResult[]> {
  if (ids.length === 0) return [];
  const { rows } = await q.query<{ mutation_id: number; status: string; reason: MutationReason | null }>(
    'SELECT mutation_id, status, reason FROM mutation_log WHERE device_id = $1 AND mutation_id = ANY($2)',
    [deviceId, [...ids]],
  );
  const reasons = new Map(rows.map((r) => [Number(r.mutation_id), r.status === 'rejected' ? r.reason : null]));
  return ids.map((id) => {
    const reason = reasons.get(id);
    return reason ? { id, status: 'duplicate', reason } : { id, status: 'duplicate' };
  });
}

/** `appliedAt`: the hub's clock, which retention (server/src/retention) measures the log by. */
async function insertLog(
  q: Queryable,
  deviceId: string,
  entries: readonly { mutation: WireMutation; verdict: Verdict; actor: LoggedActor | null }[],
  appliedAt: Date,
): Promise<void> {
  // The person as the hub found them from the session (null: no valid session); never the session id.
  const rows = entries.map(({ mutation, verdict, actor }) => ({
    mutation_id: mutation.id,
    name: mutation.name,
    args: storable(mutation.args ?? null),
    actor: actor ? storable(actor) : null,
    hlc: storable(mutation.hlc),
    created_at: mutation.createdAt,
    status: verdict.status,
    reason: verdict.status === 'rejected' ? storable(verdict.reason) : null,
  }));
  // A JSON null in a jsonb field comes out as SQL NULL: `args` null is kept as the JSON null it was.
  await q.query(
    `INSERT INTO mutation_log (device_id, mutation_id, name, args, actor, hlc, created_at, status, reason, applied_at)
     SELECT $1, m.mutation_id, m.name, COALESCE(m.args, 'null'::jsonb), COALESCE(m.actor, 'null'::jsonb), m.hlc, m.created_at, m.status, m.reason,
            $3::timestamptz
     FROM jsonb_to_recordset($2::jsonb)
       AS m(mutation_id bigint, name text, args jsonb, actor jsonb, hlc text, created_at timestamptz, status text, reason jsonb)`,
    [deviceId, JSON.stringify(rows), appliedAt.toISOString()],
  );
}

function rejected(code: string, rule: string, message: string): Verdict {
  return { status: 'rejected', reason: { code, rule, message } };
}

function unstorable(device: AuthenticatedDevice, mutation: WireMutation, log: FastifyBaseLogger, error: unknown): Verdict {
  const logId = `${device.id}/${mutation.id}`;
  log.error({ err: error, deviceId: device.id, mutationId: mutation.id, mutation: mutation.name }, 'mutation failed permanently');
  return rejected('validation_failed', 'hub.invalid_row', `De hub kon deze wijziging niet opslaan (log ${logId}).`);
}

async function decide(
  batch: BatchStore,
  sessionOf: (id: string) => Promise<SessionFacts | null>,
  device: AuthenticatedDevice,
  mutation: WireMutation,
  log: FastifyBaseLogger,
  savepoints: boolean,
  hubNow: Date,
): Promise<{ verdict: Verdict; mtx: HubMutationTx | null; actor: LoggedActor | null }> {
  let actor: LoggedActor | null = null;
  const refuse = (verdict: Verdict) => ({ verdict, mtx: null, actor });
  // Rules that depend on "now" (retention, expiry, "not ahead") read the mutation's createdAt: a
  // desk may send work made offline days ago, but never work made in the hub's future.
  const madeAt = Date.parse(mutation.createdAt);
  if (madeAt > hubNow.getTime() + MAX_CLOCK_SKEW_MS) {
    return refuse(
      rejected(
        'validation_failed',
        'hub.created_in_future',
        'Deze wijziging is gedateerd na de tijd van de hub; de klok van deze desk loopt voor. Zet de klok goed en voer de wijziging opnieuw in.',
      ),
    );
  }
  const mutator = mutators[mutation.name];
  const session = refusedAsText(mutation.sessionId) ? null : await sessionOf(mutation.sessionId);
  if (!session) {
    return refuse(rejected('forbidden', 'hub.unknown_session', 'Deze wijziging is niet gemaakt onder een aanmelding van deze desk.'));
  }
  const { roles } = session;
  const rolesHere = device.locationIds.map((id) => roles.get(id)).filter((role): role is Role => role !== undefined);
  // The desk's rule at sign-in (routes/signIn.ts): manager only when manager at every location here.
  actor = {
    userId: session.userId,
    name: session.name,
    role: rolesHere.length > 0 && rolesHere.every((r) => r === 'manager') ? 'manager' : 'assistant',
  };
  const ended = workRefusal(session, madeAt);
  if (ended) return refuse(rejected('forbidden', ended.rule, ended.message));
  if (!rolesHere.some((role) => mutator.roles.includes(role))) {
    const role = rolesHere[0];
    return refuse(
      rejected(
        'forbidden',
        'hub.role_not_allowed',
        role ? `Met de rol ${roleNames[role]} mag u dit niet doen.` : 'U heeft geen rol op de locaties van deze desk.',
      ),
    );
  }
  const args = mutator.args.safeParse(mutation.args);
  if (!args.success) {
    const first = args.error.issues[0];
    return refuse(
      rejected(
        'validation_failed',
        'hub.invalid_args',
        `De gegevens van deze wijziging kloppen niet${first ? ` (${first.path.join('.') || 'args'}: ${first.message})` : ''}.`,
      ),
    );
  }

  const guard: WriteGuard = (space) => {
    if (!device.locationIds.includes(space)) {
      throw new ForbiddenWrite(
        'hub.location_not_enrolled',
        `Deze desk is niet gekoppeld aan ${toWireSpace(space) === space ? `locatie ${space}` : 'de organisatiegegevens'} en mag daar niets wijzigen.`,
      );
    }
    const role = roles.get(space);
    if (!role || !mutator.roles.includes(role)) {
      throw new ForbiddenWrite(
        'hub.role_not_allowed',
        role ? `Met de rol ${roleNames[role]} mag u dit niet doen op deze locatie.` : 'U heeft geen rol op deze locatie.',
      );
    }
  };
  const ctx: MutationContext = {
    actor,
    createdAt: mutation.createdAt,
    // A mutator that decides by role at one location (a request approval's exceptions) asks here.
    roleAt: (locationId) => roles.get(locationId) ?? null,
    // The hub runs the organisation: its rules are the administrator's (organisation.setRules).
    enrolled: true,
  };
  const mtx = new HubMutationTx(batch, device.organisationId, guard);
  try {
    const outcome = await mutator.apply(mtx, args.data, ctx);
    if (!outcome.ok) return { verdict: rejected(outcome.code, outcome.rule, outcome.message), mtx, actor };
    return { verdict: { status: 'applied' }, mtx, actor };
  } catch (error) {
    if (error instanceof ForbiddenWrite) return { verdict: rejected('forbidden', error.rule, error.message), mtx, actor };
    if (error instanceof DbError && !isPermanentDbError(error)) throw error;
    // The refusal aborted the transaction: only a batch with savepoints can go on after it.
    if (error instanceof DbError && !savepoints) throw new NeedsSavepoints();
    if (error instanceof InvalidRow || error instanceof DbError) return { verdict: unstorable(device, mutation, log, error), mtx, actor };
    const logId = `${device.id}/${mutation.id}`;
    log.error({ err: error, deviceId: device.id, mutationId: mutation.id, mutation: mutation.name }, 'mutation failed permanently');
    return {
      verdict: rejected('internal_error', 'hub.mutator_failed', `Er ging iets mis bij deze wijziging in de hub (log ${logId}).`),
      mtx,
      actor,
    };
  }
}
