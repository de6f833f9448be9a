/**
 * The authenticated device of a request. The `/v1` hook (app.ts) authenticates before the body is
 * read, so an unauthenticated request is refused without parsing what it sent.
 */
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedDevice } from '../auth/deviceAuth';

declare module 'fastify' {
  interface FastifyRequest {
    device: AuthenticatedDevice | null;
  }
}

export function requireDevice(request: FastifyRequest): AuthenticatedDevice {
  if (!request.device) throw new Error(`route ${request.url} needs an authenticated device`);
  return request.device;
}
