/**
 * What the core returns to the renderer: read models shaped for the screens, not table rows.
 * Dates `YYYY-MM-DD`, times of day minutes since midnight, instants ISO-8601 UTC.
 */
import type { LatePickupSettings } from '../domain/latePickup/latePickupSettings';
import type { CareType, StaffCounts } from '../model/rows';
import type { ChildContactsView, HealthBanner } from './childrenViews';

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
  /** Registered absent that day (the shift does not count in the ratio); null when working. */
  absence: 'sick' | 'leave' | 'other' | null;
};

export type RosterDay = {
  date: string;
  /** Null when open; otherwise why the location is closed: its Dutch name, and its key in the calendar messages. */
  closed: null | { reason: 'weekend' | 'public_holiday' | 'study_day'; name: string; key: string };
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
  /** Device revocations made on this desk that the hub has not confirmed yet (retried every few seconds). */
  undeliveredRevocations: number;
  /** How far this desk's clock is off from the hub's, when more than 5 minutes. */
  clockSkewMs: number | null;
  lastError: string | null;
  /** The hub revoked this desk (state `revoked`): its message, whether the store was wiped, when. */
  revocation: { message: string; wiped: boolean; at: string } | null;
};

export type SignedInUser = { userId: string; name: string; email: string; role: 'manager' | 'assistant'; offline: boolean };

