/**
 * The parent portal (shared/sync/portalProtocol.ts): `/v1/portal/*`, authenticated by the
 * parent's own bearer token (not a desk credential).
 *
 * `POST /v1/portal/requests`: the hub runs the shared `request.submit` as the parent, in one
 * transaction over the child's location space (locked like a push batch, through the same
 * `HubMutationTx`), so the request gets the space's next version and every desk of the location
 * pulls it into its queue. The hub sets the arrival moment (its clock) and, unless the parent
 * asked for another group, the child's home group that day. A request for a child the token is
 * not for is refused (403) and nothing is stored; so is any request with a wrong, revoked or
 * expired token (401; a token is valid `parentTokenDays` from its issue, by the hub's clock).
 *
 * `GET /v1/portal/requests`: the parent's requests as the hub has them, with the message of the
 * last decision: a desk's decision reaches the parent only once the hub has accepted it.
 *
 * `POST /v1/portal/requests/:id/confirmation`: the parent's answer to a late approval, run as
 * `request.confirmStillNeeded` the same way.
 */
import type { FastifyInstance } from 'fastify';
import { isExpiredAt } from '../../../shared/domain/requests/commonRules';
import { parentMessage } from '../../../shared/domain/requests/parentMessage';
import { homeGroupOn } from '../../../shared/domain/requests/requestDecision';
import { requestOfRow } from '../../../shared/domain/requests/requestRow';
import type { Request } from '../../../shared/domain/requests/request';
import type { RequestEventRow, RequestRow } from '../../../shared/model/requestRows';
import { Id, type ChildRow, type PlacementRow } from '../../../shared/model/rows';
import { mutators } from '../../../shared/mutators';
import {
  PortalConfirmationBody,
  PortalRequestBody,
  type PortalRequestView,
  type PortalRequestsResponse,
  type PortalSubmitResponse,
} from '../../../shared/sync/portalProtocol';
import { v7 as uuidv7 } from 'uuid';
import type { Queryable } from '../db/db';
import type { HubContext } from '../hubContext';
import { HubError } from '../http/hubError';
import { parseBody } from '../http/parseBody';
import { authenticateParent, childOf, type Parent } from '../portal/parents';
import { lockForParent, refusalError, runAsParent } from '../portal/runAsParent';
import { findLiveRows, getRow } from '../sync/rowStore';

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
    const parent = await authenticateParent(ctx.db, request, { now: ctx.clock(), validDays: ctx.settings.parentTokenDays });
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
      const versions = await lockForParent(tx, parent, locationId);
      const existing = await getRow(tx, [locationId], 'requests', body.id);
      if (existing) {
        const mine = parent.childIds.includes((existing.row as RequestRow).childId);
        if (!mine) return { kind: 'taken' as const };
        await logSubmission(tx, parent, body.id, 'duplicate', null);
        return { kind: 'duplicate' as const, row: existing.row as RequestRow };
      }
      const result = await runAsParent(tx, versions, parent, locationId, mutator, args.data, now);
      if (!result.ok) return { kind: 'refused' as const, result };
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
      throw refusalError(outcome.result);
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
    const parent = await authenticateParent(ctx.db, request, { now: ctx.clock(), validDays: ctx.settings.parentTokenDays });
    const now = ctx.clock().toISOString();
    const out: PortalRequestView[] = [];
    for (const childId of parent.childIds) {
      const child = await childOf(ctx.db, parent.organisationId, childId);
      if (child) out.push(...(await requestViewsOf(ctx.db, child, now)));
    }
    return { requests: out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)) };
  });

  /**
   * The parent's answer to a late approval: `request.confirmStillNeeded` run as the parent (the
   * same mutator a desk runs when the parent phones). Answers the request as the parent now sees it.
   */
  app.post<{ Params: { id: string } }>(`${PORTAL_REQUESTS_PATH}/:id/confirmation`, async (request): Promise<PortalRequestView> => {
    const parent = await authenticateParent(ctx.db, request, { now: ctx.clock(), validDays: ctx.settings.parentTokenDays });
    const body = parseBody(PortalConfirmationBody, request.body);
    const requestId = parseBody(Id, request.params.id);
    const children = (await Promise.all(parent.childIds.map((id) => childOf(ctx.db, parent.organisationId, id)))).filter(
      (c): c is ChildRow => c !== null,
    );
    const found = await getRow(ctx.db, [...new Set(children.map((c) => c.locationId))], 'requests', requestId);
    const child = found ? children.find((c) => c.id === (found.row as RequestRow).childId) : undefined;
    if (!found || !child) {
      throw new HubError('not_found', 'Deze aanvraag is onbekend.', { error: { rule: 'request.unknown' } });
    }
    const now = ctx.clock().toISOString();
    const mutator = mutators['request.confirmStillNeeded'];
    const args = mutator.args.parse({ requestId, eventId: uuidv7(), stillNeeded: body.stillNeeded });
    const result = await ctx.db.transaction(async (tx) => {
      const versions = await lockForParent(tx, parent, child.locationId);
      return runAsParent(tx, versions, parent, child.locationId, mutator, args, now);
    });
    if (!result.ok) throw refusalError(result);
    request.log.info({ parentId: parent.id, requestId, stillNeeded: body.stillNeeded }, 'portal confirmation');
    const view = (await requestViewsOf(ctx.db, child, now)).find((v) => v.id === requestId);
    if (!view) throw new HubError('not_found', 'Deze aanvraag is onbekend.', { error: { rule: 'request.unknown' } });
    return view;
  });
}

/** A child's requests as its parent sees them at `now`, with the last message: the receipt (with its expiry moment), or the decision's. */
async function requestViewsOf(q: Queryable, child: ChildRow, now: string): Promise<PortalRequestView[]> {
  const rows = (await findLiveRows(q, [child.locationId], 'requests', { childId: child.id }, true)).map((r) => r.row as RequestRow);
  const events = (await findLiveRows(q, [child.locationId], 'requestEvents', { childId: child.id }, true)).map(
    (r) => r.row as RequestEventRow,
  );
  return rows.map((r) => {
    const last = events
      .filter((e) => e.requestId === r.id && e.parentMessage !== '')
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .at(-1);
    // Past its expiry moment the request has expired for the parent at that minute, even when
    // no desk is open to record it (the first desk to look runs `request.expire`).
    const expiredAt = r.status === 'submitted' && isExpiredAt(r, now) ? r.expiresAt : null;
    return {
      id: r.id,
      kind: r.kind,
      childId: r.childId,
      date: r.date,
      status: expiredAt ? 'expired' : r.status,
      awaitingParentConfirmation: r.state.status === 'approved' && r.state.awaitingParentConfirmation,
      message: expiredAt
        ? parentMessage({ request: requestOfRow(r), state: { status: 'expired', at: expiredAt }, childName: child.firstName })
        : (last?.parentMessage ?? null),
    };
  });
}
