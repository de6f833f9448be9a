/**
 * Late-pickup rules (spec/late-pickup.md): minutes late, the count per child per calendar year,
 * the escalation stage and the fine in integer cents, with the rule lines that set it.
 *
 * Late: a pickup after the contracted end plus `graceMinutes`. Minutes late are counted from the
 * contracted end (the grace only decides whether a pickup is late). A pickup at or before the end
 * (plus grace) is not late and counts for nothing.
 *
 * Count n: the child's counted late pickups in the calendar year up to and including this one,
 * ordered by date, then pickup time, then registration instant (then id, for a stable order).
 * The count resets on 1 January. Which registrations count, by status:
 * - `registered` (undisputed) and `confirmed`: count.
 * - `withdrawn`: counts for nothing; later pickups move down a place (see `recountYear`).
 * - `disputed`: per `settings.countDisputed`. Default: counts until withdrawn (the staff's
 *   registration stands until shown wrong, so a confirmation changes no other count), but its fine
 *   is not `billable` until confirmed. With `countDisputed: false` it counts only once confirmed.
 *
 * Fine: the stage rows price the time from the contracted end up to closing time (n in the flat
 * stage: one flat fine if any of that time is late; n in the per-hour stage: every started hour of
 * it), the after-closing rule prices every started quarter hour after closing (from
 * `afterClosingFromCount`, default n = 1). The two add. A pickup late only after closing (contract
 * ending at closing time) has no time before closing, so no flat or hourly fine, only quarters.
 *
 * The lines say exactly what set the amount, and nothing that another line contradicts: always
 * one line for the count and stage (with what the stage costs up to closing time), then a line
 * for the time after closing when there is any (its quarters, or why they cost nothing yet).
 * "Geen boete." only stands where the whole pickup costs nothing.
 */
import { fail, ok } from '../../result';
import type { RuleResult } from '../../result';
import { textOf } from '../../i18n/messages';
import type { Params } from '../../i18n/messages';
import { yearOf } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import type { Minutes } from '../time/timeOfDay';
import type { LatePickupSettings } from './latePickupSettings';
import { latePickupMessages } from './messages';
import { withAmounts } from './money';

/** The terms' units: the fine rows count started hours, the after-closing rule started quarters. */
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_QUARTER = 15;

export type LatePickupStatus = 'registered' | 'disputed' | 'confirmed' | 'withdrawn';

export type LatePickupRegistration = {
  id: string;
  childId: string;
  date: LocalDate;
  /** Contracted end of care that day (from the child's plan, approved extensions included). */
  contractedEnd: Minutes;
  pickupTime: Minutes;
  /** The location's closing time that day. */
  closingTime: Minutes;
  /** When it was registered: ISO-8601 UTC instant. */
  registeredAt: string;
  status: LatePickupStatus;
};

/**
 * `not_counted`: withdrawn, disputed (when disputes do not count) or not late.
 * `registered`: explained to the parent, no fine. `warning`: the manager sends a warning letter.
 * `flat_fine`, `per_hour_fine`: fined.
 */
export type LatePickupStage = 'not_counted' | 'registered' | 'warning' | 'flat_fine' | 'per_hour_fine';

export type LatePickupRule =
  | 'late_pickup.not_late'
  | 'late_pickup.registered'
  | 'late_pickup.registered_until_closing'
  | 'late_pickup.warning'
  | 'late_pickup.warning_until_closing'
  | 'late_pickup.flat_fine'
  | 'late_pickup.flat_fine_none_before_closing'
  | 'late_pickup.per_started_hour'
  | 'late_pickup.per_started_hour_none_before_closing'
  | 'late_pickup.after_closing'
  | 'late_pickup.after_closing_not_yet'
  | 'late_pickup.structural_case'
  | 'late_pickup.withdrawn'
  | 'late_pickup.disputed_pending'
  | 'late_pickup.disputed_held'
  | 'late_pickup.disputed_counts';

export type FineLine = {
  rule: LatePickupRule;
  /** The sentence's values; amounts as integer cents (`amountCents`), see `withAmounts`. */
  params: Params;
  /** The Dutch sentence; `textOf(latePickupMessages, rule, withAmounts(params, format), 'en')` for English. */
  message: string;
  cents: number;
};

export type Fine = { fineCents: number; lines: FineLine[] };

export type LatePickupAssessment = {
  registrationId: string;
  childId: string;
  date: LocalDate;
  status: LatePickupStatus;
  minutesLate: number;
  /** n: this pickup's place among the child's counted late pickups in the year; 0 when not counted. */
  count: number;
  stage: LatePickupStage;
  /** True on the pickup that reaches `structuralAtCount` (once a year per child). */
  structuralCase: boolean;
  fineCents: number;
  /** Whether the fine goes to the next invoice now: a fine, and not under dispute. */
  billable: boolean;
  lines: FineLine[];
};

function line(rule: LatePickupRule, params: Params, cents: number): FineLine {
  return { rule, params, message: textOf(latePickupMessages, rule, withAmounts(params)), cents };
}

