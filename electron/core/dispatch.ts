/**
 * The boundary every call crosses, from IPC or the bridge: unknown method, bad arguments and
 * anything thrown become a Result with a closed error code; nothing is written on bad input.
 */
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { apiError, type ApiResult, type FieldIssue } from '../../shared/contract/errors';
import { methods } from '../../shared/contract/methods';
import { methodNames, type MethodName } from '../../shared/contract/methodNames';
import type { AccessRefusal } from './access';
import type { Handlers } from './handlers';
import { storeFaultResult, storeFaultRuleOf } from './store/storeFaults';
import type { Logger } from './logger';

export function isMethodName(name: string): name is MethodName {
  return (methodNames as readonly string[]).includes(name);
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(invoer)', message: i.message }));
}

export function invalidInput(error: z.ZodError): ApiResult<never> {
  const details = fieldIssues(error);
  const fields = details.map((d) => d.path).join(', ');
  return apiError('validation_failed', `De invoer klopt niet (${fields}).`, { details });
}

/**
 * The log lives in the data folder: on a full disk writing it throws too, and that must not turn
 * the answer into a failed call (which the bridge used to word as "verbinding").
 */
function logQuietly(write: () => void): void {
  try {
    write();
  } catch {
    // the answer to the user matters more than this log line
  }
}

/** Who may call what now (access.ts), asked before the input is even parsed. */
export type Gate = (method: MethodName) => AccessRefusal | null;

export async function dispatch(
  handlers: Handlers,
  method: string,
  rawInput: unknown,
  log: Logger,
  gate: Gate = () => null,
): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return apiError('unknown_method', `Onbekende opdracht: ${method.slice(0, 80)}`);
  }
  const refusal = gate(method);
  if (refusal) return apiError(refusal.code, refusal.message, { rule: refusal.rule });
  const parsed = methods[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const handler = handlers[method] as (input: unknown) => Promise<ApiResult<unknown>>;
    return await handler(parsed.data);
  } catch (err) {
    const faultRule = storeFaultRuleOf(err);
    if (faultRule) {
      logQuietly(() => log.warn({ err, method, rule: faultRule }, 'store fault'));
      return storeFaultResult(faultRule);
    }
    const logId = uuidv7();
    logQuietly(() => log.error({ err, logId, method }, 'call failed'));
    return apiError('internal_error', `Er ging iets mis in Opvangdesk (meldingscode ${logId.slice(-8)}). Er is niets opgeslagen.`, {
      logId,
    });
  }
}
