/**
 * The organisation's rules (request terms, late-pickup terms, retention periods) set by the hub's administrator
 * (spec/master-data.md "Who edits what"): the same editable set and the same checks as the
 * Instellingen screen of a desk without a hub (shared/domain/masterData/organisationRules.ts),
 * written to the organisation's synced row, so every enrolled desk shows them at its next pull.
 */
import { masterDataText } from '../../../shared/domain/masterData/messages';
import {
  checkLatePickupOrder,
  OrganisationRules,
  organisationRulesOf,
  retentionRulesOf,
  withOrganisationRules,
} from '../../../shared/domain/masterData/organisationRules';
import { organisationSettingsSchema } from '../../../shared/domain/settings';
import type { Queryable } from '../db/db';
import { getRow, putRow } from '../sync/rowStore';
import { orgSpaceOf } from '../sync/spaces';

export type RulesOutcome = { ok: true; rules: OrganisationRules } | { ok: false; message: string };

/** The organisation's editable rules as they stand, its retention periods included; null when it does not exist. */
export async function organisationRules(q: Queryable, organisationId: string): Promise<OrganisationRules | null> {
  const found = await getRow(q, [orgSpaceOf(organisationId)], 'organisations', organisationId);
  if (!found) return null;
  const settings = organisationSettingsSchema.parse(found.row.settings);
  return { ...organisationRulesOf(settings), retention: retentionRulesOf(settings) };
}

/** Replaces the editable rules (all of them, as `organisationRules` prints them); every other setting keeps its value. */
export async function setOrganisationRules(q: Queryable, organisationId: string, input: unknown): Promise<RulesOutcome> {
  const space = orgSpaceOf(organisationId);
  const found = await getRow(q, [space], 'organisations', organisationId);
  if (!found) return { ok: false, message: masterDataText('organisation.unknown', {}, 'nl') };
  const parsed = OrganisationRules.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `De regels kloppen niet${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}.` };
  }
  const order = checkLatePickupOrder(parsed.data.latePickup);
  if (!order.ok) return { ok: false, message: order.message };
  const settings = withOrganisationRules(found.row.settings, parsed.data);
  organisationSettingsSchema.parse(settings);
  await putRow(q, space, 'organisations', organisationId, { ...found.row, settings });
  return { ok: true, rules: parsed.data };
}
