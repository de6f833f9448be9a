/**
 * The desk's HTTP client for the hub: JSON over fetch with a timeout, the desk's bearer
 * credential, and every answer parsed with the shared wire schemas. Failures are sorted into
 * what the engine must do about them: try again later (unreachable, 5xx), stop (revoked),
 * or show the refusal (any other 4xx).
 */
import type { z } from 'zod';
import type { ApiError } from '../../../shared/contract/errors';
import {
  CLIENT_TIME_HEADER,
  EnrolResponse,
  PullResponse,
  PushResponse,
  SignInResponse,
  type PullRequest,
  type PushRequest,
} from '../../../shared/sync/protocol';

export type HubFailure =
  /** Network down, DNS, timeout, 5xx: transient, retry with backoff. */
  | { kind: 'unreachable'; message: string }
  /** The credential was revoked (or is unknown): stop syncing, tell the manager; `wipe`: delete the store too. */
  | { kind: 'revoked'; message: string; wipe: boolean }
  /** The hub refused the request (4xx): permanent for this request. */
  | { kind: 'refused'; status: number; error: ApiError; body: Record<string, unknown> };

export type HubAnswer<T> = { ok: true; value: T } | { ok: false; failure: HubFailure };

export class HubClient {
  constructor(
    readonly baseUrl: string,
    private readonly credential: string | null,
    private readonly clock: () => Date,
    private readonly timeoutMs = 15_000,
  ) {}

  /** Not retried on a closed connection: the code is one-time, and the hub may have used it. */
  enrol(body: { code: string; deskName: string }): Promise<HubAnswer<z.infer<typeof EnrolResponse>>> {
    return this.post('/v1/enrol', body, EnrolResponse, { idempotent: false });
  }

  signIn(body: { email: string; password: string }): Promise<HubAnswer<z.infer<typeof SignInResponse>>> {
    return this.post('/v1/auth/sign-in', body, SignInResponse);
  }

  /** Idempotent: the hub answers an already-applied mutation id with `duplicate`. */
  push(body: PushRequest): Promise<HubAnswer<PushResponse>> {
    return this.post('/v1/push', body, PushResponse);
  }

  pull(body: PullRequest): Promise<HubAnswer<PullResponse>> {
    return this.post('/v1/pull', body, PullResponse);
  }

  /** Another desk endpoint of the hub (device commands: `/v1/group-devices/*`), answered per `schema`. */
  send<S extends z.ZodType>(path: `/v1/${string}`, body: unknown, schema: S): Promise<HubAnswer<z.infer<S>>> {
    return this.post(path, body, schema, { idempotent: false });
  }

  private async post<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    { idempotent = true }: { idempotent?: boolean } = {},
  ): Promise<HubAnswer<z.infer<S>>> {
    const request = () =>
      fetch(new URL(path, this.baseUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [CLIENT_TIME_HEADER]: this.clock().toISOString(),
          ...(this.credential ? { authorization: `Bearer ${this.credential}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    let response: Response;
    try {
      try {
        response = await request();
      } catch (err) {
        // fetch keeps connections alive; one the hub (or a proxy) closed while idle fails the next
        // request at once. That says nothing about the hub being down: an idempotent request is
        // sent once more on a fresh connection before the engine calls the hub unreachable.
        if (!idempotent || !isClosedConnection(err)) throw err;
        response = await request();
      }
    } catch (err) {
      return { ok: false, failure: { kind: 'unreachable', message: err instanceof Error ? err.message : String(err) } };
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return { ok: false, failure: { kind: 'unreachable', message: `hub answered ${response.status} without JSON` } };
    }
    if (response.status >= 500) {
      return { ok: false, failure: { kind: 'unreachable', message: `hub answered ${response.status}` } };
    }
    if (!response.ok) {
      const record = (json ?? {}) as Record<string, unknown>;
      const error = (record.error ?? { code: 'internal_error', message: `hub answered ${response.status}` }) as ApiError;
      // 401 is the desk's credential (revoked: a control says so; unknown: no rule), unless it names
      // a rule of its own (a person's session that ended is that person's refusal, not the desk's).
      const control = Array.isArray(record.control) ? (record.control as { type?: unknown; reason?: unknown; wipe?: unknown }[]) : [];
      const revoked = control.find((c) => c?.type === 'revoked');
      if (response.status === 401 && path !== '/v1/auth/sign-in' && path !== '/v1/enrol' && (revoked || !error.rule)) {
        const message = typeof revoked?.reason === 'string' ? revoked.reason : error.message;
        return { ok: false, failure: { kind: 'revoked', message, wipe: revoked?.wipe === true } };
      }
      return { ok: false, failure: { kind: 'refused', status: response.status, error, body: record } };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      return {
        ok: false,
        failure: { kind: 'unreachable', message: `hub answer did not match the protocol: ${parsed.error.message.slice(0, 200)}` },
      };
    }
    return { ok: true, value: parsed.data };
  }
}

/** undici's error for a kept-alive socket the other side closed (`other side closed`, ECONNRESET, EPIPE). */
export function isClosedConnection(err: unknown): boolean {
  const cause = err instanceof Error ? (err.cause as { code?: string } | undefined) : undefined;
  return cause?.code === 'UND_ERR_SOCKET' || cause?.code === 'ECONNRESET' || cause?.code === 'EPIPE';
}
