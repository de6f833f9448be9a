/**
 * Which X-Forwarded-For entries the hub believes (HUB_TRUST_PROXY), for the client address the
 * rate limits count by. Trusting every hop (the old `1`) let a client choose its own address by
 * sending the header, so there is no "trust all" any more:
 *
 * - `0` or unset: the header is ignored; the address is the socket's.
 * - a hop count `n`: the `n` nearest hops are proxies; the address is the entry `n` hops back
 *   (1: the last entry, the one the proxy added). Only safe when nothing but the proxy can reach
 *   the hub (a client that reaches it directly can still choose its address); prefer a list.
 * - a comma-separated list of proxy addresses and CIDR ranges (`10.0.0.0/8, 192.168.1.4`, and
 *   proxy-addr's names `loopback`, `linklocal`, `uniquelocal`): a hop is believed only when the
 *   address that sent it is in the list.
 */
import { isIP } from 'node:net';

export type TrustProxy = { hops: number } | { proxies: string[] };

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Parses HUB_TRUST_PROXY; throws with the value and what is allowed when it is neither form. */
export function parseTrustProxy(value: string | undefined): TrustProxy | undefined {
  const text = (value ?? '').trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops === 0 ? undefined : { hops };
  }
  const proxies = text.split(',').map((entry) => entry.trim());
  const wrong = proxies.filter((entry) => !isProxyEntry(entry));
  if (wrong.length > 0) {
    throw new Error(
      `HUB_TRUST_PROXY is neither a hop count nor a list of proxy addresses: ${wrong.map((w) => JSON.stringify(w)).join(', ')} ` +
        '(use a whole number of proxies, e.g. 1, or addresses and CIDR ranges, e.g. "10.0.0.0/8, 192.168.1.4")',
    );
  }
  return { proxies };
}

function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Fastify's `trustProxy` for the setting. A hop count is passed as a function, since Fastify now
 * ignores a plain number (it trusts no hop at all then); the function trusts the socket's peer and
 * the next `hops - 1` entries, so the address is the entry `hops` back.
 */
export function fastifyTrustProxy(trust: TrustProxy | undefined): false | string[] | ((address: string, hop: number) => boolean) {
  if (trust === undefined) return false;
  if ('proxies' in trust) return trust.proxies;
  const { hops } = trust;
  return (_address, hop) => hop < hops;
}
