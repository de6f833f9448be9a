/**
 * `POST /v1/push` (sync.md): the device's mutations in ascending id order, applied one after the
 * other in one transaction (sync/pushBatch.ts). Before anything is applied the batch is checked
 * as a whole: the body's device, ascending ids, no gap after the device's last processed id
 * (409), no mutation naming a location the desk is not enrolled for (403), and no more work than
 * the push budget allows (413, sync/pushBudget.ts). A database
 * failure rolls back the whole batch (503): nothing advances, and the retry applies it.
 */
import type { FastifyInstance } from 'fastify';
import { PushRequest, type MutationResult, type PushResponse, type WireMutation } from '../../../shared/sync/protocol';
import { CLIENT_TIME_HEADER } from '../../../shared/sync/protocol';
import { assertSameDevice, revokedError, type AuthenticatedDevice } from '../auth/deviceAuth';
import type { HubContext } from '../hubContext';
import { HubError } from '../http/hubError';
import { parseBody } from '../http/parseBody';
import { clockSkewMs } from '../sync/clockSkew';
import { processBatch } from '../sync/pushBatch';
import { assertWithinBudget } from '../sync/pushBudget';
import { requireDevice } from './requireDevice';

export function registerPush(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/push', async (request): Promise<PushResponse> => {
    const device = requireDevice(request);
    const body = parseBody(PushRequest, request.body);
    assertSameDevice(device, body.deviceId);
    assertAscending(body.mutations);
    assertOwnLocations(device, body.mutations);
    assertWithinBudget(body.mutations, ctx.settings.pushWorkBudget);

    const { rows } = await ctx.db.query<{ last_mutation_id: number }>('SELECT last_mutation_id FROM devices WHERE id = $1', [device.id]);
    let lastMutationId = rows[0]?.last_mutation_id ?? 0;
    const firstNew = body.mutations.find((m) => m.id > lastMutationId);
    if (firstNew && firstNew.id !== lastMutationId + 1) throw gap(lastMutationId);
    assertContiguous(
      body.mutations.filter((m) => m.id > lastMutationId),
      lastMutationId,
    );

    const serverNow = ctx.clock();
    let results: MutationResult[] = [];
    if (body.mutations.length > 0) {
      const outcome = await processBatch(ctx.db, device, body.mutations, request.log, serverNow);
      if (outcome.kind === 'gap') throw gap(outcome.lastMutationId);
      if (outcome.kind === 'revoked') throw revokedError(outcome.reason, outcome.wipe);
      results = outcome.results;
      lastMutationId = outcome.lastMutationId;
    }

    const skew = clockSkewMs(
      serverNow,
      request.headers[CLIENT_TIME_HEADER],
      body.mutations.map((m) => m.createdAt),
    );
    if (skew !== undefined) request.log.warn({ deviceId: device.id, clockSkewMs: skew }, 'desk clock is off');
    const rejected = results.filter((r) => r.status === 'rejected').length;
    request.log.info({ deviceId: device.id, mutations: results.length, rejected, lastMutationId }, 'push');
    return { lastMutationId, results, serverTime: serverNow.toISOString(), ...(skew !== undefined ? { clockSkewMs: skew } : {}) };
  });
}

function gap(lastMutationId: number): HubError {
  return new HubError('conflict', `Er ontbreken wijzigingen: de hub verwacht wijziging ${lastMutationId + 1}.`, {
    error: { params: { lastMutationId } },
    body: { lastMutationId },
  });
}

function assertAscending(mutations: readonly WireMutation[]): void {
  for (let i = 1; i < mutations.length; i++) {
    if (mutations[i]!.id <= mutations[i - 1]!.id) {
      throw new HubError('validation_failed', 'De wijzigingen staan niet in oplopende volgorde.', {
        error: { details: [{ path: `mutations.${i}.id`, message: 'niet oplopend' }] },
      });
    }
  }
}

function assertContiguous(fresh: readonly WireMutation[], lastMutationId: number): void {
  fresh.forEach((m, i) => {
    if (m.id !== lastMutationId + 1 + i) throw gap(lastMutationId + i);
  });
}

/**
 * A mutation whose arguments name a location the desk is not enrolled for is refused with the
 * whole request (403, nothing applied): a desk never holds such rows, so this is not a change to
 * keep. Writes the arguments do not reveal are still checked row by row in the transaction.
 */
function assertOwnLocations(device: AuthenticatedDevice, mutations: readonly WireMutation[]): void {
  for (const m of mutations) {
    const locationId = (m.args as { locationId?: unknown } | null | undefined)?.locationId;
    if (typeof locationId === 'string' && !device.locationIds.includes(locationId)) {
      throw new HubError('forbidden', 'Deze desk is niet gekoppeld aan de locatie van deze wijziging.', {
        error: { details: [{ path: `mutations.${m.id}.args.locationId`, message: 'locatie hoort niet bij deze desk' }] },
      });
    }
  }
}
