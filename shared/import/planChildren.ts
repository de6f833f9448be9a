/**
 * A row of a children sheet: a child with (optionally) one contract. A child with two contracts
 * has two rows with the same kindnummer; the first row's child fields count. A new child is
 * `child.create` (with its guardian and health notes), a new contract `placement.create.v2`; a
 * known child's edits are `child.update` / `child.setContacts` / `child.setHealth`, a known
 * contract's new days `placement.change` (on the next effective date once it has started) and a
 * new last day `placement.end`.
 */
import { sameDays } from '../domain/plan/contractChange';
import { nextEffectiveDate } from '../domain/plan/contractRules';
import { formatTime, type Minutes } from '../domain/time/timeOfDay';
import type { ChildContactsRow, ChildHealthRow } from '../model/masterDataRows';
import type { ChildRow, GroupRow, PlacementDay, PlacementRow } from '../model/rows';
import type { FIELDS } from './columns';
import type { RowPlan } from './plan';
import {
  cellOf,
  changeOf,
  checkKey,
  dateCell,
  hasColumn,
  headingOf,
  lastNameOf,
  optionalText,
  refuseRow,
  requiredText,
  sameJson,
  type FieldChange,
  type PlanContext,
  type PlannedMutation,
  type RowInput,
} from './rowInput';
import { parseCareType, parseClock, parseDayCell, parseDays } from './values';

export type ChildrenState = {
  /** Placements as they will be: the location's and those planned so far. */
  placements: PlacementRow[];
  /** Ids of the location's children a row of the file names. */
  seen: Set<string>;
  /** The child of each key (kindnummer, else name and date of birth) planned so far. */
  planned: Map<string, ChildRow>;
};

type Field = keyof (typeof FIELDS)['children'] & string;
const DAY_FIELDS: Field[] = ['day1', 'day2', 'day3', 'day4', 'day5', 'day6', 'day7'];
const SHORT_DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const same = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;

/** Days as the preview shows them: "ma di wo 07:30-18:00". */
export function showDays(days: readonly PlacementDay[]): string {
  return [...days]
    .sort((a, b) => a.weekday - b.weekday)
    .map((d) => `${SHORT_DAYS[d.weekday - 1]} ${formatTime(d.start)}-${formatTime(d.end)}`)
    .join(', ');
}

function timeCell(input: RowInput<'children'>, field: 'start' | 'end', fallback: Minutes): Minutes {
  const text = cellOf(input, field);
  if (text === '') return fallback;
  const minutes = parseClock(text);
  if (minutes === null) refuseRow('import.time', headingOf(input, field), { value: text });
  return minutes;
}

/** The contract's days: a days column with the begin and end times, or a column per day. */
function daysOf(input: RowInput<'children'>, ctx: PlanContext): PlacementDay[] {
  const start = timeCell(input, 'start', ctx.rows.location.opensAt);
  const end = timeCell(input, 'end', ctx.rows.location.closesAt);
  const text = cellOf(input, 'days');
  if (text !== '') {
    const weekdays = parseDays(text);
    if (weekdays === null) refuseRow('import.days', headingOf(input, 'days'), { value: text });
    return weekdays.map((weekday) => ({ weekday, start, end }));
  }
  const days: PlacementDay[] = [];
  DAY_FIELDS.forEach((field, i) => {
    const cell = cellOf(input, field);
    const parsed = parseDayCell(cell);
    if (parsed === null) refuseRow('import.day_cell', headingOf(input, field), { value: cell, column: headingOf(input, field) });
    if (parsed.care) days.push({ weekday: i + 1, ...(parsed.span ?? { start, end }) });
  });
  if (days.length === 0) refuseRow('import.no_days', hasColumn(input, 'days') ? headingOf(input, 'days') : '');
  return days;
}

