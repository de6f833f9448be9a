/**
 * Late pickups (te laat ophalen) read from the store and put through the shared rules: the
 * registration form, the month list and the list per child (every registration recounted over its
 * child's year with `recountYear`, so a withdrawn one changes the later ones), the draft letters,
 * the monthly fines export for billing (CSV and Excel) and the chart per month and group.
 *
 * Registrations and their follow-up are written through the `latePickup.*` mutators (`mutate`).
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import { closureOn, isOpenDay } from '../../../shared/domain/calendar/calendar';
import type { CalendarSettings } from '../../../shared/domain/calendar/calendarSettings';
import type {
  ExportFile,
  LatePickupChart,
  LatePickupForm,
  LatePickupFormChild,
  LatePickupItem,
  LatePickupMonth,
  LatePickupPerson,
} from '../../../shared/contract/views';
import {
  assessRows,
  conversationOfYear,
  fineStateOf,
  isExported,
  letterPickupsUpTo,
} from '../../../shared/domain/latePickup/assessRegistrations';
import { finesExportTable, toCsv } from '../../../shared/domain/latePickup/finesExport';
import type { FineExportRecord } from '../../../shared/domain/latePickup/finesExport';
import type { LatePickupAssessment } from '../../../shared/domain/latePickup/lateFines';
import type { LatePickupSettings } from '../../../shared/domain/latePickup/latePickupSettings';
import { fineNotice, letterFor, warningLetter } from '../../../shared/domain/latePickup/letters';
import { plannedEndOf } from '../../../shared/domain/latePickup/plannedEnd';
import { latePickupRegistrationMessages } from '../../../shared/domain/latePickup/registrationMessages';
import { plannedPresenceOn } from '../../../shared/domain/plan/plannedPresence';
import { addDays, daysInMonth, yearOf } from '../../../shared/domain/time/localDate';
import { textOf } from '../../../shared/i18n/messages';
import type { ChildRow, GroupRow, LatePickupRow } from '../../../shared/model/rows';
import { todayOf, type CoreContext } from '../context';
import { XLSX_MIME, toXlsx } from '../export/xlsxWriter';
import type { HandlersOf } from '../handlers';
import { LOCAL_MANAGER } from '../session';
import {
  childRow,
  childrenOfLocation,
  groupsOfLocation,
  latePickupRow,
  latePickupsOfChildren,
  latePickupsOfLocation,
  locationRow,
  placementsRunningOn,
} from '../store/repositories/latePickupRepository';
import { approvedRequestsTouching } from '../store/repositories/requestRepository';
import { organisationSettings } from '../store/repositories/settingsRepository';

type Methods =
  'latePickups.form' | 'latePickups.month' | 'latePickups.child' | 'latePickups.letter' | 'latePickups.export' | 'latePickups.chart';

const CSV_MIME = 'text/csv;charset=utf-8';

const yearRange = (year: number): [string, string] => [`${year}-01-01`, `${year}-12-31`];

function monthRange(month: string): [string, string] {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return [`${month}-01`, `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}`];
}

/** The last open day before `date`, looking back two weeks at most. */
function openDayBefore(date: string, calendar: CalendarSettings): string | null {
  for (let back = 1; back <= 14; back++) {
    const day = addDays(date, -back);
    if (isOpenDay(day, calendar)) return day;
  }
  return null;
}

const fullName = (c: Pick<ChildRow, 'firstName' | 'lastName'>) => `${c.firstName} ${c.lastName}`;
const person = (p: { userId: string; name: string }): LatePickupPerson => ({ userId: p.userId, name: p.name });

