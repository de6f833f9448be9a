/**
 * The week roster of a location: per group and day, the children expected (with contract
 * times) and the staff on shift, read from the store.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type { RosterDay, RosterGroup, RosterWeek } from '../../../shared/contract/views';
import { closureOn } from '../../../shared/domain/calendar/calendar';
import { contractedTimesOn } from '../../../shared/domain/plan/plannedPresence';
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
      const closed = closureOn(date, calendar);
      if (closed) return { date, closed, children: [], shifts: [] };
      return {
        date,
        closed: null,
        children: rows.placements
          .filter((p) => p.groupId === group.id)
          .flatMap((p) => {
            const times = contractedTimesOn(p, date);
            if (!times) return [];
            return [
              {
                childId: p.childId,
                name: `${p.child.firstName} ${p.child.lastName}`,
                dateOfBirth: p.child.dateOfBirth,
                age: ageInYears(p.child.dateOfBirth, date),
                start: times.start,
                end: times.end,
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