/** The guardian, GP and school of the row, on top of what the desk has (the guardian keeps its id when it is the same person). */
function contactsOf(
  input: RowInput<'children'>,
  before: ChildContactsRow | null,
  ctx: PlanContext,
): Omit<ChildContactsRow, 'id' | 'locationId'> {
  const contacts = before
    ? { guardians: before.guardians, emergencyContacts: before.emergencyContacts, gp: before.gp, school: before.school }
    : { guardians: [], emergencyContacts: [], gp: null, school: '' };
  const name = cellOf(input, 'guardianName');
  if (hasColumn(input, 'guardianName') && name !== '') {
    const [first, ...others] = contacts.guardians;
    const kept = first && same(first.name, name) ? first : null;
    contacts.guardians = [
      {
        id: kept?.id ?? ctx.newId(),
        name,
        relation: kept?.relation ?? 'ouder',
        phone: hasColumn(input, 'guardianPhone') ? cellOf(input, 'guardianPhone') : (kept?.phone ?? ''),
        email: hasColumn(input, 'guardianEmail') ? cellOf(input, 'guardianEmail') : (kept?.email ?? ''),
        parentalAuthority: kept?.parentalAuthority ?? true,
        contractParent: kept?.contractParent ?? true,
      },
      ...(kept ? others : contacts.guardians),
    ];
  }
  if (hasColumn(input, 'school')) contacts.school = cellOf(input, 'school');
  if (hasColumn(input, 'gp')) {
    const gp = cellOf(input, 'gp');
    contacts.gp = gp === '' ? null : { name: gp, phone: contacts.gp?.phone ?? '' };
  }
  return contacts;
}

function healthOf(input: RowInput<'children'>, before: ChildHealthRow | null): Omit<ChildHealthRow, 'id' | 'locationId'> {
  const health = before
    ? { allergies: before.allergies, diet: before.diet, medication: before.medication, notes: before.notes }
    : { allergies: '', diet: '', medication: '', notes: '' };
  for (const field of ['allergies', 'diet', 'medication'] as const) if (hasColumn(input, field)) health[field] = cellOf(input, field);
  return health;
}

function groupOf(input: RowInput<'children'>, groups: readonly GroupRow[]): GroupRow {
  const name = cellOf(input, 'group');
  const group =
    groups.find((g) => g.closedFrom === null && same(g.name, name)) ??
    groups.find((g) => g.externalId !== null && same(g.externalId, name));
  if (!group) refuseRow('import.group_unknown', headingOf(input, 'group'), { group: name });
  return group;
}

/** The contract of the row against the child's contracts: new, new days, a new last day, or the same. */
function planContract(
  input: RowInput<'children'>,
  ctx: PlanContext,
  child: ChildRow,
  groups: readonly GroupRow[],
  state: ChildrenState,
): { mutations: PlannedMutation[]; changes: FieldChange[] } {
  const group = groupOf(input, groups);
  const careText = cellOf(input, 'careType');
  const careType = careText === '' ? group.careType : parseCareType(careText);
  if (careType === null) refuseRow('import.care_type', headingOf(input, 'careType'), { value: careText });
  const startDate = dateCell(input, 'startDate', true);
  const endDate = dateCell(input, 'endDate');
  const days = daysOf(input, ctx);
  const old = state.placements.find((p) => p.childId === child.id && p.groupId === group.id && p.startDate === startDate);
  if (!old) {
    const placement: PlacementRow = {
      id: ctx.newId(),
      locationId: ctx.rows.location.id,
      childId: child.id,
      groupId: group.id,
      careType,
      kind: 'fixed',
      startDate,
      endDate,
      days,
    };
    state.placements.push(placement);
    return { mutations: [{ name: 'placement.create.v2', args: { ...placement, ageExceptionReason: null } }], changes: [] };
  }
  const mutations: PlannedMutation[] = [];
  const changes: FieldChange[] = [];
  let current = old;
  if (!sameDays(old.days, days)) {
    const { today, planSettings } = ctx.rows;
    const effectiveDate = old.startDate >= today ? old.startDate : nextEffectiveDate(today, planSettings);
    const newPlacementId = ctx.newId();
    mutations.push({ name: 'placement.change', args: { placementId: old.id, newPlacementId, effectiveDate, days } });
    changes.push(...changeOf('days', showDays(old.days), `${showDays(days)} (vanaf ${effectiveDate})`));
    current = effectiveDate > old.startDate ? { ...old, id: newPlacementId, startDate: effectiveDate, days } : { ...old, days };
    state.placements.push(current);
  }
  // A last day in the file ends the contract; the import never takes an end back (the manager does).
  if (endDate !== null && endDate !== old.endDate) {
    mutations.push({ name: 'placement.end', args: { placementId: current.id, endDate } });
    changes.push(...changeOf('endDate', old.endDate, endDate));
  }
  return { mutations, changes };
}

