/**
 * The hub client against a real HTTP server on 127.0.0.1 that closes a kept-alive connection
 * when a second request arrives on it, as a proxy or load balancer with a short idle timeout does.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PROTOCOL_VERSION, type PushRequest } from '../../../shared/sync/protocol';
import { HubClient } from './hubClient';

let server: http.Server;
let baseUrl: string;
let requestsSeen: number;

beforeEach(async () => {
  requestsSeen = 0;
  const perSocket = new WeakMap<Socket, number>();
  server = http.createServer((req, res) => {
    requestsSeen += 1;
    const count = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, count);
    if (count > 1) {
      req.socket.destroy();
      return;
    }
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(
        req.url === '/v1/push'
          ? JSON.stringify({ lastMutationId: 0, results: [], serverTime: new Date().toISOString() })
          : JSON.stringify({ deviceId: 'd1', credential: 'c', locations: [] }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Long enough for fetch to put the connection back in its keep-alive pool. */
const idle = () => new Promise((resolve) => setTimeout(resolve, 50));

const push: PushRequest = { protocolVersion: PROTOCOL_VERSION, deviceId: 'd1', mutations: [] };

describe('hub client on a connection the other side closed (sync.md: offline means the hub cannot be reached)', () => {
  test('a push on a kept-alive connection that was closed is sent once more on a fresh one, not reported offline', async () => {
    const client = new HubClient(baseUrl, 'credential', () => new Date());
    expect((await client.push(push)).ok).toBe(true);
    await idle();
    const second = await client.push(push);
    expect(second.ok).toBe(true);
    expect(requestsSeen).toBe(3);
  });

  test('a one-time enrolment code is never sent twice: the closed connection is reported as unreachable', async () => {
    const client = new HubClient(baseUrl, null, () => new Date());
    await client.push(push);
    await idle();
    const enrol = await client.enrol({ code: 'ABCD-EFGH', deskName: 'Desk' });
    expect(enrol.ok).toBe(false);
    expect(!enrol.ok && enrol.failure.kind).toBe('unreachable');
    expect(requestsSeen).toBe(2);
  });
});
