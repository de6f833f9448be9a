/**
 * What the core returns to the renderer: read models shaped for the screens, not table rows.
 * Dates `YYYY-MM-DD`, times of day minutes since midnight, instants ISO-8601 UTC.
 */
import type { CareType, StaffCounts } from '../model/rows';

export type Dataset = 'empty' | 'demo' | 'real';

export type AppInfo = {
  version: string;
  dataset: Dataset;
  /** Where the store lives, shown in settings. */
  dataDir: string;
  /** The local date at the location now (Europe/Amsterdam), the desk's "today". */
  today: string;
  transport: 'ipc' | 'bridge';
};

export type LocationSummary = {
  id: string;
  name: string;
  code: string;
  opensAt: number;
  closesAt: number;
  groupCount: number;
  childCount: number;
};

export type RosterChild = {
  childId: string;
  name: string;
  dateOfBirth: string;
  /** Completed years on the day. */
  age: number;
  start: number;
  end: number;
  kind: 'fixed' | 'flex';
};

export type RosterShift = {
  shiftId: string;
  staffId: string;
  name: string;
  counts: StaffCounts;
  start: number;
  end: number;
  breaks: { start: number; end: number }[];
};

export type RosterDay = {
  date: string;
  /** Null when open; otherwise why the location is closed. */
  closed: null | { reason: 'weekend' | 'public_holiday' | 'study_day'; name: string };
  children: RosterChild[];
  shifts: RosterShift[];
};

export type RosterGroup = {
  groupId: string;
  name: string;
  careType: CareType;
  capacity: number;
  ageMinMonths: number;
  ageMaxMonths: number;
  days: RosterDay[];
};

export type RosterWeek = {
  locationId: string;
  locationName: string;
  weekStart: string;
  dates: string[];
  groups: RosterGroup[];
};

export type MutationReceipt = {
  /** The outbox sequence number: monotonic per desk, the id pushed to the hub. */
  mutationId: number;
};

/** What the status bar and the sync screen show (sync.md: "status the user can see at all times"). */
export type SyncState =
  /** Not enrolled with a hub: the desk works on its own store (demo, or before setup). */
  | 'local_only'
  | 'syncing'
  /** The last round succeeded. */
  | 'online'
  /** The hub could not be reached; retrying with backoff. Everything keeps working locally. */
  | 'offline'
  /** The hub refused this desk's credential: read-only until enrolled again. */
  | 'revoked'
  /** The hub requires a newer Opvangdesk. */
  | 'update_required'
  /** The hub refused a request for another reason (shown with the message). */
  | 'error';

export type SyncStatus = {
  state: SyncState;
  hubUrl: string | null;
  deviceId: string | null;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  /** Local changes not yet confirmed by the hub. */
  pending: number;
  /** Changes the hub refused, waiting for the manager. */
  needsAttention: number;
  /** How far this desk's clock is off from the hub's, when more than 5 minutes. */
  clockSkewMs: number | null;
  lastError: string | null;
};

export type SignedInUser = { userId: string; name: string; email: string; role: 'manager' | 'assistant'; offline: boolean };

export type SessionInfo = {
  /** Whether someone must sign in before changing anything (a desk enrolled with a hub). */
  signInRequired: boolean;
  user: SignedInUser | null;
};

export type RejectedChange = {
  seq: number;
  name: string;
  args: unknown;
  actor: { userId: string; role: string; name: string };
  createdAt: string;
  reason: { code: string; rule?: string; message: string };
  serverRows: { table: string; id: string; row: unknown }[];
  rejectedAt: string;
};

// --- Ratio (beroepskracht-kindratio): the ratio screen, its week overview and Vandaag -----------

/** The engine's moment status of an interval or slot. */
export type RatioStatusView = 'ok' | 'deviation' | 'understaffed' | 'over_max';

/**
 * What a slot or day shows: the status, with a deviation beyond the day's budget as its own level
 * (a violation, like understaffed and over_max). Ordered from good to worst.
 */
export type RatioLevel = 'ok' | 'deviation' | 'over_budget' | 'understaffed' | 'over_max';

export type RatioParams = Record<string, string | number>;

/** The rule that decided, its values, the Dutch sentence, and the parts to render it in English. */
export type RatioExplanationView = {
  rule: string;
  params: RatioParams;
  message: string;
  parts: { key: string; params: RatioParams }[];
};

/** A rule outcome (violation, warning, safety failure) as rule id, Dutch sentence and values. */
export type RatioRuleMessage = { rule: string; message: string; params: RatioParams };

