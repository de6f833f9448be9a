/**
 * A group's day (issue 5, the day view): the children expected with their contracted times and
 * their check-in/out, the staff on shift, and the group's ratio unit as planned and as it
 * happened. The rules are shared: planned presence (`plannedPresenceOn`), actual presence
 * (`actualPresenceOn`, through the ratio service's `evaluateRows`), the child's state and the
 * late check-out (`dayState`).
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type { DayViewChild, GroupDayView, PlanWarning, RatioUnitDay } from '../../../shared/contract/views';
import { closureOn } from '../../../shared/domain/calendar/calendar';
import { plannedEndOf } from '../../../shared/domain/latePickup/plannedEnd';
import { childDayState, lateCheckOut } from '../../../shared/domain/plan/dayState';
import { planMessages, type PlanRule } from '../../../shared/domain/plan/planMessages';
import { plannedPresenceOn } from '../../../shared/domain/plan/plannedPresence';
import { onDuty } from '../../../shared/domain/roster/absence';
import { ageInYears, localMinutesAt } from '../../../shared/domain/time/localDate';
import { textOf, type Params } from '../../../shared/i18n/messages';
import type { AttendanceRow, ChildRow } from '../../../shared/model/rows';
import { todayOf, type CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { loadAttendance, loadLocationChildren, openUntilOn } from '../store/repositories/attendanceRepository';
import { loadRatioRows } from '../store/repositories/ratioRepository';
import { loadHealthBanners } from '../store/repositories/childMasterDataRepository';
import { organisationSettings } from '../store/repositories/settingsRepository';
import { fullName, groupOption } from './childrenService';
import { buildRatioDay, evaluateRows } from './ratioService';

function warning(rule: PlanRule, params: Params = {}): PlanWarning {
  return { rule, message: textOf(planMessages, rule, params), params };
}

export function dayViewService(ctx: CoreContext): HandlersOf<'dayView.group'> {
  return {
    'dayView.group': async ({ locationId, groupId, date }) => {
      const rows = loadRatioRows(ctx.db, locationId, date, date);
      const location = rows.location;
      if (!location) return apiError('not_found', 'Deze locatie bestaat niet.');
      const group = groupId === undefined ? rows.groups[0] : rows.groups.find((g) => g.id === groupId);
      if (!group) return apiError('not_found', 'Deze groep bestaat niet op deze locatie.', { rule: 'attendance.unknown_group' });
      const settings = organisationSettings(ctx.db);
      const today = todayOf(ctx);
      const now = date === today ? localMinutesAt(ctx.clock()) : null;
      const closure = closureOn(date, settings.calendar);
      const attendance = loadAttendance(ctx.db, locationId, date, date).filter((a) => !a.voided);
      const { children: allChildren } = loadLocationChildren(ctx.db, locationId);
      const childById = new Map<string, ChildRow>(allChildren.map((c) => [c.id, c]));
      const groupName = new Map(rows.groups.map((g) => [g.id, g.name]));
      const banners = loadHealthBanners(ctx.db, locationId);

      const plan = closure ? [] : plannedPresenceOn(rows.placements, date, rows.requests);
      const ids = new Set<string>();
      for (const s of plan) if (s.groupId === group.id) ids.add(s.childId);
      for (const a of attendance) if (a.groupId === group.id) ids.add(a.childId);

      const registered = new Set(
        (
          ctx.db
            .prepare("SELECT child_id AS childId FROM latePickups WHERE location_id = ? AND date = ? AND status <> 'withdrawn'")
            .all(locationId, date) as {
            childId: string;
          }[]
        ).map((r) => r.childId),
      );
      const grace = settings.latePickup.graceMinutes;
      const clock = { today, time: now ?? 0 };

      const children: DayViewChild[] = [];
      for (const childId of ids) {
        const child = childById.get(childId);
        if (!child) continue;
        const ownPlan = plan.filter((s) => s.childId === childId);
        const planned = ownPlan.filter((s) => s.groupId === group.id).map((s) => ({ start: s.start, end: s.end }));
        const stays = attendance.filter((a) => a.childId === childId && a.groupId === group.id).map(stayView);
        const warnings: PlanWarning[] = [];
        if (stays.length > 0 && ownPlan.length === 0) warnings.push(warning('attendance.unplanned'));
        else if (stays.length > 0 && planned.length === 0) {
          warnings.push(warning('attendance.other_group', { group: groupName.get(ownPlan[0]?.groupId ?? '') ?? '' }));
        }
        const end = plannedEndOf(rows.placements, childId, date, rows.requests);
        const late = lateCheckOut(stays, end?.end ?? null, grace);
        children.push({
          childId,
          name: fullName(child),
          dateOfBirth: child.dateOfBirth,
          age: ageInYears(child.dateOfBirth, date),
          planned,
          stays,
          state: childDayState(planned, stays, date, clock),
          warnings,
          latePickup: late ? { ...late, registered: registered.has(childId) } : null,
          pickupDue: end ? { contractedEnd: end.end, graceMinutes: grace, registered: registered.has(childId) } : null,
          health: banners.get(childId) ?? null,
        });
      }
      children.sort(
        (a, b) =>
          (a.planned[0]?.start ?? a.stays[0]?.checkIn ?? 0) - (b.planned[0]?.start ?? b.stays[0]?.checkIn ?? 0) ||
          a.name.localeCompare(b.name, 'nl'),
      );

      const listed = new Set(children.map((c) => c.childId));
      const others = rows.placements
        .filter((p) => !listed.has(p.childId) && p.startDate <= date && (p.endDate === null || p.endDate >= date))
        .map((p) => ({ childId: p.childId, name: fullName(p.child), groupName: groupName.get(p.groupId) ?? '' }))
        .filter((o, i, list) => list.findIndex((x) => x.childId === o.childId) === i)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

      const unitOf = (units: readonly RatioUnitDay[]): RatioUnitDay | null =>
        units.find((u) => u.groups.some((g) => g.groupId === group.id)) ?? null;
      const planned = buildRatioDay(rows, evaluateRows(rows, date, settings));
      const actual =
        date > today
          ? null
          : buildRatioDay(rows, evaluateRows(rows, date, settings, { attendance, openUntil: openUntilOn(ctx, date, location.closesAt) }));
      const view: GroupDayView = {
        locationId,
        locationName: location.name,
        date,
        today,
        now,
        opensAt: location.opensAt,
        closesAt: location.closesAt,
        closed: planned.closed,
        group: groupOption(group),
        groups: rows.groups.map(groupOption),
        children,
        others,
        staff: onDuty(rows.shifts, rows.absences)
          .filter((s) => s.groupId === group.id && s.date === date)
          .map((s) => ({
            shiftId: s.id,
            staffId: s.staffId,
            name: `${s.staff.firstName} ${s.staff.lastName}`,
            groupId: s.groupId,
            counts: s.staff.counts,
            start: s.start,
            end: s.end,
            breaks: s.breaks.map((b) => ({ start: b.start, end: b.end })),
          })),
        ratio: { planned: unitOf(planned.units), actual: actual ? unitOf(actual.units) : null },
        counts: {
          expected: children.filter((c) => c.state === 'expected').length,
          present: children.filter((c) => c.state === 'present').length,
          left: children.filter((c) => c.state === 'left').length,
          absent: children.filter((c) => c.state === 'absent').length,
        },
      };
      return apiOk(view);
    },
  };
}

function stayView(a: AttendanceRow): DayViewChild['stays'][number] {
  return { attendanceId: a.id, groupId: a.groupId, checkIn: a.checkIn, checkOut: a.checkOut, corrected: a.history.length > 0 };
}
