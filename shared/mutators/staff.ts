/**
 * Staff members of a location, kept by its manager (spec/master-data.md "Staff member"): created,
 * edited, their work at the location ended on a last working day. A person who works at several
 * locations has a row at each (the row's location is its sync space), matched by `externalId`
 * (personeelsnummer), which is unique within a location.
 */
import { z } from 'zod';
import { masterDataFailure, type MasterDataRule } from '../domain/masterData/messages';
import { checkActivePeriod, checkConfirmedShifts, checkDatesKeepShifts, checkLastDay, shiftsAfter } from '../domain/masterData/staffRules';
import { localDateOf } from '../domain/requests/requestTime';
import type { Params } from '../i18n/messages';
import { ExternalId, Id, LocalDateSchema, StaffRow } from '../model/rows';
import { auditShiftChange } from './rosterAudit';
import type { MutationContext, MutationFailure, MutationTx } from './types';
import { applied, defineMutator, refuseWith } from './types';

const refuseRule = (code: MutationFailure['code'], rule: MasterDataRule, params: Params = {}): MutationFailure =>
  refuseWith(code, masterDataFailure(rule, params));

const StaffFields = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  jobTitle: StaffRow.shape.jobTitle,
  counts: StaffRow.shape.counts,
  contractMinutesPerWeek: StaffRow.shape.contractMinutesPerWeek,
  /** The first working day at the location. */
  activeFrom: LocalDateSchema,
  activeTo: LocalDateSchema.nullable(),
  prkRegisteredOn: LocalDateSchema.nullable(),
  ehboValidUntil: LocalDateSchema.nullable(),
  externalId: ExternalId,
});

const fullName = (s: Pick<StaffRow, 'firstName' | 'lastName'>) => `${s.firstName} ${s.lastName}`;

/** The staff member's own rules: the period in order, the personeelsnummer not another's at the location. */
async function checkStaff(tx: MutationTx, staff: StaffRow): Promise<MutationFailure | null> {
  const period = checkActivePeriod(staff);
  if (!period.ok) return refuseWith('rule_violated', period);
  if (staff.externalId !== null) {
    const other = (await tx.find('staff', { locationId: staff.locationId, externalId: staff.externalId })).find((s) => s.id !== staff.id);
    if (other) return refuseRule('rule_violated', 'staff.external_id_taken', { externalId: staff.externalId, staff: fullName(other) });
  }
  return null;
}

export const StaffCreateArgs = StaffFields.extend({ id: Id, locationId: Id }).strict();
export type StaffCreateArgs = z.infer<typeof StaffCreateArgs>;

/** A new staff member at a location. Someone not (yet) in the PRK may be entered. */
export const staffCreate = defineMutator({
  name: 'staff.create',
  args: StaffCreateArgs,
  roles: ['manager'],
  async apply(tx, args) {
    if (!(await tx.get('locations', args.locationId))) return refuseRule('not_found', 'location.unknown');
    if (await tx.get('staff', args.id)) return refuseRule('conflict', 'staff.id_taken');
    const failure = await checkStaff(tx, args);
    if (failure) return failure;
    await tx.put('staff', args);
    return applied;
  },
});

export const StaffUpdateArgs = StaffFields.omit({ activeTo: true }).extend({ staffId: Id }).strict();
export type StaffUpdateArgs = z.infer<typeof StaffUpdateArgs>;

/**
 * Edits a staff member (a last working day is set with `staff.end`, which checks the roster).
 * Moving the first working day or the PRK registration date past shifts rostered from today on is
 * refused with the rule named (`staff.active_from_after_shifts`, `staff.prk_after_shifts`): the
 * manager moves or removes those shifts first (see ../domain/masterData/staffRules.ts).
 */
