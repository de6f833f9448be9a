/**
 * The hub's settings from the environment, in one place:
 *
 *   HUB_PORT (5179)  HUB_HOST (127.0.0.1)  DATABASE_URL (else PGlite in HUB_DATA, ./.data/hub)
 *   HUB_DB_POOL_SIZE (10)  HUB_LOG_LEVEL (info)  HUB_TRUST_PROXY (0)  HUB_LEASE_HOURS (168)
 *   HUB_MIN_CLIENT_VERSION (unset)  HUB_DEVICE_LEASE_HOURS (12)  HUB_PAIRING_CODE_MINUTES (10)
 *   HUB_SESSION_HOURS (12)  HUB_OFFLINE_DAYS (14): user sessions, see auth/userSessions.ts
 *   HUB_TLS_CERT, HUB_TLS_KEY (PEM files: https)  HUB_BEHIND_PROXY (0)
 *
 * HUB_TRUST_PROXY is a hop count or a list of proxy addresses (http/trustProxy.ts). Outside
 * loopback the hub serves https (HUB_TLS_CERT + HUB_TLS_KEY) or, with HUB_BEHIND_PROXY=1, plain
 * http to a proxy that terminates TLS; anything else is refused at start, since desks send
 * credentials and passwords to it.
 *   HUB_PARENT_TOKEN_DAYS (90)
 */
import { readFileSync } from 'node:fs';
import { isLoopbackHost } from '../../shared/sync/hubUrl';
import { DEFAULT_OFFLINE_DAYS, DEFAULT_SESSION_HOURS } from './auth/userSessions';
import { dbConfigFromEnv, type DbConfig } from './db/openDb';
import { parseTrustProxy, type TrustProxy } from './http/trustProxy';
import { DEFAULT_PARENT_TOKEN_DAYS } from './portal/parents';

export type HubConfig = {
  host: string;
  port: number;
  db: DbConfig;
  logLevel: string;
  trustProxy?: TrustProxy;
  /** Paths of the certificate (chain) and key in PEM: the hub serves https. */
  tls?: { certFile: string; keyFile: string };
  /** Plain http behind a proxy that terminates TLS (allowed on a non-loopback address). */
  behindProxy: boolean;
  leaseHours: number;
  minClientVersion?: string;
  deviceLeaseHours: number;
  pairingCodeMinutes: number;
  sessionHours: number;
  offlineDays: number;
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
  const sessionHours = positive(env, 'HUB_SESSION_HOURS', DEFAULT_SESSION_HOURS);
  const offlineDays = positive(env, 'HUB_OFFLINE_DAYS', DEFAULT_OFFLINE_DAYS);
  const host = env.HUB_HOST || '127.0.0.1';
  const tls = tlsFromEnv(env);
  const behindProxy = flag(env, 'HUB_BEHIND_PROXY');
  if (!isLoopbackHost(host) && !tls && !behindProxy) {
    throw new Error(
      `HUB_HOST ${host} is not a loopback address: desks would send credentials and passwords over plain http. ` +
        'Set HUB_TLS_CERT and HUB_TLS_KEY (PEM files) to serve https, or HUB_BEHIND_PROXY=1 when a proxy in front terminates TLS.',
    );
  }
  const trustProxy = parseTrustProxy(env.HUB_TRUST_PROXY);
  const parentTokenDays = env.HUB_PARENT_TOKEN_DAYS ? Number(env.HUB_PARENT_TOKEN_DAYS) : DEFAULT_PARENT_TOKEN_DAYS;
  if (!Number.isInteger(parentTokenDays) || parentTokenDays < 1) {
    throw new Error(`HUB_PARENT_TOKEN_DAYS is not a positive whole number: ${env.HUB_PARENT_TOKEN_DAYS}`);
  }
  return {
    host,
    port,
    db: dbConfigFromEnv(env),
    logLevel: env.HUB_LOG_LEVEL || 'info',
    ...(trustProxy ? { trustProxy } : {}),
    ...(tls ? { tls } : {}),
    behindProxy,
    leaseHours,
    deviceLeaseHours,
    pairingCodeMinutes,
    sessionHours,
    offlineDays,
    parentTokenDays,
    ...(env.HUB_MIN_CLIENT_VERSION ? { minClientVersion: env.HUB_MIN_CLIENT_VERSION } : {}),
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (!text) return fallback;
  const value = Number(text);
  if (!(value > 0)) throw new Error(`${name} is not a positive number: ${text}`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = env[name] ?? '';
  if (value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`${name} is 1 or 0, not ${JSON.stringify(value)}`);
}

function tlsFromEnv(env: NodeJS.ProcessEnv): HubConfig['tls'] {
  const certFile = env.HUB_TLS_CERT ?? '';
  const keyFile = env.HUB_TLS_KEY ?? '';
  if (certFile === '' && keyFile === '') return undefined;
  if (certFile === '' || keyFile === '') throw new Error('HUB_TLS_CERT and HUB_TLS_KEY go together: set both (PEM files) or neither.');
  return { certFile, keyFile };
}

/** The certificate and key for https, read at start so a wrong path stops the hub with its name. */
export function readTls(tls: NonNullable<HubConfig['tls']>): { cert: Buffer; key: Buffer } {
  const read = (name: string, path: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new Error(`${name} cannot be read: ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  };
  return { cert: read('HUB_TLS_CERT', tls.certFile), key: read('HUB_TLS_KEY', tls.keyFile) };
}