export type SessionInfo = {
  /** Whether someone must sign in before changing anything (a desk enrolled with a hub). */
  signInRequired: boolean;
  user: SignedInUser | null;
  /** Why the desk signed the last person out by itself (the hub ended their session), until someone signs in. */
  notice: string | null;
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
  /**
   * Kinder-EHBO per kindercentrum (KDV and BSO are two): the stretches with children present and no
   * holder of a valid certificate on a shift (breaks are away), and the 15-minute slots they touch.
   * Both empty when covered, and on a closed day.
   */
  firstAid: { careType: 'KDV' | 'BSO'; uncovered: { start: number; end: number }[]; slots: { start: number; end: number }[] }[];
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

// --- Late pickups (te laat ophalen): registration, follow-up, letters, export, chart ------------

/** A line of a late pickup's assessment: the rule, its values, the Dutch sentence and its amount. */
export type LatePickupLineView = { rule: string; params: Record<string, string | number>; message: string; cents: number };

export type LatePickupFormChild = {
  childId: string;
  name: string;
  firstName: string;
  familyId: string;
  groupId: string;
  groupName: string;
  /** The contracted end from the child's plan that day; null when not planned then (enter it by hand). */
  contractedEnd: number | null;
  /** In the chosen group; false: a sibling in another group. */
  inGroup: boolean;
  /** The child's siblings among `children`. */
  siblingIds: string[];
  /** Already registered as late on this date (and not withdrawn). */
  registered: boolean;
  /** The child's counted late pickups this calendar year so far. */
  countThisYear: number;
};

/** What the registration form needs: the groups, and the children of the chosen group and day with their end times and siblings. */
export type LatePickupForm = {
  locationId: string;
  date: string;
  /** Null when the location is open that day; otherwise why not (its Dutch name, and its key in the calendar messages). */
  closed: null | { reason: 'weekend' | 'public_holiday' | 'study_day'; name: string; key: string };
  /** When closed: the last open day before it (within two weeks), the day a late pickup was probably on. */
  openDayBefore: string | null;
  closesAt: number;
  /**
   * The organisation's late-pickup settings (grace, counts, amounts): the form previews each
   * ticked child's minutes late, count, stage and fine with the shared rule (`previewLatePickup`).
   */
  settings: LatePickupSettings;
  groupId: string | null;
  groups: { groupId: string; name: string; careType: CareType }[];
  children: LatePickupFormChild[];
};

export type LatePickupStatusView = 'registered' | 'disputed' | 'confirmed' | 'withdrawn';
export type LatePickupStageView = 'not_counted' | 'registered' | 'warning' | 'flat_fine' | 'per_hour_fine';
/** See shared/domain/latePickup/assessRegistrations.ts `FineState`. */
export type LatePickupFineStateView = 'none' | 'disputed' | 'to_confirm' | 'confirmed' | 'changed';

export type LatePickupPerson = { userId: string; name: string };

export type LatePickupConversationView = { outcome: string; heldOn: string; by: LatePickupPerson; at: string; registrationId: string };

export type LatePickupItem = {
  id: string;
  childId: string;
  childName: string;
  familyId: string;
  groupId: string;
  groupName: string;
  date: string;
  contractedEnd: number;
  endFromPlan: boolean;
  pickupTime: number;
  closingTime: number;
  minutesLate: number;
  pickedUpBy: string;
  note: string;
  registeredBy: LatePickupPerson;
  registeredAt: string;
  status: LatePickupStatusView;
  disputeNote: string | null;
  evidenceNote: string | null;
  /** n: the place among the child's counted late pickups of the year; 0 when not counted. */
  count: number;
  stage: LatePickupStageView;
  /** This one reached the structural count. */
  structuralCase: boolean;
  /** n is at or past the structural count: the conversation belongs to this child's year. */
  structural: boolean;
  /** The conversation recorded for the child's year, on this or another registration. */
  conversation: LatePickupConversationView | null;
  fineCents: number;
  lines: LatePickupLineView[];
  fine: {
    state: LatePickupFineStateView;
    confirmedCents: number | null;
    confirmedBy: LatePickupPerson | null;
    confirmedAt: string | null;
  };
  /** The letter this registration calls for (warning at n = 2, fine notice for a fine). */
  letter: 'warning' | 'fine_notice' | null;
  history: { action: string; note: string | null; by: LatePickupPerson; at: string }[];
};

export type LatePickupMonth = {
  locationId: string;
  locationName: string;
  /** `YYYY-MM`. */
  month: string;
  structuralAtCount: number;
  items: LatePickupItem[];
  summary: {
    /** Registrations that are not withdrawn. */
    registrations: number;
    disputed: number;
    /** Fines waiting for the manager's confirmation (including confirmed ones whose amount changed). */
    toConfirm: number;
    toConfirmCents: number;
    /** Confirmed fines: what the export holds. */
    confirmed: number;
    confirmedCents: number;
    /** Structural cases of the month without a recorded conversation. */
    openStructural: number;
  };
};

export type LatePickupChild = {
  childId: string;
  name: string;
  locationId: string;
  year: number;
  structuralAtCount: number;
  items: LatePickupItem[];
  counted: number;
  fineCents: number;
};

export type LatePickupLetter = {
  registrationId: string;
  kind: 'warning' | 'fine_notice';
  childName: string;
  text: string;
};

/** A file for the user to save: in browser mode the renderer offers it as a download. */
export type ExportFile = {
  filename: string;
  mimeType: string;
  base64: string;
  rowCount: number;
  totalCents: number;
};

export type LatePickupChart = {
  locationId: string;
  year: number;
  groups: { groupId: string; name: string }[];
  /** Twelve months; per group the late pickups that count (not withdrawn, late). */
  months: { month: string; total: number; byGroup: Record<string, number> }[];
};

// --- Group iPads (Apparaten): devices per group, pairing, revocation, the audit log --------------

export type GroupDeviceStatusView = 'active' | 'revoked' | 'wiped';
export type RevocationReasonView = 'lost' | 'stolen' | 'broken' | 'other';

export type GroupDeviceView = {
  deviceId: string;
  name: string;
  groupId: string;
  /** Shown as revoked as soon as this desk revoked it, before the hub confirmed. */
  status: GroupDeviceStatusView;
  pairedBy: string;
  pairedAt: string;
  lastSeenAt: string | null;
  appVersion: string | null;
  /** When the device locks itself unless it reaches the hub before (last seen + the hub's lease). */
  lockAt: string | null;
  revocation: null | {
    reason: RevocationReasonView;
    note: string;
    by: string;
    at: string;
    /** Revoked on this desk; the hub has not confirmed it yet ("intrekking nog niet afgeleverd"). */
    undelivered: boolean;
    /** The hub refused this desk's revocation for good (role, location): the message. */
    refused: string | null;
  };
  wipeConfirmedAt: string | null;
};

export type DeviceGroupView = { groupId: string; name: string; careType: CareType; devices: GroupDeviceView[] };

export type DevicesOverview = {
  locationId: string;
  locationName: string;
  groups: DeviceGroupView[];
  /** `hub`: fresh from the hub; `cache`: the last list this desk received (the hub is out of reach); `none`: never fetched. */
  source: 'hub' | 'cache' | 'none';
  fetchedAt: string | null;
  /** Why the hub could not be asked, when `source` is not `hub`. */
  hubError: string | null;
  /** Only the location manager pairs; manager and assistant revoke. */
  canPair: boolean;
  canRevoke: boolean;
  leaseHours: number | null;
};

/** What the banner says while revocations wait for the hub. */
export type UndeliveredRevocations = {
  count: number;
  devices: { deviceId: string; name: string; locationId: string; at: string; attempts: number; lastError: string | null }[];
  /** When the sync engine tries again. */
  nextAttemptAt: string | null;
  /** The central support line (organisation setting); empty when not set. */
  supportPhone: string;
};

export type PairingCodeView = {
  /** `XXXX-XXXX`. */
  code: string;
  expiresAt: string;
  validMinutes: number;
  locationId: string;
  groupId: string;
  groupName: string;
  /** What the QR code holds (the hub's address and the code). */
  pairingUri: string;
  /** The QR code as an SVG data URL; null when this build cannot draw one (then the code is typed). */
  qrDataUrl: string | null;
};

export type RevokeReceipt = { device: GroupDeviceView; delivered: boolean };

export type DeviceAuditEventView = 'code_issued' | 'paired' | 'revoked' | 'wiped';

export type DeviceAuditEntryView = {
  seq: number;
  at: string;
  event: DeviceAuditEventView;
  actorName: string;
  deviceId: string | null;
  deviceName: string | null;
  groupId: string;
  groupName: string | null;
  reason: RevocationReasonView | null;
  note: string | null;
  hash: string;
  prevHash: string;
};

export type DeviceAuditView = {
  locationId: string;
  entries: DeviceAuditEntryView[];
  /** Checked on this desk (the hub's own check is in `hubVerified`). */
  chain: {
    ok: boolean;
    checked: number;
    brokenAtSeq: number | null;
    problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' | 'anchor_mismatch' | null;
    headHash: string | null;
  };
  hubVerified: boolean;
};

export type DeviceAuditExport = { filename: string; mimeType: string; text: string; rowCount: number };

// --- Children's plan, day view per group, presence list (issue 5, the children's side) ---------

/** A group to choose, with its age range in months (from inclusive, to exclusive) so a form can tell which fit a child. */
export type GroupOption = { groupId: string; name: string; careType: CareType; ageMinMonths: number; ageMaxMonths: number };

/** A KDV contract running past the last day of day care (the day before the 4th birthday). */
export type KdvEndFlagView = { placementId: string; proposedEnd: string; fourthBirthday: string; daysLeft: number };

export type ChildListItem = {
  childId: string;
  name: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  /** Completed years on the list's date. */
  age: number;
  /** The contract running on the list's date, else the next one, else the last one. */
  groupId: string | null;
  groupName: string | null;
  careType: CareType | null;
  status: 'active' | 'upcoming' | 'ended' | 'none';
  /** The end date of that contract (null: open-ended). */
  contractEnd: string | null;
  kdvEnd: KdvEndFlagView | null;
  health: HealthBanner | null;
};

export type ChildList = { locationId: string; locationName: string; date: string; groups: GroupOption[]; children: ChildListItem[] };

export type PlacementView = {
  placementId: string;
  groupId: string;
  groupName: string;
  careType: CareType;
  kind: 'fixed' | 'flex';
  startDate: string;
  endDate: string | null;
  days: { weekday: number; start: number; end: number }[];
  status: 'ended' | 'active' | 'upcoming';
  kdvEnd: KdvEndFlagView | null;
};

export type PickupPersonView = {
  id: string;
  name: string;
  relation: string;
  phone: string;
  idChecked: boolean;
  idCheckedBy: string | null;
  idCheckedAt: string | null;
  note: string;
};

export type ChildDetail = {
  childId: string;
  locationId: string;
  name: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  age: number;
  familyId: string;
  externalId: string | null;
  contacts: ChildContactsView | null;
  health: HealthBanner | null;
  /** The location's opening hours, the default times of a new contract day. */
  hours: { opensAt: number; closesAt: number };
  today: string;
  fourthBirthday: string;
  /** The last day of day care: the day before the 4th birthday. */
  lastKdvDay: string;
  siblings: { childId: string; name: string }[];
  /** Oldest first. */
  placements: PlacementView[];
  consents: { photos: boolean; trips: boolean; otherGroup: boolean } | null;
  pickupPersons: PickupPersonView[];
  groups: GroupOption[];
  /** The next effective dates from today (the 1st/16th, as the organisation set). */
  effectiveDates: string[];
  /** The organisation's effective days of the month. */
  effectiveDays: number[];
};

export type PlanWarning = { rule: string; message: string; params: Record<string, string | number> };

export type DayViewStay = { attendanceId: string; groupId: string; checkIn: number; checkOut: number | null; corrected: boolean };

export type DayViewChild = {
  childId: string;
  name: string;
  dateOfBirth: string;
  age: number;
  /** The contracted spans in this group today (empty: not planned here). */
  planned: { start: number; end: number }[];
  /** Registered stays in this group (voided ones left out). */
  stays: DayViewStay[];
  state: 'expected' | 'present' | 'left' | 'absent';
  warnings: PlanWarning[];
  /** A check-out after the contracted end (+ grace): the late-pickup shortcut. */
  latePickup: { contractedEnd: number; pickupTime: number; minutesLate: number; registered: boolean } | null;
  /**
   * The contracted end of the child's day (its last planned stay in any group, as the late-pickup
   * form fills it in), the organisation's grace minutes and whether a late pickup is registered
   * that day; null when the child is not planned. With the desk's clock (today only) it tells a
   * child still present after its end: `stillPresentLate`.
   */
  pickupDue: { contractedEnd: number; graceMinutes: number; registered: boolean } | null;
  health: HealthBanner | null;
};

export type GroupDayView = {
  locationId: string;
  locationName: string;
  date: string;
  today: string;
  /** Minutes now when `date` is today; null otherwise. */
  now: number | null;
  opensAt: number;
  closesAt: number;
  closed: RatioDay['closed'];
  group: GroupOption;
  groups: GroupOption[];
  children: DayViewChild[];
  /** Children of the location with a contract running today who are not in `children`: for an unplanned check-in. */
  others: { childId: string; name: string; groupName: string }[];
  staff: RatioStaffEntry[];
  /** The ratio unit holding the group (for BSO: the location's BSO), as planned and as it happened. */
  ratio: { planned: RatioUnitDay | null; actual: RatioUnitDay | null };
  counts: { expected: number; present: number; left: number; absent: number };
};

export type PresenceListChild = {
  childId: string;
  name: string;
  dateOfBirth: string;
  age: number;
  planned: { start: number; end: number }[];
  stays: { checkIn: number; checkOut: number | null }[];
  /** Planned, and no registered stay. */
  absent: boolean;
  /** Present without a planned stay in this group. */
  unplanned: boolean;
  health: HealthBanner | null;
};

export type PresenceListShift = {
  staffId: string;
  name: string;
  counts: StaffCounts;
  start: number;
  end: number;
  breaks: { start: number; end: number }[];
};

export type PresenceListGroup = Pick<GroupOption, 'groupId' | 'name' | 'careType'> & {
  children: PresenceListChild[];
  staff: PresenceListShift[];
};

/** Staff deployment (personeelsinzet): who worked where and when. */
export type StaffDeploymentRow = {
  staffId: string;
  name: string;
  counts: StaffCounts;
  shifts: { groupId: string; groupName: string; start: number; end: number; breaks: { start: number; end: number }[] }[];
  /** Worked minutes, breaks excluded. */
  minutes: number;
};

export type PresenceList = {
  locationId: string;
  locationName: string;
  date: string;
  closed: RatioDay['closed'];
  groups: PresenceListGroup[];
  staff: StaffDeploymentRow[];
  totals: { planned: number; present: number; absent: number; staff: number };
  /** Registrations are kept at least this many weeks; the list is complete from `keptFrom`. */
  retention: { weeks: number; keptFrom: string };
};

/** A file for the user to save (PDF, Excel, CSV): the renderer turns it into a download. */
export type DownloadFile = { filename: string; mimeType: string; base64: string };

// --- Staff roster: the editable week grid, its preview (what-if), copy plan and audit trail -----

export type StaffAbsenceKindView = 'sick' | 'leave' | 'other';

/** A roster conflict: rule id, Dutch sentence, values, severity and where it is. */
export type RosterConflictView = {
  rule: string;
  message: string;
  params: Record<string, string | number>;
  severity: 'error' | 'warning' | 'info';
  staffId: string | null;
  date: string | null;
  shiftId: string | null;
  unitId: string | null;
};

export type StaffRosterShift = {
  shiftId: string;
  groupId: string;
  groupName: string;
  start: number;
  end: number;
  breaks: { start: number; end: number }[];
};

export type StaffRosterCell = {
  date: string;
  shifts: StaffRosterShift[];
  absence: { id: string; kind: StaffAbsenceKindView; note: string } | null;
};

export type StaffRosterRow = {
  staffId: string;
  name: string;
  counts: StaffCounts;
  contractMinutes: number;
  /** Worked minutes rostered this week (breaks excluded, absent days included). */
  plannedMinutes: number;
  /** The group the person works in most this week: used when an entry names no group. */
  defaultGroupId: string | null;
  cells: StaffRosterCell[];
};

/** A unit (KDV group, the location's BSO) falling short on a day, with its stretches. */
export type RosterShortfallView = {
  unitId: string;
  name: string;
  date: string;
  stretches: { start: number; end: number; staff: number; required: number | null }[];
  /** `roster.group_short`: the Dutch sentence and its raw params (for the English one). */
  rule: string;
  message: string;
  params: Record<string, string | number>;
};

export type StaffRosterDay = {
  date: string;
  closed: null | { reason: 'weekend' | 'public_holiday' | 'study_day'; name: string; key: string };
  /** Per unit the worst level of the day (null: nobody there). */
  units: { unitId: string; name: string; worst: RatioLevel | null }[];
  shortfalls: RosterShortfallView[];
};

export type RosterPublication = {
  status: 'draft' | 'published';
  publishedAt: string | null;
  publishedBy: string | null;
  revision: number;
  /** Shift changes recorded since the week was first published. */
  changes: number;
};

export type StaffRosterWeek = {
  locationId: string;
  locationName: string;
  weekStart: string;
  opensAt: number;
  closesAt: number;
  dates: string[];
  days: StaffRosterDay[];
  groups: { groupId: string; name: string; careType: CareType }[];
  staff: StaffRosterRow[];
  /** Every conflict of the week, errors first. */
  conflicts: RosterConflictView[];
  publication: RosterPublication;
};

/** How a day's ratio changes with an edit, per unit: the stretches whose level changed. */
export type RosterImpactView = {
  unitId: string;
  name: string;
  /** The day changed (a shift moved to another day changes two). */
  date: string;
  changes: { start: number; end: number; from: RatioLevel | null; to: RatioLevel | null }[];
  worse: number;
  better: number;
};

/** The what-if of a cell edit or an absence, before it is saved. */
export type RosterPreview = {
  /** No error-level conflict: saving will be accepted. */
  ok: boolean;
  conflicts: RosterConflictView[];
  impact: RosterImpactView[];
  /** The units falling short that day after the change. */
  shortfalls: RosterShortfallView[];
};

export type RosterAuditShift = {
  date: string;
  staffName: string;
  groupName: string;
  start: number;
  end: number;
  breaks: { start: number; end: number }[];
};

export type RosterAuditEntry = {
  id: string;
  shiftId: string;
  action: 'added' | 'changed' | 'removed';
  before: RosterAuditShift | null;
  after: RosterAuditShift | null;
  by: string;
  at: string;
};

export type RosterAudit = { locationId: string; weekStart: string; publication: RosterPublication; entries: RosterAuditEntry[] };

export type RosterCopyPlan = {
  from: string;
  to: string;
  copies: { sourceId: string; staffId: string; staffName: string; date: string; groupName: string; start: number; end: number }[];
  skipped: { sourceId: string; staffId: string; date: string; rule: string; message: string; params: Record<string, string | number> }[];
};

/**
 * The desk's own updates (Electron only). `unsupported`: browser mode, a development build or no
 * update address configured; the status bar then shows nothing. `ready`: downloaded, installs on
 * "Herstarten om bij te werken"; `waiting_for_sync`: the restart waits for a sync push to finish.
 */
export type UpdateState = 'unsupported' | 'idle' | 'checking' | 'downloading' | 'ready' | 'waiting_for_sync' | 'installing';

export type UpdateStatus = {
  state: UpdateState;
  unsupportedReason: 'browser_mode' | 'development' | 'not_configured' | null;
  currentVersion: string;
  /** The version being downloaded or ready to install. */
  availableVersion: string | null;
  downloadPercent: number | null;
  lastCheckAt: string | null;
  /** A short sentence about the last failure (the full error is in the log); shown quietly. */
  lastError: string | null;
  /** Once, after an update was installed: the version now running and its release notes (plain text). */
  installed: { version: string; notes: string } | null;
};
