/**
 * `POST /v1/enrol`: a one-time code (made by an administrator for one or more locations) becomes
 * a desk: a device row bound to those locations and a credential returned once. The code is
 * marked used in the same transaction (a concurrent second use finds it used). Unknown, expired
 * and used codes get the same answer, and attempts per IP are limited, claimed before the code is
 * checked (auth/rateLimit.ts).
 */
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { EnrolRequest, type EnrolResponse } from '../../../shared/sync/protocol';
import { newCredential, sha256Hex } from '../auth/credentials';
import { enrolmentCodeHash } from '../auth/enrolmentCodes';
import { claimAttempt } from '../auth/rateLimit';
import type { HubContext } from '../hubContext';
import { HubError } from '../http/hubError';
import { parseBody } from '../http/parseBody';
import { tooManyAttempts } from './tooManyAttempts';

export function registerEnrol(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/enrol', async (request): Promise<EnrolResponse> => {
    const body = parseBody(EnrolRequest, request.body);
    const key = { kind: 'enrol', ip: request.ip } as const;
    const attempt = await claimAttempt(ctx.db, key, ctx.settings.enrolLimits);
    if (!attempt) throw tooManyAttempts(ctx.settings.enrolLimits.windowMinutes);

    const credential = newCredential();
    const enrolled = await ctx.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string; organisation_id: string; location_ids: string[] }>(
        `UPDATE enrolment_codes SET used_at = now()
         WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
         RETURNING id, organisation_id, location_ids`,
        [enrolmentCodeHash(body.code)],
      );
      const code = rows[0];
      if (!code) return null;
      const deviceId = uuidv7();
      await tx.query("INSERT INTO devices (id, kind, organisation_id, name, credential_hash) VALUES ($1, 'desk', $2, $3, $4)", [
        deviceId,
        code.organisation_id,
        body.deskName,
        sha256Hex(credential),
      ]);
      await tx.query('INSERT INTO device_locations (device_id, location_id) SELECT $1, unnest($2::text[])', [deviceId, code.location_ids]);
      await tx.query('UPDATE enrolment_codes SET device_id = $2 WHERE id = $1', [code.id, deviceId]);
      return { deviceId, organisationId: code.organisation_id, locationIds: [...code.location_ids].sort() };
    });
    if (!enrolled) throw new HubError('unauthorized', 'Deze koppelcode is onbekend, verlopen of al gebruikt.');
    await attempt.succeeded();
    request.log.info({ deviceId: enrolled.deviceId, locationIds: enrolled.locationIds }, 'desk enrolled');
    return { ...enrolled, credential };
  });
}
