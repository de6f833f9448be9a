/**
 * The authenticated device of a request. The `/v1` hook (app.ts) authenticates before the body is
 * read, so an unauthenticated request is refused without parsing what it sent.
 */
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedDevice } from '../auth/deviceAuth';
import { HubError } from '../http/hubError';

declare module 'fastify' {
  interface FastifyRequest {
    device: AuthenticatedDevice | null;
  }
}

/** A route that needs a device refuses a request without one (401), whatever the hook did. */
export function requireDevice(request: FastifyRequest): AuthenticatedDevice {
  if (!request.device) throw new HubError('unauthorized', 'Deze desk of dit apparaat is niet aangemeld bij de hub.');
  return request.device;
}
