/**
 * The one write path: parse the mutator's arguments, check the role, apply locally with the
 * outbox row, tell the screens which tables changed.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import { mutators } from '../../../shared/mutators';
import type { CoreContext } from '../context';
import { invalidInput } from '../dispatch';
import type { HandlersOf } from '../handlers';

export function mutationService(ctx: CoreContext): HandlersOf<'mutate'> {
  return {
    mutate: async ({ name, args }) => {
      const mutator = mutators[name];
      const parsed = mutator.args.safeParse(args);
      if (!parsed.success) return invalidInput(parsed.error);
      if (!mutator.roles.includes(ctx.actor.role)) {
        return apiError('forbidden', `Uw rol (${ctx.actor.role}) mag dit niet doen.`, { rule: 'role.allowed' });
      }
      const result = await ctx.mutations.apply(name, parsed.data, { actor: ctx.actor, createdAt: ctx.clock().toISOString() });
      if (!result.ok) {
        return apiError(result.code, result.message, { rule: result.rule, ...(result.params ? { params: result.params } : {}) });
      }
      ctx.emit({ type: 'changed', tables: result.tables });
      return apiOk({ mutationId: result.mutationId });
    },
  };
}
