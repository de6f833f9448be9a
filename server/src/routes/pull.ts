/**
 * `POST /v1/pull` (sync.md): control messages first, then the changes of the device's spaces
 * after its cursors, a page at a time. Read in one read-only REPEATABLE READ snapshot, so the
 * changes, cursors and `lastMutationId` describe one moment (a desk that drops acknowledged
 * outbox rows sees their effects in the same answer).
 *
 * `results`: the outcomes of this device's latest mutations (at most one push batch back from
 * `lastMutationId`), so a desk whose push answer was lost still learns what became of them.
 *
 * `sessionId`: the session of whoever is signed in on the desk now; when it has ended or its user
 * was deactivated, the `sessionEnded` control tells the desk to sign them out at once.
 */
import type { FastifyInstance } from 'fastify';
import { ORG_SPACE } from '../../../shared/model/tables';
import {
  CLIENT_TIME_HEADER,
  MAX_PUSH_MUTATIONS,
  PullRequest,
  type Control,
  type MutationReason,
  type MutationResult,
  type PullResponse,
} from '../../../shared/sync/protocol';
import { assertSameDevice } from '../auth/deviceAuth';
import { nowRefusal, sessionFacts } from '../auth/userSessions';
import type { HubContext } from '../hubContext';
import { HubError } from '../http/hubError';
import { parseBody } from '../http/parseBody';
import { clockSkewMs } from '../sync/clockSkew';
import { pullChanges } from '../sync/pullChanges';
import { requireDevice } from './requireDevice';

const HOUR_MS = 3_600_000;

export function registerPull(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/pull', async (request): Promise<PullResponse> => {
    const device = requireDevice(request);
    const body = parseBody(PullRequest, request.body);
    assertSameDevice(device, body.deviceId);
    const spaces = [...device.locationIds, ORG_SPACE];
    const foreign = Object.keys(body.cursors).filter((space) => !spaces.includes(space));
    if (foreign.length > 0) {
      throw new HubError('forbidden', 'Deze desk is niet gekoppeld aan alle gevraagde locaties.', {
        error: { details: foreign.map((space) => ({ path: `cursors.${space}`, message: 'locatie hoort niet bij deze desk' })) },
      });
    }

    const snapshot = await ctx.db.transaction(async (tx) => {
      await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const { rows } = await tx.query<{ last_mutation_id: number }>('SELECT last_mutation_id FROM devices WHERE id = $1', [device.id]);
      const lastMutationId = rows[0]?.last_mutation_id ?? 0;
      const page = await pullChanges(tx, device.organisationId, spaces, body.cursors, ctx.settings.pullPageSize);
      const { rows: logged } = await tx.query<{ mutation_id: number; status: 'applied' | 'rejected'; reason: MutationReason | null }>(
        'SELECT mutation_id, status, reason FROM mutation_log WHERE device_id = $1 AND mutation_id > $2 ORDER BY mutation_id',
        [device.id, Math.max(0, lastMutationId - MAX_PUSH_MUTATIONS)],
      );
      const results: MutationResult[] = logged.map((r) =>
        r.reason ? { id: r.mutation_id, status: r.status, reason: r.reason } : { id: r.mutation_id, status: r.status },
      );
      return { lastMutationId, page, results };
    });

    const serverNow = ctx.clock();
    const control: Control[] = [
      { type: 'lease', expiresAt: new Date(serverNow.getTime() + ctx.settings.leaseHours * HOUR_MS).toISOString() },
    ];
    if (ctx.settings.minClientVersion) control.push({ type: 'minClientVersion', version: ctx.settings.minClientVersion });
    control.push(...snapshot.page.resets);
    if (body.sessionId) {
      const session = await sessionFacts(ctx.db, device.id, body.sessionId);
      const refusal = session ? nowRefusal(session, serverNow.getTime()) : { rule: 'hub.unknown_session', message: 'Meld u opnieuw aan.' };
      if (refusal) control.push({ type: 'sessionEnded', rule: refusal.rule, message: refusal.message });
    }
    const skew = clockSkewMs(serverNow, request.headers[CLIENT_TIME_HEADER]);
    return {
      control,
      changes: snapshot.page.changes,
      cursors: snapshot.page.cursors,
      hasMore: snapshot.page.hasMore,
      lastMutationId: snapshot.lastMutationId,
      results: snapshot.results,
      serverTime: serverNow.toISOString(),
      ...(skew !== undefined ? { clockSkewMs: skew } : {}),
    };
  });
}