/** What the screens show of a registration, from its row, its assessment and its child's year. */
function itemOf(
  row: LatePickupRow,
  a: LatePickupAssessment,
  yearRows: readonly LatePickupRow[],
  names: { child: ReadonlyMap<string, ChildRow>; group: ReadonlyMap<string, GroupRow> },
  settings: LatePickupSettings,
): LatePickupItem {
  const child = names.child.get(row.childId);
  const talk = conversationOfYear(yearRows, row.childId, yearOf(row.date));
  return {
    id: row.id,
    childId: row.childId,
    childName: child ? fullName(child) : row.childId,
    familyId: child?.familyId ?? row.childId,
    groupId: row.groupId,
    groupName: names.group.get(row.groupId)?.name ?? '',
    date: row.date,
    contractedEnd: row.contractedEnd,
    endFromPlan: row.endFromPlan,
    pickupTime: row.pickupTime,
    closingTime: row.closingTime,
    minutesLate: a.minutesLate,
    pickedUpBy: row.pickedUpBy,
    note: row.note,
    registeredBy: person(row.registeredBy),
    registeredAt: row.registeredAt,
    status: row.status,
    disputeNote: row.disputeNote,
    evidenceNote: row.evidenceNote,
    count: a.count,
    stage: a.stage,
    structuralCase: a.structuralCase,
    structural: a.count >= settings.structuralAtCount,
    conversation: talk
      ? {
          outcome: talk.conversation.outcome,
          heldOn: talk.conversation.heldOn,
          by: person(talk.conversation.by),
          at: talk.conversation.at,
          registrationId: talk.row.id,
        }
      : null,
    fineCents: a.fineCents,
    lines: a.lines.map((l) => ({ rule: l.rule, params: l.params, message: l.message, cents: l.cents })),
    fine: {
      state: fineStateOf(row, a),
      confirmedCents: row.fineConfirmation?.cents ?? null,
      confirmedBy: row.fineConfirmation ? person(row.fineConfirmation.by) : null,
      confirmedAt: row.fineConfirmation?.at ?? null,
    },
    letter: a.count > 0 ? letterFor(a) : null,
    history: row.history.map((h) => ({ action: h.action, note: h.note, by: person(h.by), at: h.at })),
  };
}

