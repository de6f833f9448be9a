/**
 * The organisation's rules as typed (days, counts, euros as strings) and what they become, each
 * field checked with shared/domain/masterData/organisationRules.ts and its failure kept there.
 */
import type { RuleFailure, RuleResult } from '../../../../shared/result';
import {
  checkCount,
  checkDays,
  checkEuros,
  checkGraceMinutes,
  checkLatePickupOrder,
  MAX_FINE_CENTS,
  MAX_INVOICE_CENTS_PER_HOUR,
  type OrganisationRules,
} from '../../../../shared/domain/masterData/organisationRules';
import type { DraftCheck } from './locationDraft';

export type RulesDraft = {
  minNoticeDays: string;
  cancelMinDaysBefore: string;
  allowMixedPayment: boolean;
  invoicePerHour: string;
  swapMinDaysBefore: string;
  graceMinutes: string;
  warningFromCount: string;
  flatFineFromCount: string;
  flatFine: string;
  perHourFineFromCount: string;
  perStartedHour: string;
  perStartedQuarterAfterClosing: string;
};
export type RulesField = keyof RulesDraft;

/** Cents as a Dutch amount to type over: 1100 -> "11,00". */
export const eurosText = (cents: number): string => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

export function rulesDraftOf(rules: OrganisationRules): RulesDraft {
  const { extraDay, swapDay, latePickup: late } = rules;
  return {
    minNoticeDays: String(extraDay.minNoticeDays),
    cancelMinDaysBefore: String(extraDay.cancelMinDaysBefore),
    allowMixedPayment: extraDay.allowMixedPayment,
    invoicePerHour: eurosText(extraDay.invoiceCentsPerHour),
    swapMinDaysBefore: String(swapDay.minDaysBefore),
    graceMinutes: String(late.graceMinutes),
    warningFromCount: String(late.warningFromCount),
    flatFineFromCount: String(late.flatFineFromCount),
    flatFine: eurosText(late.flatFineCents),
    perHourFineFromCount: String(late.perHourFineFromCount),
    perStartedHour: eurosText(late.perStartedHourCents),
    perStartedQuarterAfterClosing: eurosText(late.perStartedQuarterAfterClosingCents),
  };
}

export function checkRulesDraft(draft: RulesDraft): DraftCheck<RulesField, OrganisationRules> {
  const errors: Partial<Record<RulesField, RuleFailure>> = {};
  const field = (name: RulesField, result: RuleResult<number>): number | null => {
    if (result.ok) return result.value;
    errors[name] = result;
    return null;
  };
  const fine = (name: 'flatFine' | 'perStartedHour' | 'perStartedQuarterAfterClosing') =>
    field(name, checkEuros(draft[name], MAX_FINE_CENTS));
  const values = {
    minNoticeDays: field('minNoticeDays', checkDays(draft.minNoticeDays)),
    cancelMinDaysBefore: field('cancelMinDaysBefore', checkDays(draft.cancelMinDaysBefore)),
    invoiceCentsPerHour: field('invoicePerHour', checkEuros(draft.invoicePerHour, MAX_INVOICE_CENTS_PER_HOUR)),
    swapMinDaysBefore: field('swapMinDaysBefore', checkDays(draft.swapMinDaysBefore)),
    graceMinutes: field('graceMinutes', checkGraceMinutes(draft.graceMinutes)),
    warningFromCount: field('warningFromCount', checkCount(draft.warningFromCount)),
    flatFineFromCount: field('flatFineFromCount', checkCount(draft.flatFineFromCount)),
    flatFineCents: fine('flatFine'),
    perHourFineFromCount: field('perHourFineFromCount', checkCount(draft.perHourFineFromCount)),
    perStartedHourCents: fine('perStartedHour'),
    perStartedQuarterAfterClosingCents: fine('perStartedQuarterAfterClosing'),
  };
  // the steps' order is checked as soon as the three counts read, whatever the other fields hold
  const { warningFromCount: warning, flatFineFromCount: flat, perHourFineFromCount: perHour } = values;
  if (warning !== null && flat !== null && perHour !== null) {
    const order = checkLatePickupOrder({ warningFromCount: warning, flatFineFromCount: flat, perHourFineFromCount: perHour });
    // at the step that comes too late for the next one
    if (!order.ok) errors[warning > flat ? 'warningFromCount' : 'flatFineFromCount'] = order;
  }
  const v = values as { [K in keyof typeof values]: number };
  if (Object.values(values).some((n) => n === null) || Object.keys(errors).length > 0) return { errors, value: null };
  const latePickup = {
    graceMinutes: v.graceMinutes,
    warningFromCount: v.warningFromCount,
    flatFineFromCount: v.flatFineFromCount,
    flatFineCents: v.flatFineCents,
    perHourFineFromCount: v.perHourFineFromCount,
    perStartedHourCents: v.perStartedHourCents,
    perStartedQuarterAfterClosingCents: v.perStartedQuarterAfterClosingCents,
  };
  return {
    errors,
    value: {
      extraDay: {
        minNoticeDays: v.minNoticeDays,
        cancelMinDaysBefore: v.cancelMinDaysBefore,
        allowMixedPayment: draft.allowMixedPayment,
        invoiceCentsPerHour: v.invoiceCentsPerHour,
      },
      swapDay: { minDaysBefore: v.swapMinDaysBefore },
      latePickup,
    },
  };
}
