/**
 * Late pickups (spec/late-pickup.md): registered by staff, disputed by the parent, confirmed or
 * withdrawn on evidence, the structural case's conversation recorded, and the fine confirmed for
 * billing by the manager. Counts, stages and fines are never stored: every reader recounts the
 * child's year (`assessRows`), so a withdrawal changes the later registrations at once.
 *
 * Siblings picked up together are registered in ONE call (`children` holds one entry per child,
 * each with its own registration id): one transaction, all or nothing, one line in the outbox.
 * They share the date, the pickup time, who picked up and the note; each child keeps its own
 * contracted end and group, and is counted on its own.
 *
 * Roles: staff (the assistant) and the manager register and record a parent's dispute; deciding
 * (confirm, correct, withdraw), recording the conversation and confirming a fine for billing are
 * the manager's.
 */
import { z } from 'zod';
import { assessRows } from '../domain/latePickup/assessRegistrations';
import { checkLate } from '../domain/latePickup/lateFines';
import type { LatePickupAssessment } from '../domain/latePickup/lateFines';
import type { LatePickupSettings } from '../domain/latePickup/latePickupSettings';
import { formatEuro, withAmounts } from '../domain/latePickup/money';
import { plannedEndOf } from '../domain/latePickup/plannedEnd';
import { latePickupRegistrationMessages } from '../domain/latePickup/registrationMessages';
import type { LatePickupRegistrationRule } from '../domain/latePickup/registrationMessages';
import type { RequestWithState } from '../domain/requests/request';
import { requestOfRow } from '../domain/requests/requestRow';
import { localDateOf } from '../domain/requests/requestTime';
import { organisationSettingsSchema } from '../domain/settings';
import { localMinutesAt } from '../domain/time/localDate';
import type { LocalDate } from '../domain/time/localDate';
import { formatTime } from '../domain/time/timeOfDay';
import { textOf } from '../i18n/messages';
import type { Params } from '../i18n/messages';
import { Id, LocalDateSchema, MinutesSchema } from '../model/rows';
import type { LatePickupEvent, LatePickupRow, LocationRow } from '../model/rows';
import { applied, defineMutator, refuse } from './types';
import type { MutationContext, MutationFailure, MutationTx } from './types';

const MAX_SIBLINGS = 8;
const note = z.string().trim().max(1000);
/** A decision rests on something: the parent's side, the camera footage, the reason to withdraw. */
const requiredNote = note.min(1, { message: 'vul een toelichting in' });

/** Refuses with the rule's Dutch sentence; amounts go in `params` as cents (`amountCents`), see `withAmounts`. */
function refuseRule(code: MutationFailure['code'], rule: LatePickupRegistrationRule, params: Params = {}): MutationFailure {
  return refuse(code, rule, textOf(latePickupRegistrationMessages, rule, withAmounts(params)), params);
}

async function settingsOf(tx: MutationTx, location: LocationRow): Promise<LatePickupSettings> {
  const organisation = await tx.get('organisations', location.organisationId);
  return organisationSettingsSchema.parse(organisation?.settings ?? {}).latePickup;
}

const childName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;

/** The child's approved requests that change its plan on `date` (an extension, a swap or extra day, an absence). */
async function approvedOfChild(tx: MutationTx, childId: string, date: LocalDate): Promise<RequestWithState[]> {
  const rows = await tx.find('requests', { childId, status: 'approved' });
  return rows.filter((r) => (r.date <= date && date <= r.endDate) || r.originalDate === date).map(requestOfRow);
}

function event(action: LatePickupEvent['action'], text: string | null, ctx: MutationContext): LatePickupEvent {
  return { action, note: text, by: { ...ctx.actor }, at: ctx.createdAt };
}

export const LatePickupRegisterArgs = z
  .object({
    locationId: Id,
    date: LocalDateSchema,
    pickupTime: MinutesSchema,
    /** Who picked up: a name or a relation ("vader", "oma"). */
    pickedUpBy: z.string().trim().min(1, { message: 'vul in wie ophaalde' }).max(100),
    note,
    /** One entry per child picked up late together (siblings): its registration id, group and contracted end. */
    children: z
      .array(z.object({ id: Id, childId: Id, groupId: Id, contractedEnd: MinutesSchema }).strict())
      .min(1, { message: 'kies minstens één kind' })
      .max(MAX_SIBLINGS),
  })
  .strict();
