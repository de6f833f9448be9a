/**
 * Refusals of the hub's routes: a code from the shared closed set, a Dutch message, and the HTTP
 * status (`httpStatusOf` unless a route needs a more precise one, e.g. 413 or 429). The error
 * handler turns them into `{ ok: false, error: { code, message, ... } }`.
 */
import type { ApiError, ErrorCode } from '../../../shared/contract/errors';
import { httpStatusOf } from '../../../shared/contract/errors';

export class HubError extends Error {
  override readonly name = 'HubError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: {
      status?: number;
      error?: Omit<ApiError, 'code' | 'message'>;
      /** Fields next to `error` in the body (e.g. `control` for a revoked device). */
      body?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.status = extra.status ?? httpStatusOf[code];
  }

  toBody(): Record<string, unknown> {
    return { ok: false, error: { code: this.code, message: this.message, ...this.extra.error }, ...this.extra.body };
  }
}
