/** `GET /health`: is this process up and can it reach its database (for load balancers). */
import type { FastifyInstance } from 'fastify';
import type { HubContext } from '../hubContext';
import { HubError } from '../http/hubError';

export function registerHealth(app: FastifyInstance, ctx: HubContext): void {
  app.get('/health', async () => {
    try {
      await ctx.db.query('SELECT 1');
    } catch {
      throw new HubError('unavailable', 'De database is niet bereikbaar.');
    }
    return { ok: true, db: ctx.db.backend, serverTime: ctx.clock().toISOString() };
  });
}