export type RatioChildEntry = {
  childId: string;
  name: string;
  groupId: string;
  /** Completed years on the day. */
  age: number;
  start: number;
  end: number;
};

export type RatioStaffEntry = {
  shiftId: string;
  staffId: string;
  name: string;
  groupId: string;
  counts: StaffCounts;
  start: number;
  end: number;
  breaks: { start: number; end: number }[];
};

export type RatioSlot = {
  start: number;
  end: number;
  level: RatioLevel;
  status: RatioStatusView;
  /** The minute the numbers and people are taken from: where the slot's worst interval starts (within the slot). */
  at: number;
  /** The worst interval overlapping the slot (exact minutes). */
  intervalStart: number;
  intervalEnd: number;
  children: number;
  /** KDV: index = age year 0..3; BSO: index 0 = aged 4-6, 1 = aged 7+. */
  byAge: number[];
  countingStaff: number;
  adults: number;
  /** Null when over the maximum. */
  required: number | null;
  minStaffDuringDeviation: number | null;
  withinMax: boolean;
  explanation: RatioExplanationView;
  /** Who is there at `at`: indexes into the unit's `children` and `staff`. */
  present: { children: number[]; staff: number[]; onBreak: number[] };
};

export type RatioUnitKind = 'group' | 'bso_location';
export type RatioRegime = 'kdv' | 'bso_location' | 'bso_basisgroup';

/** A unit the ratio is checked for: a KDV home group, or the BSO of the location (per basisgroep before July 2024). */
export type RatioUnitHeader = {
  unitId: string;
  kind: RatioUnitKind;
  /** The group's name; for the BSO of a location its groups' names joined with " + ". */
  name: string;
  careType: CareType;
  groups: { groupId: string; name: string }[];
};

export type RatioUnitDay = RatioUnitHeader & {
  regime: RatioRegime;
  /** The day's deviation budget and the minutes below the requirement used of it. */
  budget: { minutes: number; used: number; explanation: RatioExplanationView };
  violationMinutes: number;
  /** The worst slot of the day; null without any slot (nobody there). */
  worst: RatioLevel | null;
  slots: RatioSlot[];
  violations: RatioRuleMessage[];
  warnings: RatioRuleMessage[];
  children: RatioChildEntry[];
  staff: RatioStaffEntry[];
};

export type RatioDay = {
  locationId: string;
  locationName: string;
  date: string;
  opensAt: number;
  closesAt: number;
  /** Null when open; otherwise why the location is closed (no slots then): Dutch name, and its key in the calendar messages. */
  closed: null | { reason: 'weekend' | 'public_holiday' | 'study_day'; name: string; key: string };
  /** BSO: a school day (half-hour rule) or a full day in the school holidays (three-hour rule). */
  bsoDay: 'school' | 'full';
  units: RatioUnitDay[];
  /** Location-level safety (achterwacht, another adult). */
  safety: { ok: boolean; backupNeeded: boolean; aloneIntervals: { start: number; end: number }[]; failures: RatioRuleMessage[] };
  /** What Opvangdesk cannot check yet (no registration of backups or fixed faces). */
  warnings: RatioRuleMessage[];
};

export type RatioWeekDay = {
  date: string;
  closed: RatioDay['closed'];
  /** Worst slot of the day; null when closed or nobody was there. */
  worst: RatioLevel | null;
  budgetMinutes: number;
  /** Minutes below the requirement. */
  deviationMinutes: number;
  violationMinutes: number;
};

export type RatioWeek = {
  locationId: string;
  locationName: string;
  weekStart: string;
  /** The location's opening weekdays of the week. */
  dates: string[];
  units: (RatioUnitHeader & { days: RatioWeekDay[] })[];
};

export type RatioTodayUnit = RatioUnitHeader & {
  /**
   * The slot at the desk's clock, and `until`: where the run of slots with the same level ends;
   * null when nobody is there now.
   */
  now: {
    start: number;
    end: number;
    until: number;
    level: RatioLevel;
    children: number;
    countingStaff: number;
    required: number | null;
  } | null;
  /** When nobody is there now: the start of the next slot with children today (null: none any more). */
  upcoming: number | null;
  worst: RatioLevel | null;
  /** The first slot that is not ok after the current run. */
  next: { start: number; end: number; level: RatioLevel } | null;
  budgetMinutes: number;
  deviationMinutes: number;
  violationMinutes: number;
};

export type RatioToday = {
  date: string;
  /** The desk's clock, minutes since midnight. */
  time: number;
  locations: {
    locationId: string;
    name: string;
    code: string;
    closed: RatioDay['closed'];
    units: RatioTodayUnit[];
    safetyOk: boolean;
  }[];
};
