/** A row of a staff sheet: a new staff member (`staff.create`), an edit (`staff.update`, `staff.end`) or no change. */
import type { StaffRow } from '../model/rows';
import { countsOfJobTitle, parseCounts } from './values';
import type { RowPlan } from './plan';
import {
  cellOf,
  changeOf,
  checkKey,
  dateCell,
  hasColumn,
  headingOf,
  lastNameOf,
  numberCell,
  optionalText,
  refuseRow,
  requiredText,
  type PlanContext,
  type PlannedMutation,
  type RowInput,
} from './rowInput';

const MINUTES_PER_HOUR = 60;
const COMPARED = [
  'firstName',
  'lastName',
  'jobTitle',
  'counts',
  'contractMinutesPerWeek',
  'activeFrom',
  'prkRegisteredOn',
  'ehboValidUntil',
  'externalId',
] as const;

export function planStaffRow(
  input: RowInput<'staff'>,
  ctx: PlanContext,
  seenKeys: Map<string, { row: number; content: string }>,
  content: string,
): Pick<RowPlan, 'outcome' | 'changes' | 'mutations'> {
  const firstName = requiredText(input, 'firstName');
  const lastName = lastNameOf(input);
  const externalId = optionalText(input, 'externalId');
  checkKey(input, seenKeys, 'externalId', externalId, content);
  const jobTitle = cellOf(input, 'jobTitle');
  const countsText = cellOf(input, 'counts');
  const counts = countsText === '' ? countsOfJobTitle(jobTitle) : parseCounts(countsText);
  if (counts === null) refuseRow('import.counts', headingOf(input, 'counts'), { value: countsText });
  const hours = numberCell(input, 'contractHours', false);
  const fields = {
    firstName,
    lastName,
    jobTitle,
    counts,
    contractMinutesPerWeek: Math.round((hours ?? 0) * MINUTES_PER_HOUR),
    activeFrom: dateCell(input, 'activeFrom', true),
    prkRegisteredOn: dateCell(input, 'prkRegisteredOn'),
    ehboValidUntil: dateCell(input, 'ehboValidUntil'),
    externalId,
  };
  const activeTo = dateCell(input, 'activeTo');
  const staff = ctx.rows.staff;
  const same = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;
  const old =
    (externalId !== null ? staff.find((s) => s.externalId === externalId) : undefined) ??
    staff.find((s) => s.externalId === null && same(s.firstName, firstName) && same(s.lastName, lastName));
  if (!old) {
    const row: StaffRow = { id: ctx.newId(), locationId: ctx.rows.location.id, ...fields, activeTo };
    return { outcome: 'created', changes: [], mutations: [{ name: 'staff.create', args: row }] };
  }
  // The file's number is kept once matched; a row without one keeps the desk's.
  const next = { ...fields, externalId: externalId ?? old.externalId };
  const changes = COMPARED.flatMap((f) => changeOf(f, old[f], next[f]));
  const mutations: PlannedMutation[] = changes.length > 0 ? [{ name: 'staff.update', args: { staffId: old.id, ...next } }] : [];
  // A last day in the file ends the work; the import never takes an end back (the manager does).
  if (hasColumn(input, 'activeTo') && activeTo !== null && activeTo !== old.activeTo) {
    changes.push(...changeOf('activeTo', old.activeTo, activeTo));
    mutations.push({ name: 'staff.end', args: { staffId: old.id, lastDay: activeTo } });
  }
  return { outcome: mutations.length > 0 ? 'updated' : 'unchanged', changes, mutations };
}
