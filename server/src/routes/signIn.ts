/**
 * `POST /v1/auth/sign-in`: a person signs in on an enrolled desk. Answers who they are and where
 * they may work on this desk (their locations among the desk's), with one role: `manager` only
 * when they manage every one of those locations (the desk checks roles before the hub does; the
 * hub checks every mutation per location anyway), and a session bound to this desk
 * (auth/userSessions.ts) that every change and command of this sign-in names.
 *
 * Attempts are limited per device + email and per IP, claimed in the database before the password
 * is checked (auth/rateLimit.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../../shared/model/roles';
import { SignInRequest, type SignInResponse } from '../../../shared/sync/protocol';
import { requireDevice } from './requireDevice';
import { verifyPassword } from '../auth/passwords';
import { issueSession } from '../auth/userSessions';
import { claimAttempt } from '../auth/rateLimit';
import type { HubContext } from '../hubContext';
import { HubError } from '../http/hubError';
import { parseBody } from '../http/parseBody';
import { tooManyAttempts } from './tooManyAttempts';

type UserRow = { id: string; name: string; email: string; password_hash: string; active: boolean };

export function registerSignIn(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/auth/sign-in', async (request): Promise<SignInResponse> => {
    const device = requireDevice(request);
    const body = parseBody(SignInRequest, request.body);
    const email = body.email.trim().toLowerCase();
    const key = { kind: 'sign_in', ip: request.ip, deviceId: device.id, email } as const;
    const attempt = await claimAttempt(ctx.db, key, ctx.settings.signInLimits);
    if (!attempt) {
      request.log.warn({ deviceId: device.id }, 'sign-in rate limited');
      throw tooManyAttempts(ctx.settings.signInLimits.windowMinutes);
    }

    const { rows } = await ctx.db.query<UserRow>(
      'SELECT id, name, email, password_hash, active FROM users WHERE organisation_id = $1 AND lower(email) = $2',
      [device.organisationId, email],
    );
    const user = rows[0];
    const passwordOk = await verifyPassword(user?.password_hash ?? null, body.password);
    if (!user || !passwordOk || !user.active) throw new HubError('unauthorized', 'E-mailadres of wachtwoord klopt niet.');
    await attempt.succeeded();

    const { rows: roles } = await ctx.db.query<{ location_id: string; role: Role }>(
      'SELECT location_id, role FROM user_roles WHERE user_id = $1 AND location_id = ANY($2) ORDER BY location_id',
      [user.id, device.locationIds],
    );
    if (roles.length === 0) throw new HubError('forbidden', 'U heeft geen rol op de locaties van deze desk.');
    const role: Role = roles.every((r) => r.role === 'manager') ? 'manager' : 'assistant';
    const session = await issueSession(ctx.db, { userId: user.id, deviceId: device.id, now: ctx.clock(), windows: ctx.settings });
    return {
      user: { id: user.id, name: user.name, email: user.email, role, locationIds: roles.map((r) => r.location_id) },
      session,
    };
  });
}
