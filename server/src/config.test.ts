import { describe, expect, it } from 'vitest';
import { hubConfigFromEnv } from './config';

describe('hub settings: HUB_TRUST_PROXY as a hop count or a list of proxies', () => {
  const trustOf = (value: string) => hubConfigFromEnv({ HUB_TRUST_PROXY: value }).trustProxy;

  it('unset, empty and 0 believe no X-Forwarded-For', () => {
    expect(hubConfigFromEnv({}).trustProxy).toBeUndefined();
    expect(trustOf('')).toBeUndefined();
    expect(trustOf('0')).toBeUndefined();
  });

  it('a whole number is a hop count (1: the entry the proxy added)', () => {
    expect(trustOf('1')).toEqual({ hops: 1 });
    expect(trustOf('2')).toEqual({ hops: 2 });
  });

  it('addresses, CIDR ranges (prefix up to 32 for IPv4, 128 for IPv6) and the named ranges, comma-separated', () => {
    expect(trustOf('10.0.0.0/8, 192.168.1.4,fd00::/8, ::1, loopback')).toEqual({
      proxies: ['10.0.0.0/8', '192.168.1.4', 'fd00::/8', '::1', 'loopback'],
    });
    expect(trustOf('10.0.0.0/32')).toEqual({ proxies: ['10.0.0.0/32'] });
    expect(trustOf('fd00::/128')).toEqual({ proxies: ['fd00::/128'] });
  });

  it('refused at start, naming the value: true (trust every hop), -1, 1.5, a prefix past 32 or 128, a name, an empty entry', () => {
    for (const value of ['true', '-1', '1.5', '10.0.0.0/33', 'fd00::/129', 'proxy.example.nl', '10.0.0.1,', '10.0.0.0/8/1']) {
      expect(() => trustOf(value), value).toThrow(/HUB_TRUST_PROXY is neither a hop count nor a list of proxy addresses/);
    }
  });
});

describe('hub settings: no plain http outside loopback', () => {
  it('loopback hosts need no TLS (127.0.0.1 by default, ::1, localhost)', () => {
    expect(hubConfigFromEnv({}).host).toBe('127.0.0.1');
    expect(hubConfigFromEnv({ HUB_HOST: '::1' }).host).toBe('::1');
    expect(hubConfigFromEnv({ HUB_HOST: 'localhost' }).host).toBe('localhost');
  });

  it('a non-loopback host without TLS or HUB_BEHIND_PROXY is refused with what to set', () => {
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'hub.example.nl']) {
      expect(() => hubConfigFromEnv({ HUB_HOST: host }), host).toThrow(
        /not a loopback address.*HUB_TLS_CERT and HUB_TLS_KEY.*HUB_BEHIND_PROXY=1/,
      );
    }
  });

  it('a non-loopback host with both TLS files, or behind a proxy, is allowed', () => {
    expect(hubConfigFromEnv({ HUB_HOST: '0.0.0.0', HUB_TLS_CERT: '/etc/hub/cert.pem', HUB_TLS_KEY: '/etc/hub/key.pem' }).tls).toEqual({
      certFile: '/etc/hub/cert.pem',
      keyFile: '/etc/hub/key.pem',
    });
    expect(hubConfigFromEnv({ HUB_HOST: '0.0.0.0', HUB_BEHIND_PROXY: '1' }).behindProxy).toBe(true);
  });

  it('one TLS file without the other, and HUB_BEHIND_PROXY other than 0 or 1, are refused', () => {
    expect(() => hubConfigFromEnv({ HUB_TLS_CERT: '/etc/hub/cert.pem' })).toThrow(/HUB_TLS_CERT and HUB_TLS_KEY go together/);
    expect(() => hubConfigFromEnv({ HUB_TLS_KEY: '/etc/hub/key.pem' })).toThrow(/HUB_TLS_CERT and HUB_TLS_KEY go together/);
    expect(() => hubConfigFromEnv({ HUB_HOST: '0.0.0.0', HUB_BEHIND_PROXY: 'yes' })).toThrow(/HUB_BEHIND_PROXY is 1 or 0/);
  });
});
