/**
 * The error envelope of every boundary (IPC, browser bridge, later the hub): a closed set of
 * codes the UI can act on, a Dutch message for people, and never a stack trace.
 */
export const errorCodes = [
  /** The arguments do not match the method's schema; `details` lists the fields. */
  'validation_failed',
  /** No such method in the contract. */
  'unknown_method',
  /** No or a wrong credential (bridge token, later the hub's bearer token). */
  'unauthorized',
  /** Known caller, but its role or location may not do this. */
  'forbidden',
  'not_found',
  /** A domain rule does not hold; `rule` names it. */
  'rule_violated',
  /** A request was already decided (first decision wins). */
  'already_decided',
  'conflict',
  /** The store or the hub cannot be reached now; try again. */
  'unavailable',
  /** A programming error; `logId` finds it in the log. */
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type FieldIssue = { path: string; message: string };

export type ApiError = {
  code: ErrorCode;
  message: string;
  rule?: string;
  params?: Record<string, string | number>;
  details?: FieldIssue[];
  logId?: string;
};

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const apiOk = <T>(value: T): ApiResult<T> => ({ ok: true, value });

export const apiError = (code: ErrorCode, message: string, extra: Omit<ApiError, 'code' | 'message'> = {}): ApiResult<never> => ({
  ok: false,
  error: { code, message, ...extra },
});

/** HTTP status for an error code, for the bridge and the hub. */
export const httpStatusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  unknown_method: 404,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  rule_violated: 422,
  already_decided: 409,
  conflict: 409,
  unavailable: 503,
  internal_error: 500,
};
