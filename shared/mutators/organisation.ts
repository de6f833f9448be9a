/**
 * The organisation's own rules (request terms, late-pickup terms) on a desk that is not enrolled
 * with a hub: its manager sets them (spec/master-data.md "Who edits what"). On an enrolled desk
 * and on the hub they are the hub administrator's, so this is refused there with the rule named.
 */
import { z } from 'zod';
import { masterDataFailure } from '../domain/masterData/messages';
import { checkLatePickupOrder, OrganisationRules, withOrganisationRules } from '../domain/masterData/organisationRules';
import { organisationSettingsSchema } from '../domain/settings';
import { Id } from '../model/rows';
import { applied, defineMutator, refuseWith } from './types';

export const OrganisationSetRulesArgs = z.object({ organisationId: Id, rules: OrganisationRules }).strict();
export type OrganisationSetRulesArgs = z.infer<typeof OrganisationSetRulesArgs>;

/** Writes the editable rules over the organisation's settings; every other setting keeps its value. */
export const organisationSetRules = defineMutator({
  name: 'organisation.setRules',
  args: OrganisationSetRulesArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    if (ctx.enrolled) return refuseWith('forbidden', masterDataFailure('organisation.settings_by_hub'));
    const organisation = await tx.get('organisations', args.organisationId);
    if (!organisation) return refuseWith('not_found', masterDataFailure('organisation.unknown'));
    const order = checkLatePickupOrder(args.rules.latePickup);
    if (!order.ok) return refuseWith('rule_violated', order);
    const settings = withOrganisationRules(organisation.settings, args.rules);
    // The stored settings must still read as a whole (the schemas' own cross-field checks).
    organisationSettingsSchema.parse(settings);
    await tx.put('organisations', { ...organisation, settings });
    return applied;
  },
});
