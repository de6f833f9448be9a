/**
 * The presence list and staff deployment of a location on a day (issue 5): what the inspectorate
 * asks for, "who was there when, which staff worked where". Children per group with their planned
 * times and registered stays (`actualPresenceOn`'s source, the attendance rows), absentees, and
 * every staff member's shifts with breaks. Today or any earlier day; registrations are kept at
 * least `attendanceRetentionWeeks` (six weeks or more), so the list is complete from
 * `retention.keptFrom`.
 *
 * Exports: PDF (pdfkit), Excel (exceljs) and CSV, made here in the core and handed to the renderer
 * as base64 with a file name and a MIME type.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type { PresenceList, PresenceListChild, StaffDeploymentRow } from '../../../shared/contract/views';
import { closureOn } from '../../../shared/domain/calendar/calendar';
import { retentionCutoff } from '../../../shared/domain/plan/attendanceRules';
import { plannedPresenceOn } from '../../../shared/domain/plan/plannedPresence';
import { onDuty } from '../../../shared/domain/roster/absence';
import { ageInYears } from '../../../shared/domain/time/localDate';
import { durationOf } from '../../../shared/domain/time/timeOfDay';
import type { ChildRow } from '../../../shared/model/rows';
import { todayOf, type CoreContext } from '../context';
import { presenceCsv, presencePdf, presenceXlsx, presenceFileName } from '../export/presenceExport';
import type { HandlersOf } from '../handlers';
import { loadAttendance, loadLocationChildren } from '../store/repositories/attendanceRepository';
import { loadRatioRows } from '../store/repositories/ratioRepository';
import { loadHealthBanners } from '../store/repositories/childMasterDataRepository';
import { organisationSettings } from '../store/repositories/settingsRepository';
import { fullName } from './childrenService';

const FUTURE = { rule: 'presence.future_date' } as const;

/** The presence list of `locationId` on `date`; null when the location does not exist. */
export function buildPresenceList(ctx: CoreContext, locationId: string, date: string): PresenceList | null {
  const rows = loadRatioRows(ctx.db, locationId, date, date);
  const location = rows.location;
  if (!location) return null;
  const settings = organisationSettings(ctx.db);
  const closure = closureOn(date, settings.calendar);
  const plan = closure ? [] : plannedPresenceOn(rows.placements, date, rows.requests);
  const attendance = loadAttendance(ctx.db, locationId, date, date).filter((a) => !a.voided);
  const childById = new Map<string, ChildRow>(loadLocationChildren(ctx.db, locationId).children.map((c) => [c.id, c]));
  // who worked: shifts of staff not absent (sick, leave) that day
  const shifts = onDuty(rows.shifts, rows.absences).filter((s) => s.date === date);
  const groupName = new Map(rows.groups.map((g) => [g.id, g.name]));
  const banners = loadHealthBanners(ctx.db, locationId);

  const groups = rows.groups.map((g) => {
    const ids = new Set<string>();
    for (const s of plan) if (s.groupId === g.id) ids.add(s.childId);
    for (const a of attendance) if (a.groupId === g.id) ids.add(a.childId);
    const children: PresenceListChild[] = [];
    for (const childId of ids) {
      const child = childById.get(childId);
      if (!child) continue;
      const planned = plan.filter((s) => s.childId === childId && s.groupId === g.id).map((s) => ({ start: s.start, end: s.end }));
      const stays = attendance
        .filter((a) => a.childId === childId && a.groupId === g.id)
        .map((a) => ({ checkIn: a.checkIn, checkOut: a.checkOut }));
      children.push({
        childId,
        name: fullName(child),
        dateOfBirth: child.dateOfBirth,
        age: ageInYears(child.dateOfBirth, date),
        planned,
        stays,
        absent: stays.length === 0,
        unplanned: planned.length === 0,
        health: banners.get(childId) ?? null,
      });
    }
    children.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return {
      groupId: g.id,
      name: g.name,
      careType: g.careType,
      children,
      staff: shifts
        .filter((s) => s.groupId === g.id)
        .map((s) => ({
          staffId: s.staffId,
          name: `${s.staff.firstName} ${s.staff.lastName}`,
          counts: s.staff.counts,
          start: s.start,
          end: s.end,
          breaks: s.breaks.map((b) => ({ start: b.start, end: b.end })),
        })),
    };
  });

  const byStaff = new Map<string, StaffDeploymentRow>();
  for (const s of shifts) {
    const row = byStaff.get(s.staffId) ?? {
      staffId: s.staffId,
      name: `${s.staff.firstName} ${s.staff.lastName}`,
      counts: s.staff.counts,
      shifts: [],
      minutes: 0,
    };
    row.shifts.push({
      groupId: s.groupId,
      groupName: groupName.get(s.groupId) ?? '',
      start: s.start,
      end: s.end,
      breaks: s.breaks.map((b) => ({ ...b })),
    });
    row.minutes += durationOf(s) - s.breaks.reduce((sum, b) => sum + durationOf(b), 0);
    byStaff.set(s.staffId, row);
  }
  const staff = [...byStaff.values()].sort(
    (a, b) => (a.shifts[0]?.start ?? 0) - (b.shifts[0]?.start ?? 0) || a.name.localeCompare(b.name, 'nl'),
  );
  const listed = groups.flatMap((g) => g.children);
  const today = todayOf(ctx);
  return {
    locationId,
    locationName: location.name,
    date,
    closed: closure ? { reason: closure.reason, name: closure.name, key: closure.key } : null,
    groups,
    staff,
    totals: {
      planned: new Set(plan.map((s) => s.childId)).size,
      present: new Set(attendance.map((a) => a.childId)).size,
      absent: listed.filter((c) => c.absent).length,
      staff: staff.length,
    },
    retention: { weeks: settings.plan.attendanceRetentionWeeks, keptFrom: retentionCutoff(today, settings.plan) },
  };
}

export function presenceService(ctx: CoreContext): HandlersOf<'presence.day' | 'presence.export'> {
  const load = (locationId: string, date: string) => {
    if (date > todayOf(ctx)) {
      return apiError(
        'rule_violated',
        'Een presentielijst is er voor vandaag of een eerdere dag, niet voor een dag die nog moet komen.',
        FUTURE,
      );
    }
    const list = buildPresenceList(ctx, locationId, date);
    return list ? apiOk(list) : apiError('not_found', 'Deze locatie bestaat niet.');
  };
  return {
    'presence.day': async ({ locationId, date }) => load(locationId, date),

    'presence.export': async ({ locationId, date, format }) => {
      const result = load(locationId, date);
      if (!result.ok) return result;
      const list = result.value;
      const generatedAt = ctx.clock().toISOString();
      const data =
        format === 'csv'
          ? presenceCsv(list)
          : format === 'xlsx'
            ? await presenceXlsx(list, generatedAt)
            : await presencePdf(list, generatedAt);
      const mimeType =
        format === 'csv'
          ? 'text/csv;charset=utf-8'
          : format === 'xlsx'
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'application/pdf';
      return apiOk({ filename: presenceFileName(list, format), mimeType, base64: data.toString('base64') });
    },
  };
}
