/**
 * The settings screen's read: the location, its groups with their contract counts, and the
 * organisation's rules, editable only on a desk that is not enrolled with a hub.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type { GroupSettings } from '../../../shared/contract/settingsViews';
import { organisationRulesOf } from '../../../shared/domain/masterData/organisationRules';
import { todayOf, type CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { organisationSettings } from '../store/repositories/settingsRepository';
import { readEnrolment } from '../sync/syncRepository';

export function settingsService(ctx: CoreContext): HandlersOf<'settings.view'> {
  return {
    'settings.view': async ({ locationId }) => {
      const location = ctx.store.get('locations', locationId);
      const organisation = location && ctx.store.get('organisations', location.organisationId);
      if (!location || !organisation) return apiError('not_found', 'Deze locatie bestaat niet (meer).', { rule: 'location.unknown' });
      const today = todayOf(ctx);
      const placements = ctx.store.find('placements', { locationId });
      const groups: GroupSettings[] = ctx.store
        .find('groups', { locationId })
        .map((group) => {
          const own = placements.filter((p) => p.groupId === group.id);
          return {
            ...group,
            contractCount: own.length,
            currentContractCount: own.filter((p) => p.endDate === null || p.endDate >= today).length,
          };
        })
        .sort((a, b) => Number(a.closedFrom !== null) - Number(b.closedFrom !== null) || a.name.localeCompare(b.name, 'nl'));
      return apiOk({
        location,
        groups,
        organisation: {
          id: organisation.id,
          name: organisation.name,
          rules: organisationRulesOf(organisationSettings(ctx.db)),
          editable: readEnrolment(ctx.db) === null,
        },
      });
    },
  };
}
