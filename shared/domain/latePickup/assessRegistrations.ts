/**
 * Stored late-pickup rows through the pricing rules: every registration's count, stage and fine
 * from `recountYear` over its child's registrations, and what the follow-up shows with it: whether
 * the fine is confirmed for billing (and for the amount it has now), and the structural case of a
 * child's year with the conversation recorded for it.
 *
 * Counts and fines are never stored: a withdrawn registration changes the later ones at once.
 */
import type { LatePickupRow } from '../../model/rows';
import { yearOf } from '../time/localDate';
import { recountYear } from './lateFines';
import type { LatePickupAssessment, LatePickupRegistration } from './lateFines';
import type { LatePickupSettings } from './latePickupSettings';
import type { LetterPickup } from './letters';

/** The pricing rules' view of a stored row. */
export function registrationOf(row: LatePickupRow): LatePickupRegistration {
  return {
    id: row.id,
    childId: row.childId,
    date: row.date,
    contractedEnd: row.contractedEnd,
    pickupTime: row.pickupTime,
    closingTime: row.closingTime,
    registeredAt: row.registeredAt,
    status: row.status,
  };
}

/**
 * Assessments by registration id. Pass every registration of the children concerned in the
 * years concerned (the count of a pickup depends on the child's earlier ones that year).
 */
export function assessRows(rows: readonly LatePickupRow[], settings: LatePickupSettings): Map<string, LatePickupAssessment> {
  return new Map(recountYear(rows.map(registrationOf), settings).map((a) => [a.registrationId, a]));
}

/**
 * Where a registration's fine stands for billing:
 * - `none`: no fine (not counted, or a stage without one);
 * - `disputed`: a fine, but the parent disputes it: not billable until confirmed;
 * - `to_confirm`: billable, waiting for the manager;
 * - `confirmed`: confirmed for billing at the amount it has now: it goes to the export;
 * - `changed`: confirmed at another amount (an earlier registration was withdrawn since): confirm again.
 */
export type FineState = 'none' | 'disputed' | 'to_confirm' | 'confirmed' | 'changed';

export function fineStateOf(row: Pick<LatePickupRow, 'fineConfirmation'>, assessment: LatePickupAssessment): FineState {
  if (assessment.fineCents === 0) return 'none';
  if (!assessment.billable) return 'disputed';
  if (!row.fineConfirmation) return 'to_confirm';
  return row.fineConfirmation.cents === assessment.fineCents ? 'confirmed' : 'changed';
}

/** Whether a registration's fine goes to the billing export: confirmed by the manager, at its current amount. */
export function isExported(row: Pick<LatePickupRow, 'fineConfirmation'>, assessment: LatePickupAssessment): boolean {
  return fineStateOf(row, assessment) === 'confirmed';
}

/**
 * The structural-case conversation recorded for a child's year: on whichever of its registrations
 * the manager recorded it (the conversation took place, whatever happens to that registration later).
 */
export function conversationOfYear(
  rows: readonly LatePickupRow[],
  childId: string,
  year: number,
): { row: LatePickupRow; conversation: NonNullable<LatePickupRow['conversation']> } | null {
  let found: { row: LatePickupRow; conversation: NonNullable<LatePickupRow['conversation']> } | null = null;
  for (const row of rows) {
    if (row.childId !== childId || yearOf(row.date) !== year || !row.conversation) continue;
    if (!found || row.conversation.at > found.conversation.at) found = { row, conversation: row.conversation };
  }
  return found;
}

/** The child's counted late pickups of the year up to and including `registrationId`, in counting order (for the warning letter). */
export function letterPickupsUpTo(
  rows: readonly LatePickupRow[],
  assessments: ReadonlyMap<string, LatePickupAssessment>,
  registrationId: string,
): LetterPickup[] {
  const target = rows.find((r) => r.id === registrationId);
  const until = target ? assessments.get(target.id) : undefined;
  if (!target || !until || until.count === 0) return [];
  const year = yearOf(target.date);
  return rows
    .map((row) => ({ row, a: assessments.get(row.id) }))
    .filter(
      (x): x is { row: LatePickupRow; a: LatePickupAssessment } =>
        x.a !== undefined && x.row.childId === target.childId && yearOf(x.row.date) === year && x.a.count > 0 && x.a.count <= until.count,
    )
    .sort((x, y) => x.a.count - y.a.count)
    .map(({ row, a }) => ({ date: row.date, contractedEnd: row.contractedEnd, pickupTime: row.pickupTime, minutesLate: a.minutesLate }));
}
