/** A row of a groups sheet: a new group (`group.create`), an edit (`group.update`) or no change. */
import type { GroupRow } from '../model/rows';
import { parseCareType } from './values';
import type { RowPlan } from './plan';
import {
  changeOf,
  checkKey,
  headingOf,
  numberCell,
  optionalText,
  refuseRow,
  requiredText,
  type PlanContext,
  type RowInput,
} from './rowInput';

const same = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;

export function planGroupRow(
  input: RowInput<'groups'>,
  ctx: PlanContext,
  groups: GroupRow[],
  seenKeys: Map<string, { row: number; content: string }>,
  content: string,
): Pick<RowPlan, 'outcome' | 'changes' | 'mutations'> {
  const name = requiredText(input, 'name');
  const externalId = optionalText(input, 'externalId');
  checkKey(input, seenKeys, externalId === null ? 'name' : 'externalId', externalId ?? name, content);
  const careText = requiredText(input, 'careType');
  const careType = parseCareType(careText);
  if (careType === null) refuseRow('import.care_type', headingOf(input, 'careType'), { value: careText });
  const whole = (field: 'ageMinMonths' | 'ageMaxMonths' | 'capacity') => {
    const n = numberCell(input, field, true) as number;
    if (!Number.isInteger(n)) refuseRow('import.number', headingOf(input, field), { value: String(n) });
    return n;
  };
  const fields = { name, careType, ageMinMonths: whole('ageMinMonths'), ageMaxMonths: whole('ageMaxMonths'), capacity: whole('capacity') };
  // Matched by the back office's code; a group typed by hand (no code yet) by its name.
  const old =
    (externalId !== null ? groups.find((g) => g.externalId !== null && same(g.externalId, externalId)) : undefined) ??
    groups.find((g) => g.closedFrom === null && same(g.name, name) && (g.externalId === null || externalId === null));
  if (!old) {
    // As `group.create` makes it: no room recorded, running on the days the location is open.
    const location = ctx.rows.location;
    const group: GroupRow = {
      id: ctx.newId(),
      locationId: location.id,
      ...fields,
      externalId,
      closedFrom: null,
      room: '',
      days: [...location.openDays],
    };
    groups.push(group);
    const { closedFrom: _closed, room: _room, days: _days, ...args } = group;
    return { outcome: 'created', changes: [], mutations: [{ name: 'group.create', args }] };
  }
  const next: GroupRow = { ...old, ...fields, externalId: externalId ?? old.externalId };
  const changes = (['name', 'careType', 'ageMinMonths', 'ageMaxMonths', 'capacity', 'externalId'] as const).flatMap((f) =>
    changeOf(f, old[f], next[f]),
  );
  groups.splice(groups.indexOf(old), 1, next);
  if (changes.length === 0) return { outcome: 'unchanged', changes, mutations: [] };
  const { id, locationId: _location, closedFrom: _closed, room: _room, days: _days, ...args } = next;
  return { outcome: 'updated', changes, mutations: [{ name: 'group.update', args: { groupId: id, ...args } }] };
}
