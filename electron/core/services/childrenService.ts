/**
 * The children's plan (issue 5): a location's children with their current contract, and one
 * child with its contracts (timeline), consents and pickup persons. The rules (effective dates,
 * the end of day care at 4) are shared/domain/plan's; this file only reads and shapes.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type { ChildListItem, GroupOption, KdvEndFlagView, PlacementView } from '../../../shared/contract/views';
import { fourthBirthday, kdvEndFlag, lastKdvDay, nextEffectiveDates } from '../../../shared/domain/plan/contractRules';
import type { PlanSettings } from '../../../shared/domain/plan/planSettings';
import { ageInYears, type LocalDate } from '../../../shared/domain/time/localDate';
import type { ChildRow, GroupRow, PlacementRow } from '../../../shared/model/rows';
import { todayOf, type CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { loadChild, loadLocationChildren } from '../store/repositories/attendanceRepository';
import { healthBannerOf, loadChildContacts, loadChildHealth, loadHealthBanners } from '../store/repositories/childMasterDataRepository';
import { organisationSettings } from '../store/repositories/settingsRepository';

/** How many upcoming effective dates the detail offers for a transfer or an end. */
const EFFECTIVE_DATES_OFFERED = 8;

export const fullName = (c: Pick<ChildRow, 'firstName' | 'lastName'>): string => `${c.firstName} ${c.lastName}`;

export const groupOption = (g: GroupRow): GroupOption => ({
  groupId: g.id,
  name: g.name,
  careType: g.careType,
  ageMinMonths: g.ageMinMonths,
  ageMaxMonths: g.ageMaxMonths,
});

function statusOf(p: Pick<PlacementRow, 'startDate' | 'endDate'>, date: LocalDate): PlacementView['status'] {
  if (p.startDate > date) return 'upcoming';
  if (p.endDate !== null && p.endDate < date) return 'ended';
  return 'active';
}

function flagOf(p: PlacementRow, child: ChildRow, today: LocalDate, settings: PlanSettings): KdvEndFlagView | null {
  const flag = kdvEndFlag(p, child.dateOfBirth, today, settings);
  return flag ? { ...flag } : null;
}

/** The contract to show for a child on `date`: the running one, else the next, else the last. */
function currentPlacement(placements: readonly PlacementRow[], date: LocalDate): PlacementRow | null {
  const running = placements.find((p) => statusOf(p, date) === 'active');
  if (running) return running;
  const upcoming = placements.filter((p) => p.startDate > date).sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  return upcoming ?? placements.at(-1) ?? null;
}

export function childrenService(ctx: CoreContext): HandlersOf<'children.list' | 'children.detail'> {
  return {
    'children.list': async ({ locationId, date: requested }) => {
      const location = ctx.db.prepare('SELECT name FROM locations WHERE id = ?').get(locationId) as { name: string } | undefined;
      if (!location) return apiError('not_found', 'Deze locatie bestaat niet.');
      const today = todayOf(ctx);
      const date = requested ?? today;
      const settings = organisationSettings(ctx.db).plan;
      const { groups, children, placements } = loadLocationChildren(ctx.db, locationId);
      const banners = loadHealthBanners(ctx.db, locationId);
      const groupById = new Map(groups.map((g) => [g.id, g]));
      const placementsOf = new Map<string, PlacementRow[]>();
      for (const p of placements) placementsOf.set(p.childId, [...(placementsOf.get(p.childId) ?? []), p]);
      const items = children.map((child): ChildListItem => {
        const own = placementsOf.get(child.id) ?? [];
        const current = currentPlacement(own, date);
        const group = current ? groupById.get(current.groupId) : undefined;
        let kdvEnd: KdvEndFlagView | null = null;
        for (const p of own) kdvEnd ??= flagOf(p, child, today, settings);
        return {
          childId: child.id,
          name: fullName(child),
          firstName: child.firstName,
          lastName: child.lastName,
          dateOfBirth: child.dateOfBirth,
          age: ageInYears(child.dateOfBirth, date),
          groupId: current?.groupId ?? null,
          groupName: group?.name ?? null,
          careType: current?.careType ?? null,
          status: current ? statusOf(current, date) : 'none',
          contractEnd: current?.endDate ?? null,
          kdvEnd,
          health: banners.get(child.id) ?? null,
        };
      });
      return apiOk({ locationId, locationName: location.name, date, groups: groups.map(groupOption), children: items });
    },

    'children.detail': async ({ childId }) => {
      const rows = loadChild(ctx.db, childId);
      if (!rows) return apiError('not_found', 'Dit kind bestaat niet.');
      const { child } = rows;
      const today = todayOf(ctx);
      const settings = organisationSettings(ctx.db).plan;
      const groupById = new Map(rows.groups.map((g) => [g.id, g]));
      const contacts = loadChildContacts(ctx.db, childId);
      const location = ctx.store.get('locations', child.locationId);
      if (!location) return apiError('not_found', 'Deze locatie bestaat niet.');
      return apiOk({
        childId: child.id,
        locationId: child.locationId,
        name: fullName(child),
        firstName: child.firstName,
        lastName: child.lastName,
        dateOfBirth: child.dateOfBirth,
        age: ageInYears(child.dateOfBirth, today),
        familyId: child.familyId,
        externalId: child.externalId,
        contacts: contacts
          ? { guardians: contacts.guardians, emergencyContacts: contacts.emergencyContacts, gp: contacts.gp, school: contacts.school }
          : null,
        health: healthBannerOf(loadChildHealth(ctx.db, childId)),
        hours: { opensAt: location.opensAt, closesAt: location.closesAt },
        today,
        fourthBirthday: fourthBirthday(child.dateOfBirth),
        lastKdvDay: lastKdvDay(child.dateOfBirth),
        siblings: rows.siblings.map((s) => ({ childId: s.id, name: fullName(s) })),
        placements: rows.placements.map((p): PlacementView => ({
          placementId: p.id,
          groupId: p.groupId,
          groupName: groupById.get(p.groupId)?.name ?? p.groupId,
          careType: p.careType,
          kind: p.kind,
          startDate: p.startDate,
          endDate: p.endDate,
          days: [...p.days].sort((a, b) => a.weekday - b.weekday || a.start - b.start),
          status: statusOf(p, today),
          kdvEnd: flagOf(p, child, today, settings),
        })),
        consents: rows.consent ? { photos: rows.consent.photos, trips: rows.consent.trips, otherGroup: rows.consent.otherGroup } : null,
        pickupPersons: rows.pickupPersons.map((p) => ({
          id: p.id,
          name: p.name,
          relation: p.relation,
          phone: p.phone,
          idChecked: p.idChecked,
          idCheckedBy: p.idCheckedBy?.name ?? null,
          idCheckedAt: p.idCheckedAt,
          note: p.note,
        })),
        groups: rows.groups.map(groupOption),
        effectiveDates: nextEffectiveDates(today, settings, EFFECTIVE_DATES_OFFERED),
        effectiveDays: [...settings.effectiveDays],
      });
    },
  };
}