/** Minutes late: 0 when picked up at or before the contracted end plus grace. */
export function minutesLate(contractedEnd: Minutes, pickupTime: Minutes, settings: LatePickupSettings): number {
  return pickupTime > contractedEnd + settings.graceMinutes ? pickupTime - contractedEnd : 0;
}

/** The rule a registration must pass: the pickup is late. Returns the minutes late. */
export function checkLate(pickup: { contractedEnd: Minutes; pickupTime: Minutes }, settings: LatePickupSettings): RuleResult<number> {
  const late = minutesLate(pickup.contractedEnd, pickup.pickupTime, settings);
  if (late > 0) return ok(late);
  const params = notLateParams(pickup, settings);
  return fail('late_pickup.not_late', textOf(latePickupMessages, 'late_pickup.not_late', params), params);
}

function notLateParams(pickup: { contractedEnd: Minutes; pickupTime: Minutes }, settings: LatePickupSettings): Params {
  return {
    pickupTime: formatTime(pickup.pickupTime),
    contractedEnd: formatTime(pickup.contractedEnd),
    lateAfter: formatTime(pickup.contractedEnd + settings.graceMinutes),
  };
}

/** The escalation stage of the n-th counted late pickup (n >= 1). */
export function stageOf(count: number, settings: LatePickupSettings): Exclude<LatePickupStage, 'not_counted'> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`not a late-pickup count: ${count}`);
  if (count >= settings.perHourFineFromCount) return 'per_hour_fine';
  if (count >= settings.flatFineFromCount) return 'flat_fine';
  if (count >= settings.warningFromCount) return 'warning';
  return 'registered';
}

/** Started units of `unit` minutes in `minutes` (0 for none). */
function startedUnits(minutes: number, unit: number): number {
  return minutes > 0 ? Math.ceil(minutes / unit) : 0;
}

/**
 * The fine of the n-th counted late pickup of a child in `year`, with the lines that set it.
 * Assumes the pickup is late (see `checkLate`).
 */
export function fineFor(
  pickup: { count: number; year: number; contractedEnd: Minutes; pickupTime: Minutes; closingTime: Minutes },
  settings: LatePickupSettings,
): Fine {
  const { count, year, contractedEnd, pickupTime, closingTime } = pickup;
  const stage = stageOf(count, settings);
  const lines: FineLine[] = [];
  const stageParams = { count, year };

  // The time after closing time (or after the contracted end, if that is later): started quarters.
  const afterFrom = Math.max(closingTime, contractedEnd);
  const afterClosing = Math.max(0, pickupTime - afterFrom);
  const afterParams = { from: formatTime(afterFrom), to: formatTime(pickupTime) };
  const quartersPriced = afterClosing > 0 && count >= settings.afterClosingFromCount;
  const quarters = startedUnits(afterClosing, MINUTES_PER_QUARTER);
  const quarterCents = quartersPriced ? quarters * settings.perStartedQuarterAfterClosingCents : 0;

  // The stage rows: the time from the contracted end up to closing time.
  const rowsEnd = Math.min(pickupTime, closingTime);
  const beforeClosing = Math.max(0, rowsEnd - contractedEnd);
  const untilClosing = { ...stageParams, closingTime: formatTime(closingTime) };
  if (stage === 'registered' || stage === 'warning') {
    // "No fine" only when the whole pickup costs nothing; else: nothing up to closing time.
    if (quarterCents > 0) lines.push(line(`late_pickup.${stage}_until_closing`, untilClosing, 0));
    else lines.push(line(`late_pickup.${stage}`, stageParams, 0));
  }
  if (stage === 'flat_fine' || stage === 'per_hour_fine') {
    const rule = stage === 'flat_fine' ? 'late_pickup.flat_fine' : 'late_pickup.per_started_hour';
    if (beforeClosing === 0) {
      lines.push(line(`${rule}_none_before_closing`, { ...untilClosing, contractedEnd: formatTime(contractedEnd) }, 0));
    } else if (stage === 'flat_fine') {
      const cents = settings.flatFineCents;
      lines.push(line(rule, { ...stageParams, amountCents: cents }, cents));
    } else {
      const units = startedUnits(beforeClosing, MINUTES_PER_HOUR);
      const cents = units * settings.perStartedHourCents;
      lines.push(
        line(
          rule,
          {
            ...stageParams,
            units,
            unitAmountCents: settings.perStartedHourCents,
            from: formatTime(contractedEnd),
            to: formatTime(rowsEnd),
            amountCents: cents,
          },
          cents,
        ),
      );
    }
  }

  if (quartersPriced) {
    lines.push(
      line(
        'late_pickup.after_closing',
        { ...afterParams, units: quarters, unitAmountCents: settings.perStartedQuarterAfterClosingCents, amountCents: quarterCents },
        quarterCents,
      ),
    );
  } else if (afterClosing > 0) {
    lines.push(line('late_pickup.after_closing_not_yet', { ...afterParams, fromCount: settings.afterClosingFromCount }, 0));
  }

  if (count === settings.structuralAtCount) lines.push(line('late_pickup.structural_case', stageParams, 0));
  return { fineCents: lines.reduce((sum, l) => sum + l.cents, 0), lines };
}

