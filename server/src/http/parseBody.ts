/** Route inputs are parsed with the shared zod schemas; a mismatch is `validation_failed` (400). */
import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/contract/errors';
import { HubError } from './hubError';

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new HubError('validation_failed', 'Het verzoek klopt niet met het protocol.', { error: { details: issuesOf(parsed.error) } });
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
