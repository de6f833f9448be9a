/**
 * The hub's settings from the environment, in one place:
 *
 *   HUB_PORT (5179)  HUB_HOST (127.0.0.1)  DATABASE_URL (else PGlite in HUB_DATA, ./.data/hub)
 *   HUB_DB_POOL_SIZE (10)  HUB_LOG_LEVEL (info)  HUB_TRUST_PROXY (0)  HUB_LEASE_HOURS (168)
 *   HUB_MIN_CLIENT_VERSION (unset)  HUB_DEVICE_LEASE_HOURS (12)  HUB_PAIRING_CODE_MINUTES (10)
 *   HUB_PARENT_TOKEN_DAYS (90)
 */
import { dbConfigFromEnv, type DbConfig } from './db/openDb';
import { DEFAULT_PARENT_TOKEN_DAYS } from './portal/parents';

export type HubConfig = {
  host: string;
  port: number;
  db: DbConfig;
  logLevel: string;
  trustProxy: boolean;
  leaseHours: number;
  minClientVersion?: string;
  deviceLeaseHours: number;
  pairingCodeMinutes: number;
  parentTokenDays: number;
};

export const DEFAULT_PORT = 5179;

export function hubConfigFromEnv(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const port = env.HUB_PORT ? Number(env.HUB_PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`HUB_PORT is not a port: ${env.HUB_PORT}`);
  const leaseHours = env.HUB_LEASE_HOURS ? Number(env.HUB_LEASE_HOURS) : 7 * 24;
  if (!(leaseHours > 0)) throw new Error(`HUB_LEASE_HOURS is not a positive number: ${env.HUB_LEASE_HOURS}`);
  const deviceLeaseHours = env.HUB_DEVICE_LEASE_HOURS ? Number(env.HUB_DEVICE_LEASE_HOURS) : 12;
  if (!(deviceLeaseHours > 0)) throw new Error(`HUB_DEVICE_LEASE_HOURS is not a positive number: ${env.HUB_DEVICE_LEASE_HOURS}`);
  const pairingCodeMinutes = env.HUB_PAIRING_CODE_MINUTES ? Number(env.HUB_PAIRING_CODE_MINUTES) : 10;
  if (!Number.isInteger(pairingCodeMinutes) || pairingCodeMinutes < 1) {
    throw new Error(`HUB_PAIRING_CODE_MINUTES is not a positive whole number: ${env.HUB_PAIRING_CODE_MINUTES}`);
  }
  const parentTokenDays = env.HUB_PARENT_TOKEN_DAYS ? Number(env.HUB_PARENT_TOKEN_DAYS) : DEFAULT_PARENT_TOKEN_DAYS;
  if (!Number.isInteger(parentTokenDays) || parentTokenDays < 1) {
    throw new Error(`HUB_PARENT_TOKEN_DAYS is not a positive whole number: ${env.HUB_PARENT_TOKEN_DAYS}`);
  }
  return {
    host: env.HUB_HOST || '127.0.0.1',
    port,
    db: dbConfigFromEnv(env),
    logLevel: env.HUB_LOG_LEVEL || 'info',
    trustProxy: env.HUB_TRUST_PROXY === '1' || env.HUB_TRUST_PROXY === 'true',
    leaseHours,
    deviceLeaseHours,
    pairingCodeMinutes,
    parentTokenDays,
    ...(env.HUB_MIN_CLIENT_VERSION ? { minClientVersion: env.HUB_MIN_CLIENT_VERSION } : {}),
  };
}
