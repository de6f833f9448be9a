/**
 * Builders for the tests beside this code (the rules never import this file). A small family:
 * Sem (KDV, Mon/Wed/Thu/Fri 07:30-18:00) and his sister Lotte; Noor (BSO, Mon/Tue 15:00-18:00);
 * Mila (KDV flex contract). Calendar: the organisation's 2026 defaults.
 */
import type { Actor } from '../../model/roles';
import type { PlacementDay, PlacementRow } from '../../model/rows';
import { defaultCalendarSettings } from '../calendar/calendarSettings';
import type { LocalDate } from '../time/localDate';
import { parseTime } from '../time/timeOfDay';
import type {
  AbsenceRequest,
  ExtensionRequest,
  ExtraDayRequest,
  FlexDayRequest,
  Request,
  RequestState,
  RequestWithState,
  SchoolClosureDayRequest,
  SwapDayRequest,
} from './request';
import type { RequestContext } from './requestContext';
import { instantAtLocal } from './requestTime';

export const manager: Actor = { userId: 'user-marieke', role: 'manager', name: 'Marieke' };
export const assistant: Actor = { userId: 'user-joost', role: 'assistant', name: 'Joost' };

export const GROUP = 'group-dolfijnen';
export const OTHER_GROUP = 'group-zeesterren';

/** Minutes since midnight of `HH:MM`. */
export function t(hhmm: string): number {
  const m = parseTime(hhmm);
  if (m === null) throw new Error(`bad time ${hhmm}`);
  return m;
}

/** The UTC instant of a local Amsterdam date and time (default 09:00). */
export function local(date: LocalDate, hhmm = '09:00'): string {
  return instantAtLocal(date, t(hhmm));
}

export function days(weekdays: readonly number[], start = '07:30', end = '18:00'): PlacementDay[] {
  return weekdays.map((weekday) => ({ weekday, start: t(start), end: t(end) }));
}

export function placement(over: Partial<PlacementRow> = {}): PlacementRow {
  return {
    id: 'placement-sem',
    locationId: 'location-rho',
    childId: 'child-sem',
    groupId: GROUP,
    careType: 'KDV',
    kind: 'fixed',
    startDate: '2025-01-06',
    endDate: null,
    days: days([1, 3, 4, 5]),
    ...over,
  };
}

export const noorBso = (over: Partial<PlacementRow> = {}): PlacementRow =>
  placement({
    id: 'placement-noor',
    childId: 'child-noor',
    groupId: 'group-bso',
    careType: 'BSO',
    days: days([1, 2], '15:00', '18:00'),
    ...over,
  });

export const milaFlex = (over: Partial<PlacementRow> = {}): PlacementRow =>
  placement({ id: 'placement-mila', childId: 'child-mila', kind: 'flex', days: [], ...over });

const base = (over: Partial<Request>) => ({
  id: over.id ?? 'request-1',
  childId: over.childId ?? 'child-sem',
  groupId: over.groupId ?? GROUP,
  submittedAt: over.submittedAt ?? local('2026-10-20'),
  expiresAt: over.expiresAt ?? null,
  enteredBy: over.enteredBy ?? null,
});

export function swap(over: Partial<SwapDayRequest> & { submitted?: LocalDate } = {}): SwapDayRequest {
  const { submitted, ...rest } = over;
  return {
    ...base(rest),
    kind: 'swapDay',
    originalChildId: rest.childId ?? 'child-sem',
    originalDate: '2026-11-19',
    date: '2026-11-10',
    start: t('07:30'),
    end: t('18:00'),
    ...rest,
    ...(submitted ? { submittedAt: local(submitted) } : {}),
  };
}

export function extra(over: Partial<ExtraDayRequest> & { submitted?: LocalDate } = {}): ExtraDayRequest {
  const { submitted, ...rest } = over;
  return {
    ...base(rest),
    kind: 'extraDay',
    date: '2026-11-24',
    start: t('07:30'),
    end: t('18:00'),
    payment: 'invoice',
    recurring: false,
    ...rest,
    ...(submitted ? { submittedAt: local(submitted) } : {}),
  };
}

export function flex(over: Partial<FlexDayRequest> & { submitted?: LocalDate } = {}): FlexDayRequest {
  const { submitted, ...rest } = over;
  return {
    ...base({ childId: 'child-mila', ...rest }),
    kind: 'flexDay',
    date: '2026-12-09',
    start: t('07:30'),
    end: t('18:00'),
    ...rest,
    ...(submitted ? { submittedAt: local(submitted) } : {}),
  };
}

export function extension(over: Partial<ExtensionRequest> & { submitted?: LocalDate } = {}): ExtensionRequest {
  const { submitted, ...rest } = over;
  return {
    ...base(rest),
    kind: 'extension',
    date: '2026-11-16',
    start: t('07:30'),
    end: t('19:00'),
    ...rest,
    ...(submitted ? { submittedAt: local(submitted) } : {}),
  };
}

export function schoolClosure(over: Partial<SchoolClosureDayRequest> & { submitted?: LocalDate } = {}): SchoolClosureDayRequest {
  const { submitted, ...rest } = over;
  return {
    ...base({ childId: 'child-noor', groupId: 'group-bso', ...rest }),
    kind: 'schoolClosureDay',
    date: '2026-11-11',
    start: t('07:30'),
    end: t('18:00'),
    ...rest,
    ...(submitted ? { submittedAt: local(submitted) } : {}),
  };
}

export function absence(over: Partial<AbsenceRequest> & { reported?: string } = {}): AbsenceRequest {
  const { reported, ...rest } = over;
  return {
    ...base({ id: 'absence-1', ...rest }),
    kind: 'absence',
    from: '2026-11-16',
    to: '2026-11-16',
    reason: 'holiday',
    initiatedBy: 'parent',
    ...rest,
    ...(reported ? { submittedAt: reported } : {}),
  };
}

export const submitted: RequestState = { status: 'submitted', conflict: null };

export function approved(over: Partial<Extract<RequestState, { status: 'approved' }>> = {}): Extract<RequestState, { status: 'approved' }> {
  return {
    status: 'approved',
    decidedAt: local('2026-11-01'),
    decidedBy: manager,
    groupId: GROUP,
    provisional: false,
    awaitingParentConfirmation: false,
    outOfOrderReason: null,
    ...over,
  };
}

export function withState<R extends Request>(request: R, state: RequestState = submitted): R & { state: RequestState } {
  return { ...request, state };
}

export function context(over: Partial<RequestContext> = {}): RequestContext {
  return {
    at: over.at ?? local('2026-10-20'),
    placements: [placement(), noorBso(), milaFlex()],
    family: [
      { id: 'child-sem', firstName: 'Sem' },
      { id: 'child-lotte', firstName: 'Lotte' },
    ],
    illDates: [],
    otherRequests: [] as RequestWithState[],
    ledger: [],
    consent: { otherGroup: true },
    calendar: defaultCalendarSettings,
    openingHours: { opensAt: t('07:00'), closesAt: t('19:00') },
    ...over,
  };
}
