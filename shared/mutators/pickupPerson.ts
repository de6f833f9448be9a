/**
 * Authorised pickup persons (ophaalpersonen) per child: name, relation, phone, and whether staff
 * checked their ID. The ID check is stamped with who recorded it and when (from the mutation's
 * actor and instant), kept while it stays checked.
 */
import { z } from 'zod';
import { isPhoneNumber } from '../domain/masterData/contactRules';
import { planFailure, type PlanRule } from '../domain/plan/planMessages';
import type { Params } from '../i18n/messages';
import { Id, PickupPersonRow } from '../model/rows';
import { applied, defineMutator, refuse } from './types';
import type { MutationFailure } from './types';

/** More is a sign of a mistake; the parents keep the list short. */
export const MAX_PICKUP_PERSONS = 10;

function refuseRule(code: MutationFailure['code'], rule: PlanRule, params: Params = {}): MutationFailure {
  const f = planFailure(rule, params);
  return refuse(code, f.rule, f.message, f.params);
}

export const PickupPersonSetArgs = PickupPersonRow.omit({ idCheckedBy: true, idCheckedAt: true }).strict();
export type PickupPersonSetArgs = z.infer<typeof PickupPersonSetArgs>;

/** Adds a pickup person or changes one (same id). */
export const pickupPersonSet = defineMutator({
  name: 'pickupPerson.set',
  args: PickupPersonSetArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const child = await tx.get('children', args.childId);
    if (!child || child.locationId !== args.locationId) return refuseRule('not_found', 'pickup_person.unknown_child');
    if (!isPhoneNumber(args.phone)) return refuseRule('rule_violated', 'pickup_person.phone', { phone: args.phone });
    const existing = await tx.get('pickupPersons', args.id);
    if (existing && existing.childId !== args.childId) return refuseRule('conflict', 'pickup_person.other_child');
    if (!existing) {
      const count = (await tx.find('pickupPersons', { childId: args.childId })).length;
      if (count >= MAX_PICKUP_PERSONS) return refuseRule('rule_violated', 'pickup_person.too_many', { max: MAX_PICKUP_PERSONS });
    }
    const keepCheck = existing?.idChecked === true && args.idChecked;
    await tx.put('pickupPersons', {
      ...args,
      idCheckedBy: !args.idChecked ? null : keepCheck ? (existing?.idCheckedBy ?? null) : { ...ctx.actor },
      idCheckedAt: !args.idChecked ? null : keepCheck ? (existing?.idCheckedAt ?? null) : ctx.createdAt,
    });
    return applied;
  },
});

export const PickupPersonRemoveArgs = z.object({ id: Id }).strict();

/** Removes a pickup person the parents withdrew. */
export const pickupPersonRemove = defineMutator({
  name: 'pickupPerson.remove',
  args: PickupPersonRemoveArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args) {
    const existing = await tx.get('pickupPersons', args.id);
    if (!existing) return refuseRule('not_found', 'pickup_person.unknown');
    await tx.delete('pickupPersons', args.id);
    return applied;
  },
});
