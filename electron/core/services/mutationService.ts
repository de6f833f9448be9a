/**
 * The one write path: parse the mutator's arguments, check the role, apply locally with the
 * outbox row, tell the screens which tables changed.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import { mutators } from '../../../shared/mutators';
import type { CoreContext } from '../context';
import { invalidInput } from '../dispatch';
import type { HandlersOf } from '../handlers';
import { readEnrolment } from '../sync/syncRepository';

const roleLabel = { manager: 'locatiemanager', assistant: 'assistent' } as const;

export function mutationService(ctx: CoreContext): HandlersOf<'mutate'> {
  return {
    mutate: async ({ name, args }) => {
      const mutator = mutators[name];
      const parsed = mutator.args.safeParse(args);
      if (!parsed.success) return invalidInput(parsed.error);
      const actor = ctx.session.actor();
      if (!actor) return apiError('unauthorized', 'Meld u eerst aan om iets te wijzigen.', { rule: 'auth.signed_in' });
      if (!mutator.roles.includes(actor.role)) {
        return apiError('forbidden', `Als ${roleLabel[actor.role]} mag u dit niet doen.`, { rule: 'role.allowed' });
      }
      const result = await ctx.mutations.apply(name, parsed.data, {
        actor,
        createdAt: ctx.clock().toISOString(),
        enrolled: readEnrolment(ctx.db) !== null,
      });
      if (!result.ok) {
        return apiError(result.code, result.message, { rule: result.rule, ...(result.params ? { params: result.params } : {}) });
      }
      ctx.emit({ type: 'changed', tables: result.tables });
      ctx.sync.notifyLocalWrite();
      return apiOk({ mutationId: result.mutationId });
    },
  };
}
