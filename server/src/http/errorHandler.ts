/**
 * One place that turns anything thrown in a route into the error envelope: HubErrors as they
 * are, Fastify's own refusals (malformed JSON 400, too large 413, wrong content type 415) as
 * `validation_failed` with their status, a value the database refuses (SQLSTATE class 22) as
 * `validation_failed` too, any other database failure as `unavailable` (503, try again),
 * and anything else as `internal_error` with the request id as `logId`, never a stack trace.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DbError } from '../db/db';
import { HubError } from './hubError';

const fastifyRefusals: Record<number, string> = {
  400: 'Het verzoek is geen geldige JSON.',
  413: 'Het verzoek is te groot.',
  415: 'Het verzoek moet JSON zijn (Content-Type: application/json).',
};

export function toHubError(error: unknown, request: FastifyRequest): HubError {
  if (error instanceof HubError) return error;
  if (error instanceof DbError && error.sqlState?.startsWith('22')) {
    // A value of the request the database cannot hold (e.g. a NUL character): the same on every retry.
    request.log.warn({ err: error, sqlState: error.sqlState }, 'request value refused by the database');
    return new HubError('validation_failed', 'Het verzoek bevat een waarde die de hub niet kan opslaan.');
  }
  if (error instanceof DbError) {
    request.log.error({ err: error, sqlState: error.sqlState }, 'database unavailable');
    return new HubError('unavailable', 'De hub kan de database nu niet bereiken; probeer het straks opnieuw.', {
      headers: { 'retry-after': '5' },
    });
  }
  const status = (error as FastifyError | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = fastifyRefusals[status] ?? 'Het verzoek wordt geweigerd.';
    return new HubError('validation_failed', message, { status });
  }
  request.log.error({ err: error }, 'internal error');
  return new HubError('internal_error', 'Er ging iets mis in de hub.', { error: { logId: String(request.id) } });
}

export function sendHubError(reply: FastifyReply, error: HubError): FastifyReply {
  for (const [name, value] of Object.entries(error.extra.headers ?? {})) void reply.header(name, value);
  return reply.status(error.status).send(error.toBody());
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendHubError(reply, toHubError(error, request)));
  app.setNotFoundHandler((request, reply) =>
    sendHubError(reply, new HubError('not_found', `Onbekend adres: ${request.method} ${request.url.split('?')[0] ?? ''}`)),
  );
}
