/**
 * What the Medewerkers screen and the kinder-EHBO notices read (spec/master-data.md "Staff
 * member"): the location's staff with their legal facts as statuses seen on the desk's today, one
 * person with the shifts rostered from today on (what ending their work would remove), and the
 * kinder-EHBO gaps of a day with the certificates that expire soon.
 */
import type { CareType, StaffCounts } from '../model/rows';

/** Whether the person works at the location on `today`. */
export type StaffStatus = 'active' | 'upcoming' | 'ended';
/** PRK: registered on or before today, from a later date, or no date recorded. */
export type PrkStatus = 'registered' | 'future' | 'missing';
/** Kinder-EHBO: valid beyond the notice window, expiring within it, expired, or none recorded. */
export type FirstAidStatus = 'valid' | 'expiring' | 'expired' | 'none';

export type StaffListItem = {
  staffId: string;
  name: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  counts: StaffCounts;
  contractMinutesPerWeek: number;
  activeFrom: string | null;
  activeTo: string | null;
  prkRegisteredOn: string | null;
  ehboValidUntil: string | null;
  externalId: string | null;
  status: StaffStatus;
  prk: PrkStatus;
  firstAid: FirstAidStatus;
};

export type ExpiringCertificateView = { staffId: string; name: string; validUntil: string; expired: boolean };

export type StaffList = {
  locationId: string;
  locationName: string;
  today: string;
  staff: StaffListItem[];
  /** Certificates that expired or expire within the notice window (three months), soonest first. */
  expiring: ExpiringCertificateView[];
};

export type StaffShiftView = { shiftId: string; date: string; groupName: string; start: number; end: number };

export type StaffDetail = StaffListItem & {
  locationId: string;
  today: string;
  /** The person's shifts from today on, by date: what an end removes after its last day. */
  upcomingShifts: StaffShiftView[];
};

export type FirstAidDay = {
  locationId: string;
  date: string;
  /** The location is closed that day (no gaps then). */
  closed: boolean;
  /** Per kindercentrum with a gap: the 15-minute slots with children present and no certificate holder. */
  gaps: { careType: CareType; slots: { start: number; end: number }[] }[];
  expiring: ExpiringCertificateView[];
};
