/**
 * Route inputs are parsed with the shared zod schemas; a mismatch is `validation_failed` (400).
 * A body nested deeper than any message of the protocol is refused before it is parsed: walking
 * 10,000 levels of nesting would otherwise overflow the stack in a schema or in storing the
 * arguments, and answer 500 instead of saying the request is wrong.
 */
import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/contract/errors';
import { HubError } from './hubError';

/** Deeper than any message of the protocol (a mutation's arguments are a handful of levels). */
export const MAX_BODY_DEPTH = 32;

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (depthExceeds(body, MAX_BODY_DEPTH)) {
    throw new HubError('validation_failed', `Het verzoek is dieper genest dan het protocol toestaat (meer dan ${MAX_BODY_DEPTH} niveaus).`);
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new HubError('validation_failed', 'Het verzoek klopt niet met het protocol.', { error: { details: issuesOf(parsed.error) } });
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Whether a JSON value nests deeper than `max` levels; iterative, so a deep value cannot overflow the stack here. */
export function depthExceeds(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
