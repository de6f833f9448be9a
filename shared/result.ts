/**
 * Results, not exceptions: rules and boundaries return one of these. Only programming errors throw.
 */
export type Ok<T> = { ok: true; value: T };

/** A rule that did not hold: `rule` is a stable id the tests assert, `message` the Dutch sentence. */
export type RuleFailure = {
  ok: false;
  rule: string;
  message: string;
  /** Values the message was built from, so the UI can render it in another language. */
  params?: Record<string, string | number>;
};

export type RuleResult<T> = Ok<T> | RuleFailure;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

export const fail = (rule: string, message: string, params?: Record<string, string | number>): RuleFailure =>
  params ? { ok: false, rule, message, params } : { ok: false, rule, message };
