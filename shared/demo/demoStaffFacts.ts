/**
 * The demo staff's legal facts (spec/master-data.md "Staff member"), so Medewerkers and the
 * kinder-EHBO check have something true to show without the demo days being full of gaps:
 * - everyone started at the location between about half a year and seven years before `today`,
 *   registered in the PRK one to four weeks before their first day (so no demo shift is refused);
 * - every counting professional holds a kinder-EHBO certificate, valid for another 5 to 23 months (spread by their place
 *   in the location's list); BBL trainees and location helpers hold none, as is common;
 * - per location one professional's certificate expires within the three-month notice window
 *   (38 days after `today`), and one professional's expired three weeks ago: the first whose
 *   missing certificate leaves a centre uncovered at some moment of `today` (in practice the BSO
 *   colleague alone with the before-school children), so Vandaag and the ratio screen show a real
 *   gap; the first professional when no one would (a closed day, or nobody alone).
 * Deterministic in its inputs and draws nothing from the faker, so the rest of the demo is
 * unchanged. Only `today`'s shifts are read: the choice is the same whatever weeks are generated.
 */
import { plannedPresenceOn } from '../domain/plan/plannedPresence';
import { firstAidCoverage } from '../domain/staff/firstAidCoverage';
import { addDays, addMonths, type LocalDate } from '../domain/time/localDate';
import type { CareType, GroupRow, PlacementRow, ShiftRow, StaffRow } from '../model/rows';

/** Days after `today` the expiring certificate is valid (within the three-month notice). */
const EXPIRING_IN_DAYS = 38;
/** Days before `today` the expired certificate ran out. */
const EXPIRED_DAYS_AGO = 21;
/** First working days: at least this long before `today` (before any demo shift), spread over about seven years. */
const FIRST_DAY_MIN_DAYS_AGO = 180;
const FIRST_DAY_SPREAD_DAYS = 2400;

export type DemoStaffFactsInput = {
  today: LocalDate;
  /** Opening hours of the demo locations, minutes. */
  opening: { start: number; end: number };
  staff: readonly { row: StaffRow; careType: CareType }[];
  groups: readonly GroupRow[];
  placements: readonly PlacementRow[];
  shifts: readonly ShiftRow[];
};

/** The staff rows with their first working day, PRK registration and certificate's last valid day. */
export function demoStaffFacts(input: DemoStaffFactsInput): StaffRow[] {
  const { today } = input;
  const validUntil = new Map<string, LocalDate | null>();
  const locationIds = [...new Set(input.staff.map((s) => s.row.locationId))];
  for (const locationId of locationIds) {
    const own = input.staff.filter((s) => s.row.locationId === locationId);
    const professionals = own.filter((s) => s.row.counts === 'full');
    professionals.forEach((s, i) => validUntil.set(s.row.id, addMonths(today, 5 + ((i * 7) % 19))));
    const expired = professionals.find((s) => leavesGap(input, locationId, validUntil, s.row.id)) ?? professionals[0];
    if (expired) validUntil.set(expired.row.id, addDays(today, -EXPIRED_DAYS_AGO));
    const expiring =
      professionals.find((s) => s !== expired && s.careType !== expired?.careType) ?? professionals.find((s) => s !== expired);
    if (expiring) validUntil.set(expiring.row.id, addDays(today, EXPIRING_IN_DAYS));
  }
  return input.staff.map((s, i) => {
    const activeFrom = addDays(today, -(FIRST_DAY_MIN_DAYS_AGO + ((i * 379) % FIRST_DAY_SPREAD_DAYS)));
    return {
      ...s.row,
      activeFrom,
      prkRegisteredOn: addDays(activeFrom, -(7 + ((i * 5) % 22))),
      ehboValidUntil: validUntil.get(s.row.id) ?? null,
    };
  });
}

/** Whether a centre of the location (KDV, BSO) has a gap today when `staffId` holds no valid certificate. */
function leavesGap(
  input: DemoStaffFactsInput,
  locationId: string,
  validUntil: ReadonlyMap<string, LocalDate | null>,
  staffId: string,
): boolean {
  const groups = input.groups.filter((g) => g.locationId === locationId);
  const groupIds = new Set(groups.map((g) => g.id));
  const shifts = input.shifts.filter((s) => s.date === input.today && groupIds.has(s.groupId));
  if (!shifts.some((s) => s.staffId === staffId)) return false;
  const certificates = new Map(validUntil);
  certificates.set(staffId, null);
  const children = plannedPresenceOn(
    input.placements.filter((p) => groupIds.has(p.groupId)),
    input.today,
  );
  const coverage = firstAidCoverage({ date: input.today, opening: input.opening, groups, children, shifts, certificates });
  return coverage.some((c) => c.slots.length > 0);
}