export const staffUpdate = defineMutator({
  name: 'staff.update',
  args: StaffUpdateArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const old = await tx.get('staff', args.staffId);
    if (!old) return refuseRule('not_found', 'staff.unknown');
    const { staffId, ...fields } = args;
    const staff: StaffRow = { ...old, ...fields, id: staffId };
    const failure = await checkStaff(tx, staff);
    if (failure) return failure;
    const shifts = await tx.find('shifts', { staffId });
    const kept = checkDatesKeepShifts(old, staff, shifts, localDateOf(ctx.createdAt));
    if (!kept.ok) return refuseWith('rule_violated', kept);
    await tx.put('staff', staff);
    return applied;
  },
});

export const StaffEndArgs = z
  .object({
    staffId: Id,
    /** The last working day at the location; null takes an end back. */
    lastDay: LocalDateSchema.nullable(),
  })
  .strict();
export type StaffEndArgs = z.infer<typeof StaffEndArgs>;

/** The last day in range: yesterday or later, not before the first working day. */
function lastDayFailure(staff: StaffRow, lastDay: string, ctx: MutationContext): MutationFailure | null {
  const checked = checkLastDay(lastDay, localDateOf(ctx.createdAt), staff.activeFrom);
  return checked.ok ? null : refuseWith('rule_violated', checked);
}

/**
 * Ends a staff member's work at the location on a last working day: yesterday or later (the change
 * takes effect today at the earliest), not before the first, with no shift rostered after it
 * (`staff.end_has_shifts`). The desk's screen uses `staff.end.v2`, which removes the shifts the
 * manager confirmed; this shape stays for changes already queued.
 */
export const staffEnd = defineMutator({
  name: 'staff.end',
  args: StaffEndArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const staff = await tx.get('staff', args.staffId);
    if (!staff) return refuseRule('not_found', 'staff.unknown');
    const { lastDay } = args;
    if (lastDay !== null) {
      const failure = lastDayFailure(staff, lastDay, ctx);
      if (failure) return failure;
      const after = shiftsAfter(await tx.find('shifts', { staffId: staff.id }), lastDay);
      if (after[0]) {
        return refuseRule('rule_violated', 'staff.end_has_shifts', {
          staff: fullName(staff),
          lastDayDate: lastDay,
          count: after.length,
          firstDate: after[0].date,
        });
      }
    }
    await tx.put('staff', { ...staff, activeTo: lastDay });
    return applied;
  },
});

export const StaffEndV2Args = z
  .object({
    staffId: Id,
    /** The last working day at the location; null takes an end back. */
    lastDay: LocalDateSchema.nullable(),
    /** The shifts after the last day the manager saw in the confirmation and agreed to remove. */
    removeShiftIds: z.array(Id).max(500),
  })
  .strict()
  .refine((a) => a.lastDay !== null || a.removeShiftIds.length === 0, {
    path: ['removeShiftIds'],
    message: 'een einde terugnemen verwijdert geen diensten',
  });
export type StaffEndV2Args = z.infer<typeof StaffEndV2Args>;

/**
 * Ends a staff member's work on a last working day and removes, in the same change, the shifts
 * rostered after it that the manager confirmed (each audited like `shift.remove`). The shifts
 * after the day must be exactly those confirmed: a shift added or removed meanwhile refuses the
 * end (`staff.end_shifts_changed`), so nothing is removed that the manager did not see. The
 * open places show on the roster and the ratio screen afterwards.
 */
export const staffEndV2 = defineMutator({
  name: 'staff.end.v2',
  args: StaffEndV2Args,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const staff = await tx.get('staff', args.staffId);
    if (!staff) return refuseRule('not_found', 'staff.unknown');
    const { lastDay } = args;
    if (lastDay !== null) {
      const failure = lastDayFailure(staff, lastDay, ctx);
      if (failure) return failure;
      const after = shiftsAfter(await tx.find('shifts', { staffId: staff.id }), lastDay);
      const confirmed = checkConfirmedShifts(staff, lastDay, after, args.removeShiftIds);
      if (!confirmed.ok) return refuseWith('rule_violated', confirmed);
      for (const shift of after) {
        await tx.delete('shifts', shift.id);
        await auditShiftChange(tx, ctx, shift.id, shift, null);
      }
    }
    await tx.put('staff', { ...staff, activeTo: lastDay });
    return applied;
  },
});
