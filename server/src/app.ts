/**
 * The hub as a Fastify instance: JSON only, a body limit, the error envelope for everything, and
 * the `/v1` routes behind device authentication (all but enrolment). No state lives in the
 * process that matters for correctness: several instances may serve one PostgreSQL database.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { PULL_PAGE_SIZE } from '../../shared/sync/protocol';
import { authenticateDevice } from './auth/deviceAuth';
import { DEFAULT_ENROL_LIMITS, DEFAULT_PAIR_LIMITS, DEFAULT_SIGN_IN_LIMITS } from './auth/rateLimit';
import { DEFAULT_OFFLINE_DAYS, DEFAULT_SESSION_HOURS } from './auth/userSessions';
import type { Db } from './db/db';
import type { HubContext, HubSettings } from './hubContext';
import { installErrorHandlers } from './http/errorHandler';
import { fastifyTrustProxy, type TrustProxy } from './http/trustProxy';
import { DEFAULT_PARENT_TOKEN_DAYS } from './portal/parents';
import { MAX_PUSH_WORK } from './sync/pushBudget';
import { registerDeviceApi } from './routes/deviceApi';
import { registerEnrol } from './routes/enrol';
import { registerGroupDevices } from './routes/groupDevices';
import { registerHealth } from './routes/health';
import { PORTAL_REQUESTS_PATH, registerPortal } from './routes/portal';
import { registerPull } from './routes/pull';
import { registerPush } from './routes/push';
import { registerSignIn } from './routes/signIn';

/** Group iPads lock themselves after this long without reaching the hub (spec/devices.md). */
export const DEFAULT_DEVICE_LEASE_HOURS = 12;
/** A pairing code for a group iPad is valid this long. */
export const DEFAULT_PAIRING_CODE_MINUTES = 10;

/** 1 MiB: a full push batch of ordinary mutations fits many times over. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export type HubOptions = {
  db: Db;
  logger: Logger;
  clock?: () => Date;
  bodyLimit?: number;
  /** Behind a reverse proxy: which X-Forwarded-For hops to believe for the client IP (the rate limits count by it). */
  trustProxy?: TrustProxy;
  /** Certificate and key (PEM): serve https. */
  https?: { cert: Buffer; key: Buffer };
  settings?: Partial<HubSettings>;
};

/** Routes under /v1 with their own authentication: enrolment (a one-time code), the parent portal (a parent's token). */
const PUBLIC_V1_ROUTES = new Set(['/v1/enrol', PORTAL_REQUESTS_PATH]);
const isPublicV1 = (path: string) => PUBLIC_V1_ROUTES.has(path) || path.startsWith(`${PORTAL_REQUESTS_PATH}/`);

export async function buildHub(options: HubOptions): Promise<FastifyInstance> {
  const ctx: HubContext = {
    db: options.db,
    clock: options.clock ?? (() => new Date()),
    settings: {
      pullPageSize: PULL_PAGE_SIZE,
      leaseHours: 7 * 24,
      signInLimits: DEFAULT_SIGN_IN_LIMITS,
      enrolLimits: DEFAULT_ENROL_LIMITS,
      deviceLeaseHours: DEFAULT_DEVICE_LEASE_HOURS,
      pairingCodeMinutes: DEFAULT_PAIRING_CODE_MINUTES,
      pairLimits: DEFAULT_PAIR_LIMITS,
      sessionHours: DEFAULT_SESSION_HOURS,
      offlineDays: DEFAULT_OFFLINE_DAYS,
      parentTokenDays: DEFAULT_PARENT_TOKEN_DAYS,
      pushWorkBudget: MAX_PUSH_WORK,
      ...options.settings,
    },
  };
  const app = Fastify({
    // pino's Logger is Fastify's logger; the cast keeps the instance type the default one.
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    trustProxy: fastifyTrustProxy(options.trustProxy),
    https: options.https ?? null,
    genReqId: () => uuidv7(),
    return503OnClosing: true,
  });
  installErrorHandlers(app);
  // JSON only: any other body (text/plain is accepted by default) is 415.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('device', null);

  // Authentication by the route that will answer, never by the raw URL: `/%761/pull` is routed to
  // `/v1/pull` although its URL does not start with `/v1/`. An unknown route is left to the 404.
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    if (route === undefined || !route.startsWith('/v1/') || isPublicV1(route)) return;
    request.device = await authenticateDevice(ctx.db, request);
  });

  registerHealth(app, ctx);
  registerEnrol(app, ctx);
  registerSignIn(app, ctx);
  registerPush(app, ctx);
  registerPull(app, ctx);
  registerGroupDevices(app, ctx);
  registerDeviceApi(app, ctx);
  registerPortal(app, ctx);
  await app.ready();
  return app;
}
