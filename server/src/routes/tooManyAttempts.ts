/**
 * The answer to too many failed attempts: HTTP 429 with Retry-After. The shared error codes have
 * no "rate limited" code; `unavailable` ("try again later") is the closest, with status 429.
 */
import { HubError } from '../http/hubError';

export function tooManyAttempts(windowMinutes: number): HubError {
  return new HubError('unavailable', `Te veel mislukte pogingen. Probeer het over ${windowMinutes} minuten opnieuw.`, {
    status: 429,
    headers: { 'retry-after': String(windowMinutes * 60) },
  });
}