export type LatePickupRegisterArgs = z.infer<typeof LatePickupRegisterArgs>;

/**
 * Register one late pickup, or several children picked up late together. The contracted end and
 * group must be the plan's when the child is planned that day (the form fills them in; a
 * difference means the plan changed meanwhile); without a planned stay (a flex day, a day not yet
 * in the plan) the entered end is kept and marked as entered by hand.
 */
export const latePickupRegister = defineMutator({
  name: 'latePickup.register',
  args: LatePickupRegisterArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const location = await tx.get('locations', args.locationId);
    if (!location) return refuseRule('not_found', 'late_pickup.unknown_location');
    const settings = await settingsOf(tx, location);

    const today = localDateOf(ctx.createdAt);
    if (args.date > today) return refuseRule('rule_violated', 'late_pickup.date_in_future', { date: args.date });
    const now = localMinutesAt(new Date(ctx.createdAt));
    if (args.date === today && args.pickupTime > now) {
      return refuseRule('rule_violated', 'late_pickup.time_in_future', { now: formatTime(now), pickupTime: formatTime(args.pickupTime) });
    }

    const rows: LatePickupRow[] = [];
    const seen = new Set<string>();
    for (const entry of args.children) {
      const child = await tx.get('children', entry.childId);
      if (!child || child.locationId !== args.locationId) return refuseRule('not_found', 'late_pickup.unknown_child');
      const name = childName(child);
      if (seen.has(child.id)) return refuseRule('rule_violated', 'late_pickup.same_child_twice', { child: name });
      seen.add(child.id);
      const group = await tx.get('groups', entry.groupId);
      if (!group || group.locationId !== args.locationId) return refuseRule('not_found', 'late_pickup.unknown_group');

      // The plan as the form filled it in: the contract, changed by the approved requests (an extension).
      const placements = await tx.find('placements', { childId: child.id });
      const plan = plannedEndOf(placements, child.id, args.date, await approvedOfChild(tx, child.id, args.date));
      if (plan && (plan.end !== entry.contractedEnd || plan.groupId !== entry.groupId)) {
        const planGroup = plan.groupId === group.id ? group : await tx.get('groups', plan.groupId);
        return refuseRule('conflict', 'late_pickup.plan_changed', {
          child: name,
          date: args.date,
          planEnd: formatTime(plan.end),
          group: planGroup?.name ?? plan.groupId,
        });
      }
      const late = checkLate({ contractedEnd: entry.contractedEnd, pickupTime: args.pickupTime }, settings);
      if (!late.ok) {
        return refuse('rule_violated', 'late_pickup.not_late', `${child.firstName}: ${late.message}`, {
          ...late.params,
          child: child.firstName,
        });
      }
      const sameDay = await tx.find('latePickups', { childId: child.id, date: args.date });
      if (sameDay.some((r) => r.status !== 'withdrawn')) {
        return refuseRule('rule_violated', 'late_pickup.already_registered', { child: name, date: args.date });
      }
      if (await tx.get('latePickups', entry.id)) return refuseRule('conflict', 'late_pickup.id_taken');

      rows.push({
        id: entry.id,
        locationId: args.locationId,
        childId: child.id,
        groupId: entry.groupId,
        date: args.date,
        contractedEnd: entry.contractedEnd,
        endFromPlan: plan !== null,
        pickupTime: args.pickupTime,
        closingTime: location.closesAt,
        pickedUpBy: args.pickedUpBy,
        note: args.note,
        registeredBy: { ...ctx.actor },
        registeredAt: ctx.createdAt,
        status: 'registered',
        disputeNote: null,
        evidenceNote: null,
        conversation: null,
        fineConfirmation: null,
        history: [],
      });
    }
    for (const row of rows) await tx.put('latePickups', row);
    return applied;
  },
});

const NoteArgs = z.object({ id: Id, note: requiredNote }).strict();

/** The row, or why there is none. */
async function rowOf(tx: MutationTx, id: string): Promise<LatePickupRow | MutationFailure> {
  const row = await tx.get('latePickups', id);
  return row ?? refuseRule('not_found', 'late_pickup.unknown');
}

