/**
 * The parent portal (shared/sync/portalProtocol.ts): `/v1/portal/*`, authenticated by the
 * parent's own bearer token (not a desk credential).
 *
 * `POST /v1/portal/requests`: the hub runs the shared `request.submit` as the parent, in one
 * transaction over the child's location space (locked like a push batch, through the same
 * `HubMutationTx`), so the request gets the space's next version and every desk of the location
 * pulls it into its queue. The hub sets the arrival moment (its clock) and, unless the parent
 * asked for another group, the child's home group that day. A request for a child the token is
 * not for is refused (403) and nothing is stored; so is any request with a wrong token (401).
 *
 * `GET /v1/portal/requests`: the parent's requests as the hub has them, with the message of the
 * last decision: a desk's decision reaches the parent only once the hub has accepted it.
 */
import type { FastifyInstance } from 'fastify';
import { isExpiredAt } from '../../../shared/domain/requests/commonRules';
import { parentMessage } from '../../../shared/domain/requests/parentMessage';
import { homeGroupOn } from '../../../shared/domain/requests/requestDecision';
import { requestOfRow } from '../../../shared/domain/requests/requestRow';
import type { Request } from '../../../shared/domain/requests/request';
import type { RequestEventRow, RequestRow } from '../../../shared/model/requestRows';
import type { PlacementRow } from '../../../shared/model/rows';
import { mutators } from '../../../shared/mutators';
import { portalActor } from '../../../shared/mutators/request';
import type { MutationContext } from '../../../shared/mutators/types';
import { PortalRequestBody, type PortalRequestsResponse, type PortalSubmitResponse } from '../../../shared/sync/portalProtocol';
import { v7 as uuidv7 } from 'uuid';
import type { Queryable } from '../db/db';
import type { HubContext } from '../hubContext';
import { HubError } from '../http/hubError';
import { parseBody } from '../http/parseBody';
import { authenticateParent, childOf, type Parent } from '../portal/parents';
import { BatchStore, ForbiddenWrite, HubMutationTx, InvalidRow } from '../sync/hubMutationTx';
import { findLiveRows, getRow, lockSpaces } from '../sync/rowStore';
import { orgSpaceOf } from '../sync/spaces';

export const PORTAL_REQUESTS_PATH = '/v1/portal/requests';

async function logSubmission(q: Queryable, parent: Parent, requestId: string, status: string, reason: unknown): Promise<void> {
  await q.query('INSERT INTO portal_submissions (parent_id, request_id, status, reason) VALUES ($1, $2, $3, $4::jsonb)', [
    parent.id,
    requestId,
    status,
    reason === null ? null : JSON.stringify(reason),
  ]);
}