function instantOrder(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta - tb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The counting order: date, pickup time, registration instant, id. */
export function compareRegistrations(a: LatePickupRegistration, b: LatePickupRegistration): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.pickupTime !== b.pickupTime) return a.pickupTime - b.pickupTime;
  const byInstant = instantOrder(a.registeredAt, b.registeredAt);
  if (byInstant !== 0) return byInstant;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function counts(status: LatePickupStatus, settings: LatePickupSettings): boolean {
  if (status === 'withdrawn') return false;
  if (status === 'disputed') return settings.countDisputed;
  return true;
}

/**
 * Counts, stages and fines of late-pickup registrations, recomputed from scratch: use it after
 * a registration is added out of date order, disputed, confirmed or withdrawn. Registrations of
 * several children and years may be mixed: each child and calendar year is counted on its own
 * (siblings separately). Returns one assessment per registration, per child in counting order.
 */
export function recountYear(registrations: readonly LatePickupRegistration[], settings: LatePickupSettings): LatePickupAssessment[] {
  const sorted = [...registrations].sort((a, b) => (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : compareRegistrations(a, b)));
  const countSoFar = new Map<string, number>();
  return sorted.map((r) => {
    const year = yearOf(r.date);
    const key = `${r.childId}\u0000${year}`;
    const late = minutesLate(r.contractedEnd, r.pickupTime, settings);
    const base = { registrationId: r.id, childId: r.childId, date: r.date, status: r.status, minutesLate: late };
    const notCounted = (l: FineLine): LatePickupAssessment => ({
      ...base,
      count: 0,
      stage: 'not_counted',
      structuralCase: false,
      fineCents: 0,
      billable: false,
      lines: [l],
    });
    if (late === 0) return notCounted(line('late_pickup.not_late', notLateParams(r, settings), 0));
    if (r.status === 'withdrawn') return notCounted(line('late_pickup.withdrawn', {}, 0));
    if (!counts(r.status, settings)) return notCounted(line('late_pickup.disputed_pending', {}, 0));

    const count = (countSoFar.get(key) ?? 0) + 1;
    countSoFar.set(key, count);
    const fine = fineFor({ count, year, ...r }, settings);
    const held = line(fine.fineCents > 0 ? 'late_pickup.disputed_held' : 'late_pickup.disputed_counts', {}, 0);
    const lines = r.status === 'disputed' ? [...fine.lines, held] : fine.lines;
    return {
      ...base,
      count,
      stage: stageOf(count, settings),
      structuralCase: count === settings.structuralAtCount,
      fineCents: fine.fineCents,
      billable: fine.fineCents > 0 && r.status !== 'disputed',
      lines,
    };
  });
}

/**
 * Assesses a new registration among the child's others (any years, any statuses). Fails with
 * `late_pickup.not_late` when the pickup is not late. When it is dated before some of the others,
 * their counts change too: recompute them with `recountYear`.
 */
export function assessLatePickup(
  registration: LatePickupRegistration,
  others: readonly LatePickupRegistration[],
  settings: LatePickupSettings,
): RuleResult<LatePickupAssessment> {
  const late = checkLate(registration, settings);
  if (!late.ok) return late;
  const sameChild = others.filter((o) => o.childId === registration.childId && o.id !== registration.id);
  const assessed = recountYear([...sameChild, registration], settings).find((a) => a.registrationId === registration.id);
  if (!assessed) throw new Error(`registration ${registration.id} lost in recount`);
  return ok(assessed);
}

/** What a registration will carry before it is saved: as `LatePickupAssessment`, without the registration. */
export type LatePickupPreview = Pick<LatePickupAssessment, 'minutesLate' | 'count' | 'stage' | 'structuralCase' | 'fineCents' | 'lines'>;

/**
 * The count, stage and fine a new registration will get, for the registration form's preview:
 * the same rules `recountYear` applies on save (`minutesLate`, `stageOf`, `fineFor`), given the
 * child's counted late pickups in the year before it (`countBefore`). Not late: `not_counted`.
 */
export function previewLatePickup(
  pickup: { countBefore: number; date: LocalDate; contractedEnd: Minutes; pickupTime: Minutes; closingTime: Minutes },
  settings: LatePickupSettings,
): LatePickupPreview {
  const late = minutesLate(pickup.contractedEnd, pickup.pickupTime, settings);
  if (late === 0) {
    const notLate = line('late_pickup.not_late', notLateParams(pickup, settings), 0);
    return { minutesLate: 0, count: 0, stage: 'not_counted', structuralCase: false, fineCents: 0, lines: [notLate] };
  }
  const count = pickup.countBefore + 1;
  const fine = fineFor({ ...pickup, count, year: yearOf(pickup.date) }, settings);
  return {
    minutesLate: late,
    count,
    stage: stageOf(count, settings),
    structuralCase: count === settings.structuralAtCount,
    fineCents: fine.fineCents,
    lines: fine.lines,
  };
}