const isFailure = (x: LatePickupRow | MutationFailure): x is MutationFailure => 'ok' in x;

/** The registration's assessment among its child's registrations, with the settings of its location. */
async function assessmentOf(
  tx: MutationTx,
  row: LatePickupRow,
): Promise<{ assessment: LatePickupAssessment; settings: LatePickupSettings }> {
  const location = await tx.get('locations', row.locationId);
  const settings = location ? await settingsOf(tx, location) : organisationSettingsSchema.parse({}).latePickup;
  const siblings = await tx.find('latePickups', { childId: row.childId });
  const all = siblings.some((r) => r.id === row.id) ? siblings : [...siblings, row];
  const assessment = assessRows(all, settings).get(row.id);
  if (!assessment) throw new Error(`late pickup ${row.id} lost in the recount`);
  return { assessment, settings };
}

/** The parent disputes a registration (with their side of it); it counts until withdrawn, its fine waits. */
export const latePickupDispute = defineMutator({
  name: 'latePickup.dispute',
  args: NoteArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const row = await rowOf(tx, args.id);
    if (isFailure(row)) return row;
    if (row.status === 'withdrawn') return refuseRule('already_decided', 'late_pickup.already_withdrawn');
    if (row.status === 'disputed') return refuseRule('already_decided', 'late_pickup.already_disputed');
    if (row.status === 'confirmed') return refuseRule('already_decided', 'late_pickup.already_confirmed');
    await tx.put('latePickups', {
      ...row,
      status: 'disputed',
      disputeNote: args.note,
      history: [...row.history, event('disputed', args.note, ctx)],
    });
    return applied;
  },
});

/** A registration a dispute is decided on: refused when withdrawn, already decided, or not disputed (`notDisputed`). */
async function disputedRow(tx: MutationTx, id: string, notDisputed: LatePickupRegistrationRule): Promise<LatePickupRow | MutationFailure> {
  const row = await rowOf(tx, id);
  if (isFailure(row)) return row;
  if (row.status === 'withdrawn') return refuseRule('already_decided', 'late_pickup.already_withdrawn');
  if (row.status === 'confirmed') return refuseRule('already_decided', 'late_pickup.already_confirmed');
  if (row.status !== 'disputed') return refuseRule('rule_violated', notDisputed);
  return row;
}

/** The manager upholds a disputed registration on the evidence (camera footage, the staff's account). */
export const latePickupConfirm = defineMutator({
  name: 'latePickup.confirm',
  args: NoteArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const row = await disputedRow(tx, args.id, 'late_pickup.not_disputed');
    if (isFailure(row)) return row;
    await tx.put('latePickups', {
      ...row,
      status: 'confirmed',
      evidenceNote: args.note,
      history: [...row.history, event('confirmed', args.note, ctx)],
    });
    return applied;
  },
});

export const LatePickupCorrectArgs = z
  .object({
    id: Id,
    /** The pickup time the evidence shows. */
    pickupTime: MinutesSchema,
    /** Why the time is corrected (the manager's account). */
    reason: requiredNote,
    /** What the correction rests on: "camera: 17:58". */
    evidence: requiredNote,
  })
  .strict();
export type LatePickupCorrectArgs = z.infer<typeof LatePickupCorrectArgs>;

/**
 * The manager decides a dispute by correcting the pickup time on the evidence (the third way
 * besides upholding and withdrawing): the same registration stays, with the time the evidence
 * shows, and is decided (`confirmed`). Nothing about the fine is stored: every reader recounts,
 * so the fine, the rule that sets it, the letter and the month's export follow the corrected time
 * (a fine confirmed for billing before at another amount becomes "changed" until confirmed
 * again). A corrected time that is no longer late ends the registration as not late: it counts
 * for nothing (`late_pickup.not_late`) and later ones move down. The time it had is kept in the
 * history entry ("19:10 → 18:58: reason").
 */
