/**
 * One pushed mutation, one transaction (sync.md, "Hub, per mutation"):
 *
 *   lock the device row (pushes of one device queue, whatever process serves them)
 *   -> duplicate (id <= last) or gap (id > last + 1): nothing written
 *   -> lock the device's spaces, authorise the actor, run the shared mutator on a savepoint,
 *      stamp versions, log the outcome, advance `last_mutation_id`.
 *
 * A permanent failure (bad arguments, a rule, not found, forbidden, a bug in a mutator) rolls back
 * to the savepoint, is logged `rejected` with its reason, and still advances the device, so its
 * queue never blocks. A transient failure (a DbError the next attempt may not meet) rolls back
 * the whole transaction and is thrown: the batch stops and nothing advances.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Role } from '../../../shared/model/roles';
import { mutators } from '../../../shared/mutators';
import type { MutationContext } from '../../../shared/mutators/types';
import type { MutationReason, MutationResult, WireMutation } from '../../../shared/sync/protocol';
import { rolesOfActiveUser } from '../auth/actorRoles';
import type { AuthenticatedDevice } from '../auth/deviceAuth';
import { DbError, isPermanentDbError, withDeadlockRetry, type Db, type Queryable } from '../db/db';
import { ForbiddenWrite, HubMutationTx, InvalidRow, type WriteGuard } from './hubMutationTx';
import { lockSpaces } from './rowStore';
import { storable } from './storableJson';
import { readableSpaces, toWireSpace } from './spaces';

export type ProcessOutcome =
  | { kind: 'done'; result: MutationResult; lastMutationId: number }
  | { kind: 'gap'; lastMutationId: number }
  | { kind: 'revoked'; reason: string | null };

type Verdict = { status: 'applied' } | { status: 'rejected'; reason: MutationReason };

const roleNames: Record<Role, string> = { manager: 'locatiemanager', assistant: 'assistent' };

export async function processMutation(
  db: Db,
  device: AuthenticatedDevice,
  mutation: WireMutation,
  log: FastifyBaseLogger,
): Promise<ProcessOutcome> {
  return withDeadlockRetry(() =>
    db.transaction(async (tx): Promise<ProcessOutcome> => {
      const { rows } = await tx.query<{ status: string; revoked_reason: string | null; last_mutation_id: number }>(
        'SELECT status, revoked_reason, last_mutation_id FROM devices WHERE id = $1 FOR UPDATE',
        [device.id],
      );
      const state = rows[0];
      if (!state || state.status !== 'active') return { kind: 'revoked', reason: state?.revoked_reason ?? null };
      const last = state.last_mutation_id;
      if (mutation.id <= last) return { kind: 'done', result: await duplicateOf(tx, device.id, mutation.id), lastMutationId: last };
      if (mutation.id > last + 1) return { kind: 'gap', lastMutationId: last };

      await lockSpaces(tx, device.locationIds);
      await tx.exec('SAVEPOINT mutation');
      const verdict = await decide(tx, device, mutation, log);
      await tx.exec(verdict.status === 'applied' ? 'RELEASE SAVEPOINT mutation' : 'ROLLBACK TO SAVEPOINT mutation');
      await tx.query(
        `INSERT INTO mutation_log (device_id, mutation_id, name, args, actor, hlc, created_at, status, reason)
         VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, $9::jsonb)`,
        [
          device.id,
          mutation.id,
          mutation.name,
          JSON.stringify(storable(mutation.args ?? null)),
          JSON.stringify(storable(mutation.actor)),
          storable(mutation.hlc),
          mutation.createdAt,
          verdict.status,
          verdict.status === 'rejected' ? JSON.stringify(storable(verdict.reason)) : null,
        ],
      );
      await tx.query('UPDATE devices SET last_mutation_id = $2 WHERE id = $1', [device.id, mutation.id]);
      const result: MutationResult =
        verdict.status === 'applied'
          ? { id: mutation.id, status: 'applied' }
          : { id: mutation.id, status: 'rejected', reason: verdict.reason };
      return { kind: 'done', result, lastMutationId: mutation.id };
    }),
  );
}

/** A duplicate carries the original rejection reason, so a desk that lost the first answer learns it. */
async function duplicateOf(q: Queryable, deviceId: string, mutationId: number): Promise<MutationResult> {
  const { rows } = await q.query<{ status: string; reason: MutationReason | null }>(
    'SELECT status, reason FROM mutation_log WHERE device_id = $1 AND mutation_id = $2',
    [deviceId, mutationId],
  );
  const reason = rows[0]?.status === 'rejected' ? rows[0].reason : null;
  return reason ? { id: mutationId, status: 'duplicate', reason } : { id: mutationId, status: 'duplicate' };
}

function rejected(code: string, rule: string, message: string): Verdict {
  return { status: 'rejected', reason: { code, rule, message } };
}

async function decide(tx: Queryable, device: AuthenticatedDevice, mutation: WireMutation, log: FastifyBaseLogger): Promise<Verdict> {
  const mutator = mutators[mutation.name];
  const roles = await rolesOfActiveUser(tx, device.organisationId, mutation.actor.userId);
  if (!roles) return rejected('forbidden', 'hub.unknown_actor', 'Deze gebruiker is onbekend of niet (meer) actief.');
  const rolesHere = device.locationIds.map((id) => roles.get(id)).filter((role): role is Role => role !== undefined);
  if (!rolesHere.some((role) => mutator.roles.includes(role))) {
    const role = rolesHere[0];
    return rejected(
      'forbidden',
      'hub.role_not_allowed',
      role ? `Met de rol ${roleNames[role]} mag u dit niet doen.` : 'U heeft geen rol op de locaties van deze desk.',
    );
  }
  const args = mutator.args.safeParse(mutation.args);
  if (!args.success) {
    const first = args.error.issues[0];
    return rejected(
      'validation_failed',
      'hub.invalid_args',
      `De gegevens van deze wijziging kloppen niet${first ? ` (${first.path.join('.') || 'args'}: ${first.message})` : ''}.`,
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
  // The hub's own role, not the one the desk wrote down (the claimed one only chooses between
  // the roles the user really has here).
  const actorRole = rolesHere.includes(mutation.actor.role) ? mutation.actor.role : (rolesHere[0] as Role);
  const ctx: MutationContext = { actor: { ...mutation.actor, role: actorRole }, createdAt: mutation.createdAt };
  const mtx = new HubMutationTx(tx, device.organisationId, readableSpaces(device), guard);
  try {
    const outcome = await mutator.apply(mtx, args.data, ctx);
    if (!outcome.ok) return rejected(outcome.code, outcome.rule, outcome.message);
    return { status: 'applied' };
  } catch (error) {
    if (error instanceof ForbiddenWrite) return rejected('forbidden', error.rule, error.message);
    if (error instanceof DbError && !isPermanentDbError(error)) throw error;
    const logId = `${device.id}/${mutation.id}`;
    log.error({ err: error, deviceId: device.id, mutationId: mutation.id, mutation: mutation.name }, 'mutation failed permanently');
    if (error instanceof InvalidRow || error instanceof DbError) {
      return rejected('validation_failed', 'hub.invalid_row', `De hub kon deze wijziging niet opslaan (log ${logId}).`);
    }
    return rejected('internal_error', 'hub.mutator_failed', `Er ging iets mis bij deze wijziging in de hub (log ${logId}).`);
  }
}
