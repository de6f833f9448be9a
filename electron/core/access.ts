/**
 * Which calls a desk answers before anything else is checked (issue #15: a lost laptop reveals
 * nothing). A desk without hub (demo, or before enrolment) belongs to its location manager and
 * answers everything. An enrolled desk answers reads and writes only with someone signed in, so a
 * desk left with nobody signed in shows no child; and a desk the hub revoked answers nothing but
 * what it needs to say so.
 */
import type { ErrorCode } from '../../shared/contract/errors';
import type { MethodName } from '../../shared/contract/methodNames';

export type AccessState = { enrolled: boolean; signedIn: boolean; revoked: boolean };

export type AccessRefusal = { code: ErrorCode; rule: string; message: string };

/** What the shell needs to show the sign-in or the revoked screen, to update, and to sign in. */
const BEFORE_SIGN_IN: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.info',
  'locations.list',
  'auth.session',
  'auth.signIn',
  'auth.signOut',
  'sync.status',
  'sync.now',
  'update.status',
  'update.install',
]);

/** A revoked desk: only enough to show what happened (the shell loads the location names: no child's data). */
const WHEN_REVOKED: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.info',
  'locations.list',
  'auth.session',
  'sync.status',
  'update.status',
]);

export function accessRefusal(method: MethodName, state: AccessState): AccessRefusal | null {
  if (!state.enrolled) return null;
  if (state.revoked) {
    if (WHEN_REVOKED.has(method)) return null;
    return {
      code: 'forbidden',
      rule: 'desk.revoked',
      message: 'De hub heeft deze desk ingetrokken: er kan niets meer op worden bekeken of gewijzigd. Neem contact op met de beheerder.',
    };
  }
  if (state.signedIn || BEFORE_SIGN_IN.has(method)) return null;
  return { code: 'unauthorized', rule: 'auth.signed_in', message: 'Meld u eerst aan.' };
}
