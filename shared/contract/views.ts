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
