import { apiError, apiOk } from '../../../shared/contract/errors';
import type { SessionInfo } from '../../../shared/contract/views';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { HubClient } from '../sync/hubClient';
import { signIn } from '../sync/signIn';
import { readEnrolment } from '../sync/syncRepository';

export function authService(ctx: CoreContext): HandlersOf<'auth.session' | 'auth.signIn' | 'auth.signOut'> {
  const session = (): SessionInfo => ctx.session.info();
  return {
    'auth.session': async () => apiOk(session()),

    'auth.signIn': async ({ email, password }) => {
      const enrolment = readEnrolment(ctx.db);
      if (!enrolment)
        return apiError('conflict', 'Deze desk is niet aan een hub gekoppeld; aanmelden is niet nodig.', { rule: 'auth.not_enrolled' });
      const outcome = await signIn(
        ctx.db,
        new HubClient(enrolment.hubUrl, ctx.credentials.load(), ctx.clock),
        enrolment.locationIds,
        email,
        password,
        ctx.clock(),
      );
      if (!outcome.ok) return apiError(outcome.code, outcome.message, { rule: outcome.rule });
      ctx.session.signIn(outcome.user, outcome.sessionId);
      ctx.log.info({ userId: outcome.user.userId, offline: outcome.user.offline }, 'signed in');
      return apiOk(session());
    },

    'auth.signOut': async () => {
      ctx.session.signOut();
      return apiOk(session());
    },
  };
}
