/**
 * Kinder-EHBO (spec/master-data.md "Staff member"): at least one adult with a valid kinder-EHBO
 * certificate is present at each kindercentrum during opening hours. Checked per 15-minute slot
 * like the ratio, from the day's shifts (breaks are away) and the certificates' expiry dates; and
 * the certificates that expire soon, so they can be renewed in time.
 *
 * Readings (choices where the spec leaves room):
 * - Centre: the KDV groups of a location are one kindercentrum and its BSO groups another, so a
 *   holder working in a KDV group does not cover the BSO. The exception for a single combined
 *   group needing one professional is not modelled: the check is then stricter than the law.
 * - Valid on the day: the certificate's last valid day (`ehboValidUntil`) is on or after the date;
 *   null is no certificate.
 * - Any adult on a shift counts, also one who does not count for the ratio (a location helper with
 *   a certificate covers); only the time on the shift without its breaks counts.
 * - A centre needs a holder only while children are present (planned or actual stays, as the
 *   caller gives them) within opening hours: a centre with no children planned needs nobody, and
 *   a slot where the last child has left is not a gap.
 * - A slot (on the quarter hours, clipped to the opening hours) is a gap when at any moment in it
 *   children are present and no holder is: a slot takes its worst moment, as in the ratio.
 * - Staff registered absent (sick, leave) are the caller's to leave out (`onDuty`).
 */
import type { CareType, StaffRow } from '../../model/rows';
import { SLOT_MINUTES } from '../ratio/dayTimeline';
import { addMonths } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import type { Interval, Minutes } from '../time/timeOfDay';

/** How far ahead expiring certificates are listed (the spec's three months). */
export const FIRST_AID_EXPIRY_NOTICE_MONTHS = 3;

export type FirstAidInput = {
  date: LocalDate;
  /** The location's opening hours that day. */
  opening: Interval;
  groups: readonly { id: string; careType: CareType }[];
  /** The children's stays that day: [start, end) in minutes, in their group. */
  children: readonly { groupId: string; start: Minutes; end: Minutes }[];
  /** The shifts of the staff on duty that day, with their breaks. */
  shifts: readonly { staffId: string; groupId: string; start: Minutes; end: Minutes; breaks: readonly Interval[] }[];
  /** Each staff member's last day of a valid certificate; missing or null: none. */
  certificates: ReadonlyMap<string, LocalDate | null>;
};

export type FirstAidCentre = {
  careType: CareType;
  /** The exact stretches with children present and no certificate holder, merged. */
  uncovered: Interval[];
  /** The 15-minute slots that contain some of `uncovered` (clipped to the opening hours). */
  slots: Interval[];
};

/** Whether a certificate valid until `validUntil` (inclusive) is valid on `date`. */
export function certificateValidOn(validUntil: LocalDate | null | undefined, date: LocalDate): boolean {
  return validUntil !== null && validUntil !== undefined && validUntil >= date;
}

/** Per kindercentrum (care type) of the location's groups: when children are present without a certificate holder. */
export function firstAidCoverage(input: FirstAidInput): FirstAidCentre[] {
  const careTypes = [...new Set(input.groups.map((g) => g.careType))].sort();
  return careTypes.map((careType) => centreCoverage(input, careType));
}

function clip(i: Interval, to: Interval): Interval | null {
  const start = Math.max(i.start, to.start);
  const end = Math.min(i.end, to.end);
  return end > start ? { start, end } : null;
}

/** The shift without its breaks, as the stretches the person is there. */
function presence(shift: FirstAidInput['shifts'][number]): Interval[] {
  const out: Interval[] = [];
  let from = shift.start;
  for (const b of [...shift.breaks].sort((x, y) => x.start - y.start)) {
    if (b.start > from) out.push({ start: from, end: Math.min(b.start, shift.end) });
    from = Math.max(from, b.end);
  }
  if (shift.end > from) out.push({ start: from, end: shift.end });
  return out.filter((i) => i.end > i.start);
}

function centreCoverage(input: FirstAidInput, careType: CareType): FirstAidCentre {
  const groupIds = new Set(input.groups.filter((g) => g.careType === careType).map((g) => g.id));
  // +1 / -1 per boundary: children present, holders present.
  const children = new Map<Minutes, number>();
  const holders = new Map<Minutes, number>();
  const add = (map: Map<Minutes, number>, i: Interval | null) => {
    if (!i) return;
    map.set(i.start, (map.get(i.start) ?? 0) + 1);
    map.set(i.end, (map.get(i.end) ?? 0) - 1);
  };
  for (const c of input.children) if (groupIds.has(c.groupId)) add(children, clip(c, input.opening));
  for (const s of input.shifts) {
    if (!groupIds.has(s.groupId) || !certificateValidOn(input.certificates.get(s.staffId), input.date)) continue;
    for (const p of presence(s)) add(holders, clip(p, input.opening));
  }
  const points = [...new Set([...children.keys(), ...holders.keys()])].sort((a, b) => a - b);
  const uncovered: Interval[] = [];
  let kids = 0;
  let present = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const at = points[i] as Minutes;
    kids += children.get(at) ?? 0;
    present += holders.get(at) ?? 0;
    if (kids <= 0 || present > 0) continue;
    const next = points[i + 1] as Minutes;
    const last = uncovered[uncovered.length - 1];
    if (last && last.end === at) last.end = next;
    else uncovered.push({ start: at, end: next });
  }
  return { careType, uncovered, slots: slotsOf(uncovered, input.opening) };
}

function slotsOf(stretches: readonly Interval[], opening: Interval): Interval[] {
  const slots: Interval[] = [];
  for (const s of stretches) {
    for (let start = s.start - (s.start % SLOT_MINUTES); start < s.end; start += SLOT_MINUTES) {
      const slot = clip({ start, end: start + SLOT_MINUTES }, opening);
      const last = slots[slots.length - 1];
      if (slot && (!last || last.start < slot.start)) slots.push(slot);
    }
  }
  return slots;
}

export type ExpiringCertificate = { staffId: string; name: string; validUntil: LocalDate; expired: boolean };

type CertificateStaff = Pick<StaffRow, 'id' | 'firstName' | 'lastName' | 'ehboValidUntil' | 'activeTo'>;

/**
 * The certificates to renew, seen on `date`: those valid until at most `months` months after it
 * (the limit inclusive; 30 November + 3 months is 28 February), soonest first. Certificates that
 * have already expired are listed too (`expired`), as they need renewal most; staff who no longer
 * work at the location (`activeTo` before `date`) and staff without a certificate are not.
 */
export function expiringCertificates(
  staff: readonly CertificateStaff[],
  date: LocalDate,
  months: number = FIRST_AID_EXPIRY_NOTICE_MONTHS,
): ExpiringCertificate[] {
  const limit = addMonths(date, months);
  const out: ExpiringCertificate[] = [];
  for (const s of staff) {
    if (s.ehboValidUntil === null || s.ehboValidUntil > limit) continue;
    if (s.activeTo !== null && s.activeTo < date) continue;
    out.push({ staffId: s.id, name: `${s.firstName} ${s.lastName}`, validUntil: s.ehboValidUntil, expired: s.ehboValidUntil < date });
  }
  return out.sort((a, b) => a.validUntil.localeCompare(b.validUntil) || a.name.localeCompare(b.name));
}