export function registerPortal(app: FastifyInstance, ctx: HubContext): void {
  app.post(PORTAL_REQUESTS_PATH, async (request): Promise<PortalSubmitResponse> => {
    const parent = await authenticateParent(ctx.db, request);
    const body = parseBody(PortalRequestBody, request.body);
    if (!parent.childIds.includes(body.childId)) {
      throw new HubError('forbidden', 'Voor dit kind kunt u geen aanvragen doen.', { error: { rule: 'portal.not_your_child' } });
    }
    const child = await childOf(ctx.db, parent.organisationId, body.childId);
    if (!child) throw new HubError('not_found', 'Dit kind is onbekend.', { error: { rule: 'request.unknown_child' } });
    const locationId = child.locationId;
    const now = ctx.clock().toISOString();

    const day = body.kind === 'absence' ? body.from : body.date;
    const placements = (await findLiveRows(ctx.db, [locationId], 'placements', { childId: child.id })).map((r) => r.row as PlacementRow);
    const groupId = body.groupId ?? homeGroupOn(placements, child.id, day) ?? placements[0]?.groupId;
    if (groupId === undefined) {
      throw new HubError('rule_violated', 'Dit kind heeft geen contract bij deze opvang.', { error: { rule: 'request.no_placement' } });
    }

    const base = { id: body.id, childId: child.id, groupId, submittedAt: now, expiresAt: body.expiresAt, enteredBy: null };
    const domain: Request =
      body.kind === 'absence'
        ? { ...base, kind: 'absence', from: body.from, to: body.to, reason: body.reason, initiatedBy: 'parent' }
        : body.kind === 'swapDay'
          ? {
              ...base,
              kind: 'swapDay',
              originalChildId: child.id,
              originalDate: body.originalDate,
              date: body.date,
              start: body.start,
              end: body.end,
            }
          : body.kind === 'extraDay'
            ? {
                ...base,
                kind: 'extraDay',
                date: body.date,
                start: body.start,
                end: body.end,
                payment: body.payment,
                recurring: body.recurring,
              }
            : { ...base, kind: body.kind, date: body.date, start: body.start, end: body.end };

    const mutator = mutators['request.submit'];
    const args = mutator.args.safeParse({
      request: domain,
      channel: 'portal',
      otherGroupConsent: body.otherGroupConsent,
      parentNote: body.note,
      eventId: uuidv7(),
    });
    if (!args.success) {
      throw new HubError('validation_failed', 'De aanvraag klopt niet.', {
        error: { details: [{ path: 'request', message: args.error.issues[0]?.message ?? '' }] },
      });
    }

    const outcome = await ctx.db.transaction(async (tx) => {
      const versions = await lockSpaces(tx, [locationId], 'update');
      await lockSpaces(tx, [orgSpaceOf(parent.organisationId)], 'share');
      const existing = await getRow(tx, [locationId], 'requests', body.id);
      if (existing) {
        const mine = parent.childIds.includes((existing.row as RequestRow).childId);
        if (!mine) return { kind: 'taken' as const };
        await logSubmission(tx, parent, body.id, 'duplicate', null);
        return { kind: 'duplicate' as const, row: existing.row as RequestRow };
      }
      const batch = new BatchStore(tx, [locationId, orgSpaceOf(parent.organisationId)], versions, 'batch');
      const mtx = new HubMutationTx(batch, parent.organisationId, (space) => {
        if (space !== locationId)
          throw new ForbiddenWrite('portal.other_location', 'Het portaal schrijft alleen bij de locatie van het kind.');
      });
      const context: MutationContext = { actor: portalActor(parent.id, parent.name), createdAt: now };
      try {
        const result = await mutator.apply(mtx, args.data, context);
        if (!result.ok) return { kind: 'refused' as const, result };
      } catch (error) {
        if (error instanceof ForbiddenWrite || error instanceof InvalidRow) {
          return {
            kind: 'refused' as const,
            result: { ok: false as const, code: 'validation_failed' as const, rule: 'portal.invalid', message: error.message },
          };
        }
        throw error;
      }
      batch.absorb(mtx.layer);
      await batch.flush();
      await logSubmission(tx, parent, body.id, 'accepted', null);
      const stored = await getRow(tx, [locationId], 'requests', body.id);
      return { kind: 'accepted' as const, row: stored?.row as RequestRow };
    });

    if (outcome.kind === 'taken') {
      throw new HubError('conflict', 'Er bestaat al een aanvraag met dit kenmerk.', { error: { rule: 'request.id_taken' } });
    }
    if (outcome.kind === 'refused') {
      const { code, rule, message } = outcome.result;
      await logSubmission(ctx.db, parent, body.id, 'refused', { code, rule, message });
      const status =
        code === 'already_decided' || code === 'conflict'
          ? 'conflict'
          : code === 'not_found'
            ? 'not_found'
            : code === 'forbidden'
              ? 'forbidden'
              : code === 'validation_failed'
                ? 'validation_failed'
                : 'rule_violated';
      throw new HubError(status, message, { error: { rule } });
    }
    const row = outcome.row;
    request.log.info({ parentId: parent.id, requestId: body.id, kind: body.kind, status: outcome.kind }, 'portal request');
    return {
      requestId: body.id,
      status: outcome.kind === 'duplicate' ? 'duplicate' : row.kind === 'absence' ? 'registered' : 'submitted',
      failures: row.intakeFailures.map((f) => ({ rule: f.rule, message: f.message ?? f.rule })),
    };
  });

  app.get(PORTAL_REQUESTS_PATH, async (request): Promise<PortalRequestsResponse> => {
    const parent = await authenticateParent(ctx.db, request);
    const now = ctx.clock().toISOString();
    const out: PortalRequestsResponse['requests'] = [];
    for (const childId of parent.childIds) {
      const child = await childOf(ctx.db, parent.organisationId, childId);
      if (!child) continue;
      const rows = (await findLiveRows(ctx.db, [child.locationId], 'requests', { childId }, true)).map((r) => r.row as RequestRow);
      const events = (await findLiveRows(ctx.db, [child.locationId], 'requestEvents', { childId }, true)).map(
        (r) => r.row as RequestEventRow,
      );
      for (const r of rows) {
        const last = events
          .filter((e) => e.requestId === r.id && e.parentMessage !== '')
          .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
          .at(-1);
        // Past its expiry moment the request has expired for the parent at that minute, even when
        // no desk is open to record it (the first desk to look runs `request.expire`).
        const expiredAt = r.status === 'submitted' && isExpiredAt(r, now) ? r.expiresAt : null;
        out.push({
          id: r.id,
          kind: r.kind,
          childId: r.childId,
          date: r.date,
          status: expiredAt ? 'expired' : r.status,
          awaitingParentConfirmation: r.state.status === 'approved' && r.state.awaitingParentConfirmation,
          message: expiredAt
            ? parentMessage({ request: requestOfRow(r), state: { status: 'expired', at: expiredAt }, childName: child.firstName })
            : r.status === 'submitted'
              ? null
              : (last?.parentMessage ?? null),
        });
      }
    }
    return { requests: out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)) };
  });
}
