/**
 * What the request mutators read through the transaction: the location and its settings, one
 * child's rows for the rules, and the location-day for the what-if ratio check. Equality lookups
 * only (the transaction's `find`), so the hub answers them from its own rows exactly as the desk
 * does from SQLite: the hub re-checks every decision on what it has, not on what the desk saw.
 */
import { ledgerOfRow, requestOfRow } from '../domain/requests/requestRow';
import type { ChildRows } from '../domain/requests/requestDecision';
import { FitEvaluator, fitDayOf } from '../domain/requests/requestFit';
import type { RequestWithState } from '../domain/requests/request';
import { organisationSettingsSchema } from '../domain/settings';
import type { OrganisationSettings } from '../domain/settings';
import type { LocalDate } from '../domain/time/localDate';
import type { ChildRow, LocationRow } from '../model/rows';
import type { MutationTx } from './types';

export async function organisationSettingsOf(tx: MutationTx, location: LocationRow): Promise<OrganisationSettings> {
  const organisation = await tx.get('organisations', location.organisationId);
  return organisationSettingsSchema.parse(organisation?.settings ?? {});
}

/** One child's rows for the request rules. */
export async function childRowsOf(tx: MutationTx, child: ChildRow): Promise<ChildRows> {
  // One read after the other: the transaction may be one database connection.
  const placements = await tx.find('placements', { childId: child.id });
  const family = await tx.find('children', { familyId: child.familyId });
  const requests = await tx.find('requests', { childId: child.id });
  const ledger = await tx.find('hourLedger', { childId: child.id });
  const consent = await tx.get('consents', child.id);
  return {
    child,
    placements,
    family: family.filter((c) => c.locationId === child.locationId),
    requests: requests.map(requestOfRow),
    ledger: ledger.map(ledgerOfRow),
    consent,
  };
}

/** The location's approved requests that change the plan on `date` (care that day, a swap's original day, absences). */
export async function approvedTouching(tx: MutationTx, locationId: string, date: LocalDate): Promise<RequestWithState[]> {
  const onDay = await tx.find('requests', { locationId, date, status: 'approved' });
  const originals = await tx.find('requests', { locationId, originalDate: date, status: 'approved' });
  const absences = await tx.find('requests', { locationId, kind: 'absence', status: 'approved' });
  const byId = new Map([...onDay, ...originals, ...absences.filter((a) => a.date <= date && date <= a.endDate)].map((r) => [r.id, r]));
  return [...byId.values()].map(requestOfRow);
}

/** The location-day as the plan has it, ready for what-ifs. */
export async function fitEvaluatorOf(
  tx: MutationTx,
  location: LocationRow,
  date: LocalDate,
  settings: OrganisationSettings,
): Promise<FitEvaluator> {
  const locationId = location.id;
  const groups = await tx.find('groups', { locationId });
  const placements = await tx.find('placements', { locationId });
  const children = await tx.find('children', { locationId });
  const shifts = await tx.find('shifts', { locationId, date });
  const staff = await tx.find('staff', { locationId });
  const staffAbsences = await tx.find('staffAbsences', { locationId, date });
  const requests = await approvedTouching(tx, locationId, date);
  const day = fitDayOf({ date, location, groups, placements, children, shifts, staff, staffAbsences, requests, settings });
  return new FitEvaluator(day, settings.ratio);
}
