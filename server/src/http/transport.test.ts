import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, testBackends, type TestHub } from '../testing/hubHarness';

const root = resolve(__dirname, '../../..');

/** The address the hub counted a failed enrolment under (the rate limits' key). */
async function ipOfFailedEnrolment(hub: TestHub, headers: Record<string, string>): Promise<string> {
  await hub.db.query('DELETE FROM auth_failures');
  const answer = await hub.call('/v1/enrol', { body: { code: 'ONBEKEND', deskName: 'Gok' }, headers });
  expect(answer.status).toBe(401);
  const { rows } = await hub.db.query<{ ip: string }>('SELECT ip FROM auth_failures');
  return rows[0]!.ip;
}

describe.each(testBackends())('transport: trusted proxies and TLS on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  it('HUB_TRUST_PROXY as a list without 127.0.0.1: a forged X-Forwarded-For is ignored; the limit counts the real address', async () => {
    const hub = await startTestHub(backend, {
      trustProxy: { proxies: ['10.0.0.0/8'] },
      settings: { enrolLimits: { windowMinutes: 15, perDeviceEmail: 0, perIp: 3 } },
    });
    try {
      expect(await ipOfFailedEnrolment(hub, { 'x-forwarded-for': '198.51.100.1' })).toBe('127.0.0.1');
      // Every guess names another address; all count for 127.0.0.1: 3 checked, then 429.
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const forged = { 'x-forwarded-for': `198.51.100.${i + 10}` };
        statuses.push((await hub.call('/v1/enrol', { body: { code: `ONBEKEND${i}`, deskName: 'Gok' }, headers: forged })).status);
      }
      expect(statuses).toEqual([401, 401, 429, 429, 429]); // one failure was already counted above
    } finally {
      await hub.close();
    }
  });

  it('HUB_TRUST_PROXY as a hop count 1: the last entry (the one the proxy added) is the address, not the client-chosen first', async () => {
    const hub = await startTestHub(backend, { trustProxy: { hops: 1 } });
    try {
      expect(await ipOfFailedEnrolment(hub, { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' })).toBe('203.0.113.7');
      expect(await ipOfFailedEnrolment(hub, {})).toBe('127.0.0.1');
    } finally {
      await hub.close();
    }
  });

  describe('https with a certificate', () => {
    let dir: string;
    let cert: Buffer;
    let key: Buffer;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'opvangdesk-tls-'));
      // A self-signed certificate for 127.0.0.1, made here: node:crypto cannot make certificates.
      const subject = ['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'];
      const files = ['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')];
      const options = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1'];
      execFileSync('openssl', ['req', '-x509', ...options, ...subject, ...files], { stdio: 'ignore' });
      cert = readFileSync(join(dir, 'cert.pem'));
      key = readFileSync(join(dir, 'key.pem'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('HUB_TLS_CERT/HUB_TLS_KEY: the hub answers over https with that certificate', async () => {
      const hub = await startTestHub(backend, { https: { cert, key } });
      try {
        expect(hub.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
        const body = await new Promise<string>((done, failed) => {
          request(`${hub.url}/health`, { ca: cert }, (res) => {
            let text = '';
            res.on('data', (d: Buffer) => (text += d.toString()));
            res.on('end', () => done(text));
          })
            .on('error', failed)
            .end();
        });
        expect(JSON.parse(body)).toMatchObject({ ok: true, db: backend.name });
        // Plain http to the https port gets no answer a desk could mistake for the hub.
        await expect(fetch(hub.url.replace('https:', 'http:') + '/health')).rejects.toThrow();
      } finally {
        await hub.close();
      }
    });
  });
});

describe('transport: the hub process', () => {
  it('npm run hub on a non-loopback address without TLS or HUB_BEHIND_PROXY stops at start with what to set (exit 1)', async () => {
    const child = spawn('npx', ['tsx', 'server/src/main.ts'], {
      cwd: root,
      env: { ...process.env, HUB_HOST: '0.0.0.0', HUB_PORT: '0', HUB_DATA: join(tmpdir(), 'opvangdesk-hub-never-opened') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(err).toContain('HUB_HOST 0.0.0.0 is not a loopback address');
    expect(err).toContain('HUB_BEHIND_PROXY=1');
  }, 30_000);
});
