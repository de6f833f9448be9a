/**
 * The week roster of a location: per group and day, the children expected (with contract
 * times) and the staff on shift, read from the store.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type { RosterDay, RosterGroup, RosterWeek } from '../../../shared/contract/views';
import { closureOn } from '../../../shared/domain/calendar/calendar';
import { plannedPresenceOn, type PlannedStay } from '../../../shared/domain/plan/plannedPresence';
import { addDays, ageInYears, weekDates, weekStart } from '../../../shared/domain/time/localDate';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { loadWeekRows, type WeekRows } from '../store/repositories/rosterRepository';
import { organisationSettings } from '../store/repositories/settingsRepository';

export function rosterService(ctx: CoreContext): HandlersOf<'roster.week'> {
  return {
    'roster.week': async ({ locationId, weekStart: requested }) => {
      const monday = weekStart(requested);
      const rows = loadWeekRows(ctx.db, locationId, monday, addDays(monday, 6));
      if (!rows.location) return apiError('not_found', 'Deze locatie bestaat niet.');
      return apiOk(buildRosterWeek(rows, monday, organisationSettings(ctx.db).calendar));
    },
  };
}

export function buildRosterWeek(rows: WeekRows, monday: string, calendar: Parameters<typeof closureOn>[1]): RosterWeek {
  const dates = weekDates(monday, 5);
  const groups: RosterGroup[] = rows.groups.map((group) => ({
    groupId: group.id,
    name: group.name,
    careType: group.careType,
    capacity: group.capacity,
    ageMinMonths: group.ageMinMonths,
    ageMaxMonths: group.ageMaxMonths,
    days: dates.map((date): RosterDay => {
      const closure = closureOn(date, calendar);
      if (closure) return { date, closed: { reason: closure.reason, name: closure.name, key: closure.key }, children: [], shifts: [] };
      return {
        date,
        closed: null,
        // The plan (contracts, approved requests, registered absences): a child's first stay of the day.
        children: firstStays(plannedPresenceOn(rows.placements, date, rows.requests))
          .filter((stay) => stay.groupId === group.id)
          .flatMap((stay) => {
            const p = rows.placements.find((x) => x.id === stay.placementId) ?? rows.placements.find((x) => x.childId === stay.childId);
            if (!p) return [];
            return [
              {
                childId: stay.childId,
                name: `${p.child.firstName} ${p.child.lastName}`,
                dateOfBirth: p.child.dateOfBirth,
                age: ageInYears(p.child.dateOfBirth, date),
                start: stay.start,
                end: stay.end,
                kind: p.kind,
              },
            ];
          })
          .sort((a, b) => a.start - b.start || a.name.localeCompare(b.name, 'nl')),
        shifts: rows.shifts
          .filter((s) => s.groupId === group.id && s.date === date)
          .map((s) => ({
            shiftId: s.id,
            staffId: s.staffId,
            name: `${s.staff.firstName} ${s.staff.lastName}`,
            counts: s.staff.counts,
            start: s.start,
            end: s.end,
            breaks: s.breaks,
            absence: rows.absences.find((a) => a.staffId === s.staffId && a.date === date)?.kind ?? null,
          })),
      };
    }),
  }));
  return {
    locationId: rows.location?.id ?? '',
    locationName: rows.location?.name ?? '',
    weekStart: monday,
    dates,
    groups,
  };
}

/** Each child's earliest stay of the day (a BSO child's before-school part, as the roster lists one line per child). */
function firstStays(stays: readonly PlannedStay[]): PlannedStay[] {
  const first = new Map<string, PlannedStay>();
  for (const stay of stays) {
    const known = first.get(stay.childId);
    if (!known || stay.start < known.start) first.set(stay.childId, stay);
  }
  return [...first.values()];
}
