/**
 * What the caller loads before running the request rules, and the lookups the rules share.
 *
 * The rules run twice: at intake (`at` = the request's `submittedAt`) and at decision time
 * (`at` = the decision instant, with fresh rows: a child reported ill since, another approval
 * for the same original day, the ratio what-if). They never read the clock: `at` is the instant
 * to check against. "Days before" rules always count from the submitted local date, so they give
 * the same answer both times; `at` decides expiry and whether the day has passed.
 */
import type { CalendarSettings } from '../calendar/calendarSettings';
import type { ChildRow, PlacementRow } from '../../model/rows';
import { isoWeekday } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import type { Minutes } from '../time/timeOfDay';
import type { LedgerRow } from './hourLedger';
import type { RequestWithState } from './request';
import type { RuleCheck } from './requestText';

export type RequestContext = {
  /** The instant the rules are checked at (intake: `submittedAt`; decision: the decision instant). */
  at: string;
  /** The child's placements (contracts): days and times, start and end date, care type, kind. */
  placements: readonly PlacementRow[];
  /** The family's children (the child included), to name a sibling. */
  family: readonly Pick<ChildRow, 'id' | 'firstName'>[];
  /** Dates on which the child was reported ill (ziekmelding), from any source. */
  illDates: readonly LocalDate[];
  /**
   * The child's other requests with their states (any kind, any state): registered absences (when
   * reported), swaps already made for an original day, earlier extra days, approved care to extend.
   */
  otherRequests: readonly RequestWithState[];
  /** The child's ledger rows: swap and make-up hours (extra-day payment) and flex budget. */
  ledger: readonly LedgerRow[];
  /** The parent's consent for care in another group; null when none is recorded. */
  consent: { otherGroup: boolean } | null;
  /** The location's calendar: public holidays, study days, school holidays (BSO). */
  calendar: CalendarSettings;
  /** The location's opening and closing time. */
  openingHours: { opensAt: Minutes; closesAt: Minutes };
  /**
   * At decision time: the what-if ratio and group-size check for the requested times with the
   * child present (computed by the caller with the ratio engine). Its failure is passed through.
   */
  ratio?: RuleCheck;
  /**
   * At decision time, for a school closure day: the children registered for the day at the
   * location (live requests, this one included) and the number from which the BSO opens.
   */
  schoolClosureOpening?: SchoolClosureOpening;
};

/** Whether the BSO opens on a school closure day: registered children against the day's threshold. */
export type SchoolClosureOpening = { registered: number; threshold: number };

export type SwapDayContext = Pick<
  RequestContext,
  'at' | 'placements' | 'family' | 'illDates' | 'otherRequests' | 'ledger' | 'consent' | 'calendar' | 'openingHours' | 'ratio'
>;
export type ExtraDayContext = Pick<
  RequestContext,
  'at' | 'placements' | 'otherRequests' | 'ledger' | 'consent' | 'calendar' | 'openingHours' | 'ratio'
>;
export type FlexDayContext = Pick<
  RequestContext,
  'at' | 'placements' | 'otherRequests' | 'ledger' | 'consent' | 'calendar' | 'openingHours' | 'ratio'
>;
export type ExtensionContext = Pick<
  RequestContext,
  'at' | 'placements' | 'otherRequests' | 'consent' | 'calendar' | 'openingHours' | 'ratio'
>;
export type SchoolClosureDayContext = Pick<
  RequestContext,
  'at' | 'placements' | 'otherRequests' | 'consent' | 'calendar' | 'openingHours' | 'ratio' | 'schoolClosureOpening'
>;
export type AbsenceContext = Pick<RequestContext, 'placements' | 'calendar'>;

/** The placements of `childId` that run on `date` (start and end date inclusive). */
export function placementsOn(placements: readonly PlacementRow[], childId: string, date: LocalDate): PlacementRow[] {
  return placements.filter((p) => p.childId === childId && p.startDate <= date && (p.endDate === null || date <= p.endDate));
}

/**
 * The placement a request on `date` falls under: of those running that day, the first that
 * `prefer` picks (e.g. the requested group), else the first by start date; null when none.
 */
export function placementFor(
  placements: readonly PlacementRow[],
  childId: string,
  date: LocalDate,
  prefer: (p: PlacementRow) => boolean = () => false,
): PlacementRow | null {
  const running = placementsOn(placements, childId, date).sort((a, b) =>
    a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0,
  );
  return running.find(prefer) ?? running[0] ?? null;
}

export type ContractedDay = {
  placement: PlacementRow;
  /** The day parts (a BSO day may have before- and after-school care), in time order. */
  parts: { start: Minutes; end: Minutes }[];
  /** Start of the first part, end of the last. */
  start: Minutes;
  end: Minutes;
  /** Minutes of care contracted that day (the parts added up). */
  minutes: number;
};

/**
 * The child's contracted care on `date` from its fixed placements; null when `date` is not a
 * contracted day. Public holidays and study days are still contracted days here: whether the
 * location opens is the calendar's question.
 */
export function contractedDayOn(placements: readonly PlacementRow[], childId: string, date: LocalDate): ContractedDay | null {
  const weekday = isoWeekday(date);
  for (const placement of placementsOn(placements, childId, date)) {
    if (placement.kind !== 'fixed') continue;
    const parts = placement.days
      .filter((d) => d.weekday === weekday && d.end > d.start)
      .map((d) => ({ start: d.start, end: d.end }))
      .sort((a, b) => a.start - b.start);
    const first = parts[0];
    const last = parts.at(-1);
    if (!first || !last) continue;
    return { placement, parts, start: first.start, end: last.end, minutes: parts.reduce((sum, p) => sum + (p.end - p.start), 0) };
  }
  return null;
}
