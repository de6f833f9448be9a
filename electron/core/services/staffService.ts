/**
 * The Medewerkers screen's reads (spec/master-data.md "Staff member"): a location's staff with
 * their PRK and kinder-EHBO status on the desk's today, one person with the shifts rostered from
 * today on, and a day's kinder-EHBO gaps (from the same evaluation as `ratio.day`) with the
 * certificates to renew. The rules are shared/domain's; this file reads and shapes.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type { FirstAidStatus, PrkStatus, StaffListItem, StaffStatus } from '../../../shared/contract/staffViews';
import { expiringCertificates, FIRST_AID_EXPIRY_NOTICE_MONTHS } from '../../../shared/domain/staff/firstAidCoverage';
import { addMonths, type LocalDate } from '../../../shared/domain/time/localDate';
import type { StaffRow } from '../../../shared/model/rows';
import { todayOf, type CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { loadRatioRows } from '../store/repositories/ratioRepository';
import { organisationSettings } from '../store/repositories/settingsRepository';
import { loadLocationStaff, loadNames } from '../store/repositories/staffRosterRepository';
import { decodeRow } from '../store/rowCodec';
import { evaluateRows } from './ratioService';

function statusOf(s: StaffRow, today: LocalDate): StaffStatus {
  if (s.activeTo !== null && s.activeTo < today) return 'ended';
  if (s.activeFrom !== null && s.activeFrom > today) return 'upcoming';
  return 'active';
}

function prkOf(s: StaffRow, today: LocalDate): PrkStatus {
  if (s.prkRegisteredOn === null) return 'missing';
  return s.prkRegisteredOn > today ? 'future' : 'registered';
}

function firstAidOf(s: StaffRow, today: LocalDate): FirstAidStatus {
  if (s.ehboValidUntil === null) return 'none';
  if (s.ehboValidUntil < today) return 'expired';
  return s.ehboValidUntil <= addMonths(today, FIRST_AID_EXPIRY_NOTICE_MONTHS) ? 'expiring' : 'valid';
}

export function staffItem(s: StaffRow, today: LocalDate): StaffListItem {
  return {
    staffId: s.id,
    name: `${s.firstName} ${s.lastName}`,
    firstName: s.firstName,
    lastName: s.lastName,
    jobTitle: s.jobTitle,
    counts: s.counts,
    contractMinutesPerWeek: s.contractMinutesPerWeek,
    activeFrom: s.activeFrom,
    activeTo: s.activeTo,
    prkRegisteredOn: s.prkRegisteredOn,
    ehboValidUntil: s.ehboValidUntil,
    externalId: s.externalId,
    status: statusOf(s, today),
    prk: prkOf(s, today),
    firstAid: firstAidOf(s, today),
  };
}

export function staffService(ctx: CoreContext): HandlersOf<'staff.list' | 'staff.detail' | 'staff.firstAid'> {
  const locationName = (locationId: string) =>
    (ctx.db.prepare('SELECT name FROM locations WHERE id = ?').get(locationId) as { name: string } | undefined)?.name;

  return {
    'staff.list': async ({ locationId }) => {
      const name = locationName(locationId);
      if (name === undefined) return apiError('not_found', 'Deze locatie bestaat niet.');
      const today = todayOf(ctx);
      const staff = loadLocationStaff(ctx.db, locationId);
      return apiOk({
        locationId,
        locationName: name,
        today,
        staff: staff.map((s) => staffItem(s, today)).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        expiring: expiringCertificates(staff, today),
      });
    },

    'staff.detail': async ({ staffId }) => {
      const raw = ctx.db.prepare('SELECT * FROM staff WHERE id = ?').get(staffId) as Record<string, unknown> | undefined;
      if (!raw) return apiError('not_found', 'Deze medewerker bestaat niet (meer).');
      const staff = decodeRow('staff', raw);
      const today = todayOf(ctx);
      const { groups } = loadNames(ctx.db, staff.locationId);
      const shifts = (
        ctx.db.prepare('SELECT * FROM shifts WHERE staff_id = ? AND date >= ? ORDER BY date, start').all(staffId, today) as Record<
          string,
          unknown
        >[]
      ).map((r) => decodeRow('shifts', r));
      return apiOk({
        ...staffItem(staff, today),
        locationId: staff.locationId,
        today,
        upcomingShifts: shifts.map((s) => ({
          shiftId: s.id,
          date: s.date,
          groupName: groups.get(s.groupId)?.name ?? s.groupId,
          start: s.start,
          end: s.end,
        })),
      });
    },

    'staff.firstAid': async ({ locationId, date }) => {
      const rows = loadRatioRows(ctx.db, locationId, date, date);
      if (!rows.location) return apiError('not_found', 'Deze locatie bestaat niet.');
      const evaluated = evaluateRows(rows, date, organisationSettings(ctx.db));
      const staff = loadLocationStaff(ctx.db, locationId);
      return apiOk({
        locationId,
        date,
        closed: evaluated.closed !== null,
        gaps: evaluated.firstAid.filter((c) => c.slots.length > 0).map((c) => ({ careType: c.careType, slots: c.slots })),
        expiring: expiringCertificates(staff, todayOf(ctx)),
      });
    },
  };
}
