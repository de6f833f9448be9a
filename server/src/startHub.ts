/** Starts a hub on a host and port (port 0: any free port, for tests) over an open database. */
import type { FastifyInstance } from 'fastify';
import { buildHub, type HubOptions } from './app';

export type RunningHub = { app: FastifyInstance; url: string; close: () => Promise<void> };

export async function startHub(options: HubOptions & { host: string; port: number }): Promise<RunningHub> {
  const app = await buildHub(options);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    app,
    url: `${options.https ? 'https' : 'http'}://${host}:${port}`,
    // Stops accepting, lets requests in flight finish; the database is the caller's to close.
    close: () => app.close(),
  };
}
