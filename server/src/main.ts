/**
 * `npm run hub [-- --demo]`: the sync hub. Opens (and migrates) the database, optionally loads
 * the demo organisation into an empty hub and prints a one-time desk enrolment code, listens,
 * and on SIGTERM/SIGINT stops accepting, lets requests in flight finish and closes the database.
 */
import { createEnrolmentCode } from './auth/enrolmentCodes';
import { hubConfigFromEnv, readTls } from './config';
import { describeDb, openDb } from './db/openDb';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, loadDemoIfEmpty } from './demo/loadDemo';
import { createLogger } from './logger';
import { wallClock } from '../../shared/domain/time/clock';
import { scheduleRetention } from './retention/retentionSchedule';
import { startHub } from './startHub';

/** After this, a shutdown that hangs (a stuck request) ends the process anyway. */
const SHUTDOWN_GRACE_MS = 15_000;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--demo');
  if (unknown.length > 0) throw new Error(`unknown argument(s): ${unknown.join(' ')} (only --demo)`);
  const config = hubConfigFromEnv();
  const logger = createLogger(config.logLevel);
  const https = config.tls ? readTls(config.tls) : undefined;
  if (config.behindProxy && !https) {
    logger.warn({ host: config.host }, 'HUB_BEHIND_PROXY: serving plain http; TLS must be terminated by the proxy in front of this hub');
  }
  logger.info({ db: describeDb(config.db) }, 'opening database');
  const db = await openDb(config.db, logger);

  let demoCode: { code: string; expiresAt: Date } | undefined;
  if (args.includes('--demo')) {
    const demo = await loadDemoIfEmpty(db);
    logger.info(
      { organisationId: demo.organisationId, rows: demo.rows, loaded: demo.loaded },
      demo.loaded ? 'demo loaded' : 'hub not empty: demo not loaded',
    );
    demoCode = await createEnrolmentCode(db, { organisationId: demo.organisationId, locationIds: demo.locationIds });
  }

  const hub = await startHub({
    db,
    logger,
    host: config.host,
    port: config.port,
    ...(config.trustProxy ? { trustProxy: config.trustProxy } : {}),
    ...(https ? { https } : {}),
    settings: {
      leaseHours: config.leaseHours,
      deviceLeaseHours: config.deviceLeaseHours,
      pairingCodeMinutes: config.pairingCodeMinutes,
      sessionHours: config.sessionHours,
      offlineDays: config.offlineDays,
      parentTokenDays: config.parentTokenDays,
      ...(config.minClientVersion ? { minClientVersion: config.minClientVersion } : {}),
    },
  });
  // The hub's own clock decides what is due (issue 15), never a desk's: the clock its routes answer by.
  const retention = scheduleRetention({ db, clock: wallClock, logger });
  if (demoCode) {
    process.stdout.write(
      [
        '',
        `  Opvangdesk hub (demo) on ${hub.url}`,
        `  Desk enrolment code (one use, until ${demoCode.expiresAt.toISOString()}): ${demoCode.code}`,
        `  Demo users (password "${DEMO_PASSWORD}"): manager@${DEMO_EMAIL_DOMAIN} (all locations),`,
        `    manager.<rho|obl|brd>@${DEMO_EMAIL_DOMAIN}, assistent.<rho|obl|brd>@${DEMO_EMAIL_DOMAIN}`,
        '',
      ].join('\n') + '\n',
    );
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    void (async () => {
      try {
        await hub.close();
        await retention.stop();
        await db.close();
        logger.info('hub stopped');
        process.exit(0);
      } catch (error) {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      }
    })();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
