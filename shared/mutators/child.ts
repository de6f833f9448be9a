/**
 * Children of a location (spec/master-data.md "Child"): the manager creates and edits them; an
 * assistant may change contact details (phone numbers and e-mail addresses of the guardians,
 * emergency contacts, the GP, the school), not who the guardians are nor who has parental
 * authority. Contacts and health notes are rows of their own (shared/model/masterDataRows.ts),
 * one per child with the child's id.
 */
import { z } from 'zod';
import { checkAssistantGuardianChange, checkContacts, checkDateOfBirth } from '../domain/masterData/childRules';
import { masterDataFailure, type MasterDataRule } from '../domain/masterData/messages';
import { localDateOf } from '../domain/requests/requestTime';
import type { Params } from '../i18n/messages';
import { ChildContactsRow, ChildHealthRow } from '../model/masterDataRows';
import { ExternalId, Id, LocalDateSchema } from '../model/rows';
import type { ChildRow } from '../model/rows';
import type { MutationFailure, MutationTx } from './types';
import { applied, defineMutator, refuseWith, roleOf } from './types';

const refuseRule = (code: MutationFailure['code'], rule: MasterDataRule, params: Params = {}): MutationFailure =>
  refuseWith(code, masterDataFailure(rule, params));

const ChildFields = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  dateOfBirth: LocalDateSchema,
  externalId: ExternalId,
});
const Contacts = ChildContactsRow.omit({ id: true, locationId: true });
const Health = ChildHealthRow.omit({ id: true, locationId: true });

/** The child's own rules: born by today, the kindnummer not another child's at the location. */
async function checkChild(tx: MutationTx, child: ChildRow, today: string): Promise<MutationFailure | null> {
  const born = checkDateOfBirth(child.dateOfBirth, today);
  if (!born.ok) return refuseWith('rule_violated', born);
  if (child.externalId !== null) {
    const other = (await tx.find('children', { locationId: child.locationId, externalId: child.externalId })).find(
      (c) => c.id !== child.id,
    );
    if (other)
      return refuseRule('rule_violated', 'child.external_id_taken', {
        externalId: child.externalId,
        child: `${other.firstName} ${other.lastName}`,
      });
  }
  return null;
}

export const ChildCreateArgs = ChildFields.extend({
  id: Id,
  locationId: Id,
  /** Siblings share it: a new family's id, or a brother's or sister's. */
  familyId: Id,
  contacts: Contacts,
  health: Health,
}).strict();
export type ChildCreateArgs = z.infer<typeof ChildCreateArgs>;

/** A new child with its contacts and health notes, in one step. */
export const childCreate = defineMutator({
  name: 'child.create',
  args: ChildCreateArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    if (!(await tx.get('locations', args.locationId))) return refuseRule('not_found', 'location.unknown');
    if (await tx.get('children', args.id)) return refuseRule('conflict', 'child.id_taken');
    const { contacts, health, ...row } = args;
    const failure = await checkChild(tx, row, localDateOf(ctx.createdAt));
    if (failure) return failure;
    const valid = checkContacts(contacts);
    if (!valid.ok) return refuseWith('rule_violated', valid);
    await tx.put('children', row);
    await tx.put('childContacts', { ...contacts, id: row.id, locationId: row.locationId });
    await tx.put('childHealth', { ...health, id: row.id, locationId: row.locationId });
    return applied;
  },
});

export const ChildUpdateArgs = ChildFields.extend({ childId: Id }).strict();
export type ChildUpdateArgs = z.infer<typeof ChildUpdateArgs>;

/** Edits a child's names, date of birth and kindnummer. */
export const childUpdate = defineMutator({
  name: 'child.update',
  args: ChildUpdateArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const old = await tx.get('children', args.childId);
    if (!old) return refuseRule('not_found', 'child.unknown');
    const { childId, ...fields } = args;
    const child: ChildRow = { ...old, ...fields, id: childId };
    const failure = await checkChild(tx, child, localDateOf(ctx.createdAt));
    if (failure) return failure;
    await tx.put('children', child);
    return applied;
  },
});

export const ChildSetContactsArgs = Contacts.extend({ childId: Id }).strict();
export type ChildSetContactsArgs = z.infer<typeof ChildSetContactsArgs>;

/** A child's guardians, emergency contacts, GP and school; an assistant changes contact details only. */
export const childSetContacts = defineMutator({
  name: 'child.setContacts',
  args: ChildSetContactsArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const child = await tx.get('children', args.childId);
    if (!child) return refuseRule('not_found', 'child.unknown');
    const { childId, ...contacts } = args;
    const valid = checkContacts(contacts);
    if (!valid.ok) return refuseWith('rule_violated', valid);
    if (roleOf(ctx, child.locationId) !== 'manager') {
      const before = await tx.get('childContacts', childId);
      const allowed = checkAssistantGuardianChange(before?.guardians ?? [], contacts.guardians);
      if (!allowed.ok) return refuseWith('forbidden', allowed);
    }
    await tx.put('childContacts', { ...contacts, id: childId, locationId: child.locationId });
    return applied;
  },
});

export const ChildSetHealthArgs = Health.extend({ childId: Id }).strict();
export type ChildSetHealthArgs = z.infer<typeof ChildSetHealthArgs>;

/** A child's allergies, diet, medication and other health notes (special category data: the manager). */
export const childSetHealth = defineMutator({
  name: 'child.setHealth',
  args: ChildSetHealthArgs,
  roles: ['manager'],
  async apply(tx, args) {
    const child = await tx.get('children', args.childId);
    if (!child) return refuseRule('not_found', 'child.unknown');
    const { childId, ...health } = args;
    await tx.put('childHealth', { ...health, id: childId, locationId: child.locationId });
    return applied;
  },
});

export const ChildEditArgs = z
  .object({
    childId: Id,
    /** Only the parts that changed. */
    fields: ChildFields.optional(),
    contacts: Contacts.optional(),
    health: Health.optional(),
  })
  .strict();
export type ChildEditArgs = z.infer<typeof ChildEditArgs>;

/**
 * The manager's edit of a child as one change: names and date of birth, contacts and health notes
 * with the rules of `child.update`, `child.setContacts` and `child.setHealth`, all kept or none
 * (a refused e-mail address leaves a corrected date of birth unsaved too, so the form shows one
 * state, not half of one).
 */
export const childEdit = defineMutator({
  name: 'child.edit',
  args: ChildEditArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const { childId, fields, contacts, health } = args;
    if (!(await tx.get('children', childId))) return refuseRule('not_found', 'child.unknown');
    const steps = [
      fields ? () => childUpdate.apply(tx, { ...fields, childId }, ctx) : null,
      contacts ? () => childSetContacts.apply(tx, { ...contacts, childId }, ctx) : null,
      health ? () => childSetHealth.apply(tx, { ...health, childId }, ctx) : null,
    ];
    for (const step of steps) {
      if (!step) continue;
      const outcome = await step();
      if (!outcome.ok) return outcome;
    }
    return applied;
  },
});