export function planChildRow(
  input: RowInput<'children'>,
  ctx: PlanContext,
  groups: readonly GroupRow[],
  state: ChildrenState,
  seenKeys: Map<string, { row: number; content: string }>,
): Pick<RowPlan, 'outcome' | 'changes' | 'mutations'> {
  const firstName = requiredText(input, 'firstName');
  const lastName = lastNameOf(input);
  const dateOfBirth = dateCell(input, 'dateOfBirth', true);
  const externalId = optionalText(input, 'externalId');
  const key = externalId ?? `${firstName}\u0000${lastName}\u0000${dateOfBirth}`.toLowerCase();
  // One contract per row: the same child and contract start in the same group twice is a conflict.
  const contractKey = `${key}\u0000${cellOf(input, 'group').toLowerCase()}\u0000${cellOf(input, 'startDate')}`;
  checkKey(
    input,
    seenKeys,
    externalId !== null ? 'externalId' : 'lastName',
    contractKey,
    input.line.cells.map((c) => c.trim()).join('\u0000'),
    externalId ?? `${firstName} ${lastName}`,
  );
  const fields = { firstName, lastName, dateOfBirth, externalId };
  const mutations: PlannedMutation[] = [];
  const changes: FieldChange[] = [];
  let outcome: RowPlan['outcome'] = 'unchanged';
  let child = state.planned.get(key);
  if (!child) {
    const old =
      (externalId !== null ? ctx.rows.children.find((c) => c.externalId === externalId) : undefined) ??
      ctx.rows.children.find((c) => same(c.firstName, firstName) && same(c.lastName, lastName) && c.dateOfBirth === dateOfBirth);
    if (!old) {
      child = { id: ctx.newId(), locationId: ctx.rows.location.id, familyId: ctx.newId(), ...fields };
      mutations.push({
        name: 'child.create',
        args: { ...child, contacts: contactsOf(input, null, ctx), health: healthOf(input, null) },
      });
      outcome = 'created';
    } else {
      state.seen.add(old.id);
      child = { ...old, ...fields, externalId: externalId ?? old.externalId };
      const fieldChanges = (['firstName', 'lastName', 'dateOfBirth', 'externalId'] as const).flatMap((f) => changeOf(f, old[f], child![f]));
      if (fieldChanges.length > 0) {
        const { id, locationId: _l, familyId: _f, ...args } = child;
        mutations.push({ name: 'child.update', args: { childId: id, ...args } });
        changes.push(...fieldChanges);
      }
      const contactsBefore = ctx.rows.contacts.find((c) => c.id === old.id) ?? null;
      const contacts = contactsOf(input, contactsBefore, ctx);
      const {
        id: _ci,
        locationId: _cl,
        ...was
      } = contactsBefore ?? { id: '', locationId: '', guardians: [], emergencyContacts: [], gp: null, school: '' };
      if (!sameJson(was, contacts)) {
        mutations.push({ name: 'child.setContacts', args: { childId: old.id, ...contacts } });
        changes.push(...changeOf('guardianName', was.guardians[0]?.name, contacts.guardians[0]?.name));
        changes.push(...changeOf('guardianPhone', was.guardians[0]?.phone, contacts.guardians[0]?.phone));
        changes.push(...changeOf('guardianEmail', was.guardians[0]?.email, contacts.guardians[0]?.email));
        changes.push(...changeOf('school', was.school, contacts.school));
        changes.push(...changeOf('gp', was.gp?.name, contacts.gp?.name));
      }
      const healthBefore = ctx.rows.health.find((h) => h.id === old.id) ?? null;
      const health = healthOf(input, healthBefore);
      const {
        id: _hi,
        locationId: _hl,
        ...had
      } = healthBefore ?? { id: '', locationId: '', allergies: '', diet: '', medication: '', notes: '' };
      if (!sameJson(had, health)) {
        mutations.push({ name: 'child.setHealth', args: { childId: old.id, ...health } });
        for (const f of ['allergies', 'diet', 'medication'] as const) changes.push(...changeOf(f, had[f], health[f]));
      }
    }
    state.planned.set(key, child);
  }
  if (hasColumn(input, 'group') && cellOf(input, 'group') !== '') {
    const contract = planContract(input, ctx, child, groups, state);
    mutations.push(...contract.mutations);
    changes.push(...contract.changes);
  }
  if (outcome !== 'created' && mutations.length > 0) outcome = 'updated';
  return { outcome, changes, mutations };
}