export function latePickupService(ctx: CoreContext): HandlersOf<Methods> {
  const settings = () => organisationSettings(ctx.db).latePickup;

  /** The location's registrations dated in [from, to], assessed over their children's years. */
  function assessedAt(locationId: string, from: string, to: string) {
    const rows = latePickupsOfLocation(ctx.db, locationId, from, to);
    const years = [...new Set(rows.map((r) => yearOf(r.date)))];
    const childIds = [...new Set(rows.map((r) => r.childId))];
    const yearRows = years.flatMap((y) => latePickupsOfChildren(ctx.db, childIds, ...yearRange(y)));
    const s = settings();
    return { rows, yearRows, assessments: assessRows(yearRows, s), settings: s };
  }

  function namesOf(locationId: string) {
    return {
      child: new Map(childrenOfLocation(ctx.db, locationId).map((c) => [c.id, c])),
      group: new Map(groupsOfLocation(ctx.db, locationId).map((g) => [g.id, g])),
    };
  }

  function assessmentOf(assessments: ReadonlyMap<string, LatePickupAssessment>, id: string): LatePickupAssessment {
    const a = assessments.get(id);
    if (!a) throw new Error(`late pickup ${id} lost in the recount`);
    return a;
  }

  return {
    'latePickups.form': async ({ locationId, date, groupId }) => {
      const location = locationRow(ctx.db, locationId);
      if (!location) return apiError('not_found', 'Deze locatie bestaat niet.');
      const organisation = organisationSettings(ctx.db);
      const s = organisation.latePickup;
      const closed = closureOn(date, organisation.calendar);
      const groups = groupsOfLocation(ctx.db, locationId);
      const groupName = new Map(groups.map((g) => [g.id, g.name]));
      const form: LatePickupForm = {
        locationId,
        date,
        closed,
        openDayBefore: closed ? openDayBefore(date, organisation.calendar) : null,
        closesAt: location.closesAt,
        settings: s,
        groupId: groupId ?? null,
        groups: groups.map((g) => ({ groupId: g.id, name: g.name, careType: g.careType })),
        children: [],
      };
      if (!groupId) return apiOk(form);
      if (!groupName.has(groupId)) return apiError('not_found', 'Deze groep bestaat niet op deze locatie.');

      const placements = placementsRunningOn(ctx.db, locationId, date);
      // The plan of the day: contracts changed by approved requests (an extension moves the end).
      const requests = closed ? [] : approvedRequestsTouching(ctx.db, locationId, date, date);
      const stays = plannedPresenceOn(placements, date, requests);
      const children = new Map(childrenOfLocation(ctx.db, locationId).map((c) => [c.id, c]));
      // The group's children: placed in it, or planned in it today (a swap or extra day in this group).
      const inGroup = new Set([
        ...placements.filter((p) => p.groupId === groupId).map((p) => p.childId),
        ...stays.filter((st) => st.groupId === groupId).map((st) => st.childId),
      ]);
      const families = new Set([...inGroup].map((id) => children.get(id)?.familyId));
      const shown = placements.filter((p) => inGroup.has(p.childId) || families.has(children.get(p.childId)?.familyId));
      const shownIds = [...new Set(shown.map((p) => p.childId))];

      const yearRows = latePickupsOfChildren(ctx.db, shownIds, `${date.slice(0, 4)}-01-01`, date);
      const assessments = assessRows(yearRows, s);
      const entries: LatePickupFormChild[] = shownIds.flatMap((id) => {
        const child = children.get(id);
        const placement = shown.find((p) => p.childId === id);
        if (!child || !placement) return [];
        const plan = plannedEndOf(shown, id, date, requests);
        const group = plan?.groupId ?? placement.groupId;
        return [
          {
            childId: id,
            name: fullName(child),
            firstName: child.firstName,
            familyId: child.familyId,
            groupId: group,
            groupName: groupName.get(group) ?? '',
            contractedEnd: plan?.end ?? null,
            inGroup: inGroup.has(id),
            siblingIds: shownIds.filter((other) => other !== id && children.get(other)?.familyId === child.familyId),
            registered: yearRows.some((r) => r.childId === id && r.date === date && r.status !== 'withdrawn'),
            countThisYear: yearRows.filter((r) => r.childId === id && (assessments.get(r.id)?.count ?? 0) > 0).length,
          },
        ];
      });
      // the group's children planned that day, then those without a contract day, then siblings in other groups
      const planned = (c: LatePickupFormChild) => Number(c.contractedEnd !== null);
      form.children = entries.sort(
        (a, b) => Number(b.inGroup) - Number(a.inGroup) || planned(b) - planned(a) || a.name.localeCompare(b.name, 'nl'),
      );
      return apiOk(form);
    },

    'latePickups.month': async ({ locationId, month }) => {
      const location = locationRow(ctx.db, locationId);
      if (!location) return apiError('not_found', 'Deze locatie bestaat niet.');
      const { rows, yearRows, assessments, settings: s } = assessedAt(locationId, ...monthRange(month));
      const names = namesOf(locationId);
      const items = rows.map((r) => itemOf(r, assessmentOf(assessments, r.id), yearRows, names, s));
      const open = (i: LatePickupItem) => i.fine.state === 'to_confirm' || i.fine.state === 'changed';
      const view: LatePickupMonth = {
        locationId,
        locationName: location.name,
        month,
        structuralAtCount: s.structuralAtCount,
        items,
        summary: {
          registrations: items.filter((i) => i.status !== 'withdrawn').length,
          disputed: items.filter((i) => i.status === 'disputed').length,
          toConfirm: items.filter(open).length,
          toConfirmCents: items.filter(open).reduce((sum, i) => sum + i.fineCents, 0),
          confirmed: items.filter((i) => i.fine.state === 'confirmed').length,
          confirmedCents: items.filter((i) => i.fine.state === 'confirmed').reduce((sum, i) => sum + i.fineCents, 0),
          openStructural: items.filter((i) => i.structuralCase && !i.conversation).length,
        },
      };
      return apiOk(view);
    },

    'latePickups.child': async ({ childId, year }) => {
      const child = childRow(ctx.db, childId);
      if (!child) return apiError('not_found', 'Dit kind bestaat niet.');
      const s = settings();
      const yearRows = latePickupsOfChildren(ctx.db, [childId], ...yearRange(year));
      const assessments = assessRows(yearRows, s);
      const names = namesOf(child.locationId);
      const items = yearRows.map((r) => itemOf(r, assessmentOf(assessments, r.id), yearRows, names, s));
      return apiOk({
        childId,
        name: fullName(child),
        locationId: child.locationId,
        year,
        structuralAtCount: s.structuralAtCount,
        items,
        counted: items.filter((i) => i.count > 0).length,
        fineCents: items.reduce((sum, i) => sum + i.fineCents, 0),
      });
    },

    'latePickups.letter': async ({ id }) => {
      const row = latePickupRow(ctx.db, id);
      if (!row)
        return apiError('not_found', textOf(latePickupRegistrationMessages, 'late_pickup.unknown'), { rule: 'late_pickup.unknown' });
      const child = childRow(ctx.db, row.childId);
      const location = locationRow(ctx.db, row.locationId);
      if (!child || !location) return apiError('not_found', 'Dit kind bestaat niet (meer).');
      const s = settings();
      const yearRows = latePickupsOfChildren(ctx.db, [row.childId], ...yearRange(yearOf(row.date)));
      const assessments = assessRows(yearRows, s);
      const a = assessmentOf(assessments, row.id);
      const kind = a.count > 0 ? letterFor(a) : null;
      if (!kind) {
        return apiError('rule_violated', textOf(latePickupRegistrationMessages, 'late_pickup.no_letter'), {
          rule: 'late_pickup.no_letter',
        });
      }
      const common = {
        childName: child.firstName,
        salutation: `Beste ouder(s)/verzorger(s) van ${child.firstName}`,
        locationName: location.name,
        senderName: (ctx.session.actor() ?? LOCAL_MANAGER).name,
        letterDate: todayOf(ctx),
        settings: s,
      };
      const pickup = { date: row.date, contractedEnd: row.contractedEnd, pickupTime: row.pickupTime, minutesLate: a.minutesLate };
      const text =
        kind === 'warning'
          ? warningLetter({ ...common, pickups: letterPickupsUpTo(yearRows, assessments, row.id) })
          : fineNotice({ ...common, pickup, assessment: a });
      return apiOk({ registrationId: row.id, kind, childName: fullName(child), text });
    },

    'latePickups.export': async ({ locationId, month, format }) => {
      const location = locationRow(ctx.db, locationId);
      if (!location) return apiError('not_found', 'Deze locatie bestaat niet.');
      const { rows, assessments } = assessedAt(locationId, ...monthRange(month));
      const names = namesOf(locationId);
      const records: FineExportRecord[] = rows.flatMap((row) => {
        const a = assessmentOf(assessments, row.id);
        if (!isExported(row, a) || !row.fineConfirmation) return [];
        const child = names.child.get(row.childId);
        return [
          {
            registrationId: row.id,
            date: row.date,
            childId: row.childId,
            childName: child ? fullName(child) : row.childId,
            groupName: names.group.get(row.groupId)?.name ?? '',
            contractedEnd: row.contractedEnd,
            pickupTime: row.pickupTime,
            minutesLate: a.minutesLate,
            count: a.count,
            cents: a.fineCents,
            lines: a.lines,
            confirmedBy: row.fineConfirmation.by.name,
            confirmedAt: row.fineConfirmation.at,
          },
        ];
      });
      const table = finesExportTable(records);
      const base = `te-laat-ophalen-boetes-${location.code.toLowerCase()}-${month}`;
      const bytes = format === 'csv' ? Buffer.from(toCsv(table), 'utf8') : toXlsx(table, `Boetes ${month}`);
      const file: ExportFile = {
        filename: `${base}.${format}`,
        mimeType: format === 'csv' ? CSV_MIME : XLSX_MIME,
        base64: bytes.toString('base64'),
        rowCount: records.length,
        totalCents: records.reduce((sum, r) => sum + r.cents, 0),
      };
      return apiOk(file);
    },

    'latePickups.chart': async ({ locationId, year }) => {
      const location = locationRow(ctx.db, locationId);
      if (!location) return apiError('not_found', 'Deze locatie bestaat niet.');
      const { rows, assessments } = assessedAt(locationId, ...yearRange(year));
      const groups = groupsOfLocation(ctx.db, locationId);
      const months = Array.from({ length: 12 }, (_, i) => {
        const month = `${year}-${String(i + 1).padStart(2, '0')}`;
        const byGroup: Record<string, number> = Object.fromEntries(groups.map((g) => [g.id, 0]));
        let total = 0;
        for (const row of rows) {
          if (!row.date.startsWith(month) || (assessments.get(row.id)?.count ?? 0) === 0) continue;
          byGroup[row.groupId] = (byGroup[row.groupId] ?? 0) + 1;
          total += 1;
        }
        return { month, total, byGroup };
      });
      const chart: LatePickupChart = { locationId, year, groups: groups.map((g) => ({ groupId: g.id, name: g.name })), months };
      return apiOk(chart);
    },
  };
}
