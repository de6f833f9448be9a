/**
 * Browser mode: the renderer build plus a bridge to the core over HTTP on 127.0.0.1, for
 * machines without the Electron binary. It implements the same contract as Electron IPC:
 * `POST /api/call/<method>` with the input as JSON body returns the method's Result, and
 * `GET /api/events` streams push events (server-sent events).
 *
 * Guarded like the IPC boundary: a random per-run token (Authorization: Bearer, or `?token=`
 * for the event stream, which browsers cannot give headers), the Host header must be ours (no
 * DNS rebinding), a cross-origin Origin is refused, bodies are size-limited, and every input is
 * parsed by the core's dispatcher.
 */
import { timingSafeEqual } from 'node:crypto';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { apiError, httpStatusOf, type ApiResult } from '../../../shared/contract/errors';
import { contentSecurityPolicy } from '../../../shared/security/contentSecurityPolicy';
import type { Core } from '../core';

export type BridgeOptions = {
  core: Core;
  token: string;
  /** The built renderer (out/renderer); null serves the API only (tests). */
  rendererDir: string | null;
};

const MAX_BODY_BYTES = 1024 * 1024;
/** An import carries its file as base64 (see ImportFileInput): only those two calls take a body this large. */
const MAX_IMPORT_BODY_BYTES = 41 * 1024 * 1024;

export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function createBridgeServer(options: BridgeOptions): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: MAX_BODY_BYTES, logger: false, forceCloseConnections: true });
  // The Host (and Origin, when sent) must name this server on loopback: no DNS rebinding.
  const isOwnHost = (host: string | undefined, port: number | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;

  const send = (reply: FastifyReply, result: ApiResult<unknown>) =>
    reply.code(result.ok ? 200 : httpStatusOf[result.error.code]).send(result);

  app.addHook('onRequest', async (request, reply) => {
    const port = request.socket.localPort;
    if (!isOwnHost(request.headers.host, port)) {
      return send(reply.header('connection', 'close'), apiError('forbidden', 'Onbekende host.'));
    }
    reply.header('content-security-policy', contentSecurityPolicy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (request.url.startsWith('/api/')) {
      const origin = request.headers.origin;
      if (origin !== undefined && !isOwnHost(origin.replace(/^http:\/\//, ''), port)) {
        return send(reply, apiError('forbidden', 'Verzoek van een andere herkomst geweigerd.'));
      }
      if (!tokenMatches(options.token, tokenOf(request))) {
        return send(
          reply,
          apiError('unauthorized', 'Geen of een ongeldige sleutel: open Opvangdesk via de link die bij het starten werd getoond.'),
        );
      }
    }
  });

  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    if (error.statusCode === 413) return reply.code(413).send(apiError('validation_failed', 'Het verzoek is te groot.'));
    if (error.statusCode === 400 || error.statusCode === 415) {
      return send(reply, apiError('validation_failed', 'Het verzoek is geen geldige JSON.'));
    }
    return send(reply, apiError('internal_error', 'Er ging iets mis in Opvangdesk. Er is niets opgeslagen; probeer het opnieuw.'));
  });

  app.post<{ Params: { method: string } }>('/api/call/:method', async (request, reply) => {
    const result = await options.core.call(request.params.method, request.body ?? {});
    return send(reply, result);
  });
  for (const method of ['import.preview', 'import.apply']) {
    app.post(`/api/call/${method}`, { bodyLimit: MAX_IMPORT_BODY_BYTES }, async (request, reply) =>
      send(reply, await options.core.call(method, request.body ?? {})),
    );
  }

  app.get('/api/events', (request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    reply.raw.write(': connected\n\n');
    const off = options.core.onEvent((event) => reply.raw.write(`data: ${JSON.stringify(event)}\n\n`));
    const keepAlive = setInterval(() => reply.raw.write(': keep-alive\n\n'), 25_000);
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      off();
    });
  });

  app.all('/api/*', async (_request, reply) => send(reply, apiError('unknown_method', 'Onbekend adres.')));

  if (options.rendererDir) {
    await app.register(fastifyStatic, { root: options.rendererDir, index: ['index.html'], cacheControl: false });
  }
  return app;
}

function tokenOf(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length);
  const query = request.query as { token?: unknown } | undefined;
  return typeof query?.token === 'string' ? query.token : undefined;
}
