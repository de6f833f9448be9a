import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { openTempCore } from '../../../test/fixtures/tempCore';
import { createBridgeServer, tokenMatches } from './bridgeServer';

const TOKEN = 'test-token-0123456789';
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function bridge() {
  const { core, cleanup } = await openTempCore({ demo: true });
  const server = await createBridgeServer({ core, token: TOKEN, rendererDir: null });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const port = (server.server.address() as AddressInfo).port;
  stops.push(async () => {
    await server.close();
    cleanup();
  });
  return { base: `http://127.0.0.1:${port}`, port, core };
}

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

describe('browser bridge: the same contract as IPC, behind a per-run token', () => {
  test('a call with the token returns the method Result', async () => {
    const { base } = await bridge();
    const response = await fetch(`${base}/api/call/app.info`, { method: 'POST', headers: auth, body: '{}' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { dataset: 'demo', transport: 'bridge' } });
  });

  test('no token or a wrong token: 401 unauthorized', async () => {
    const { base } = await bridge();
    const none = await fetch(`${base}/api/call/app.info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await fetch(`${base}/api/call/app.info`, {
      method: 'POST',
      headers: { ...auth, authorization: 'Bearer nope' },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
  });

  test('an unknown method: 404 unknown_method', async () => {
    const { base } = await bridge();
    const response = await fetch(`${base}/api/call/files.delete`, { method: 'POST', headers: auth, body: '{}' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  test('malformed JSON and oversized bodies: 400 / 413 with validation_failed, nothing written', async () => {
    const { base, core } = await bridge();
    const malformed = await fetch(`${base}/api/call/mutate`, { method: 'POST', headers: auth, body: '{"name": "shift.assign", ' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const huge = await fetch(`${base}/api/call/mutate`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: 'shift.assign', args: { x: 'a'.repeat(2_000_000) } }),
    });
    expect(huge.status).toBe(413);
    expect((core.context.db.prepare('SELECT count(*) n FROM outbox').get() as { n: number }).n).toBe(0);
  });

  test('a foreign Host header (DNS rebinding) or Origin is refused', async () => {
    const { port } = await bridge();
    const http = await import('node:http');
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, path: '/api/call/app.info', method: 'POST', headers: { ...auth, ...headers } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
    expect(await status({ host: `evil.example:${port}` })).toBe(403);
    expect(await status({ origin: 'https://evil.example' })).toBe(403);
    expect(await status({ origin: `http://127.0.0.1:${port}` })).toBe(200);
  });

  test('the event stream pushes `changed` after a write', async () => {
    const { base, core } = await bridge();
    const controller = new AbortController();
    const response = await fetch(`${base}/api/events?token=${TOKEN}`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    await reader.read(); // ": connected"
    core.context.emit({ type: 'changed', tables: ['shifts'] });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('"tables":["shifts"]');
    controller.abort();
  });

  test('tokens are compared in constant time and never match an empty value', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abd')).toBe(false);
    expect(tokenMatches('abc', undefined)).toBe(false);
    expect(tokenMatches('abc', '')).toBe(false);
  });
});