export const latePickupCorrect = defineMutator({
  name: 'latePickup.correct',
  args: LatePickupCorrectArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const row = await disputedRow(tx, args.id, 'late_pickup.correct_not_disputed');
    if (isFailure(row)) return row;
    if (args.pickupTime === row.pickupTime) {
      return refuseRule('rule_violated', 'late_pickup.correction_unchanged', { pickupTime: formatTime(row.pickupTime) });
    }
    const now = localMinutesAt(new Date(ctx.createdAt));
    if (row.date === localDateOf(ctx.createdAt) && args.pickupTime > now) {
      return refuseRule('rule_violated', 'late_pickup.time_in_future', { now: formatTime(now), pickupTime: formatTime(args.pickupTime) });
    }
    const change = `${formatTime(row.pickupTime)} → ${formatTime(args.pickupTime)}: ${args.reason}`;
    await tx.put('latePickups', {
      ...row,
      pickupTime: args.pickupTime,
      status: 'confirmed',
      evidenceNote: args.evidence,
      history: [...row.history, event('corrected', change, ctx)],
    });
    return applied;
  },
});

/** The manager withdraws a registration (disputed or not): it counts for nothing, later ones move down. */
export const latePickupWithdraw = defineMutator({
  name: 'latePickup.withdraw',
  args: NoteArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const row = await rowOf(tx, args.id);
    if (isFailure(row)) return row;
    if (row.status === 'withdrawn') return refuseRule('already_decided', 'late_pickup.already_withdrawn');
    await tx.put('latePickups', {
      ...row,
      status: 'withdrawn',
      evidenceNote: args.note,
      history: [...row.history, event('withdrawn', args.note, ctx)],
    });
    return applied;
  },
});

/** The outcome of the structural-case conversation (n >= the structural count), recorded on a registration of that year. */
export const latePickupRecordConversation = defineMutator({
  name: 'latePickup.recordConversation',
  args: z
    .object({ id: Id, heldOn: LocalDateSchema, outcome: z.string().trim().min(1, { message: 'vul de uitkomst in' }).max(2000) })
    .strict(),
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const row = await rowOf(tx, args.id);
    if (isFailure(row)) return row;
    if (row.status === 'withdrawn') return refuseRule('already_decided', 'late_pickup.already_withdrawn');
    if (args.heldOn > localDateOf(ctx.createdAt))
      return refuseRule('rule_violated', 'late_pickup.conversation_in_future', { date: args.heldOn });
    const { assessment, settings } = await assessmentOf(tx, row);
    if (assessment.count < settings.structuralAtCount) {
      return refuseRule('rule_violated', 'late_pickup.not_structural', { at: settings.structuralAtCount });
    }
    await tx.put('latePickups', {
      ...row,
      conversation: { outcome: args.outcome, heldOn: args.heldOn, by: { ...ctx.actor }, at: ctx.createdAt },
      history: [...row.history, event('conversation', args.outcome, ctx)],
    });
    return applied;
  },
});

/**
 * The manager confirms a fine for billing; only then does it reach the export. `fineCents` is the
 * amount the manager saw: when the recount gives another amount now (an earlier registration was
 * withdrawn meanwhile, here or on another desk), nothing is confirmed.
 */
export const latePickupConfirmFine = defineMutator({
  name: 'latePickup.confirmFine',
  args: z.object({ id: Id, fineCents: z.number().int().min(1).max(10_000_000) }).strict(),
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const row = await rowOf(tx, args.id);
    if (isFailure(row)) return row;
    const { assessment } = await assessmentOf(tx, row);
    if (assessment.fineCents === 0) return refuseRule('rule_violated', 'late_pickup.no_fine');
    if (!assessment.billable) return refuseRule('rule_violated', 'late_pickup.fine_disputed');
    if (assessment.fineCents !== args.fineCents) {
      return refuseRule('conflict', 'late_pickup.fine_changed', { amountCents: assessment.fineCents, seenCents: args.fineCents });
    }
    if (row.fineConfirmation?.cents === assessment.fineCents) {
      return refuseRule('already_decided', 'late_pickup.fine_already_confirmed', { amountCents: assessment.fineCents });
    }
    await tx.put('latePickups', {
      ...row,
      fineConfirmation: { cents: assessment.fineCents, by: { ...ctx.actor }, at: ctx.createdAt },
      history: [...row.history, event('fine_confirmed', formatEuro(assessment.fineCents), ctx)],
    });
    return applied;
  },
});
