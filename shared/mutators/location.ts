/**
 * The location's settings, kept by its manager (spec/master-data.md "Location"), and the setting
 * up of a single-location organisation on a desk that is not enrolled with a hub. On a hub,
 * organisations and locations are made by its administrator (`hub:admin`): a desk's
 * `organisation.setUp` writes outside its enrolled locations and is refused there.
 */
import { z } from 'zod';
import { checkAddress, checkLocationCode, checkLrkNumber, checkOpenDays, checkOpeningHours } from '../domain/masterData/locationRules';
import { masterDataFailure, type MasterDataRule } from '../domain/masterData/messages';
import type { Params } from '../i18n/messages';
import type { LocationRow } from '../model/rows';
import { Address, Id, MinutesSchema, OrganisationRow, Weekday } from '../model/rows';
import type { MutationFailure } from './types';
import { applied, defineMutator, refuseWith } from './types';

const refuseRule = (code: MutationFailure['code'], rule: MasterDataRule, params: Params = {}): MutationFailure =>
  refuseWith(code, masterDataFailure(rule, params));

const LocationSettings = z.object({
  name: z.string().trim().min(1).max(200),
  /** Spaces are allowed as typed ("123 456 789"); stored as 9 digits. */
  lrkNumber: z.string().trim().max(20).nullable(),
  address: Address.nullable(),
  opensAt: MinutesSchema,
  closesAt: MinutesSchema,
  openDays: z.array(Weekday).max(7),
});

/** The settings checked and written the standard way (LRK number compact, postcode `3161 AB`, days ascending). */
function settingsOf(args: z.infer<typeof LocationSettings>): Omit<LocationRow, 'id' | 'organisationId' | 'code'> | MutationFailure {
  const hours = checkOpeningHours(args.opensAt, args.closesAt);
  if (!hours.ok) return refuseWith('rule_violated', hours);
  const days = checkOpenDays(args.openDays);
  if (!days.ok) return refuseWith('rule_violated', days);
  const lrk = args.lrkNumber === null ? null : checkLrkNumber(args.lrkNumber);
  if (lrk && !lrk.ok) return refuseWith('rule_violated', lrk);
  const address = args.address === null ? null : checkAddress(args.address);
  if (address && !address.ok) return refuseWith('rule_violated', address);
  return { ...args, lrkNumber: lrk?.value ?? null, address: address?.value ?? null, openDays: days.value };
}

const isFailure = (v: object): v is MutationFailure => 'ok' in v && v.ok === false;

export const LocationUpdateArgs = LocationSettings.extend({ locationId: Id }).strict();
export type LocationUpdateArgs = z.infer<typeof LocationUpdateArgs>;

/** The location's name, LRK number, address, opening hours and open days. */
export const locationUpdate = defineMutator({
  name: 'location.update',
  args: LocationUpdateArgs,
  roles: ['manager'],
  async apply(tx, args) {
    const location = await tx.get('locations', args.locationId);
    if (!location) return refuseRule('not_found', 'location.unknown');
    const { locationId, ...fields } = args;
    const settings = settingsOf(fields);
    if (isFailure(settings)) return settings;
    await tx.put('locations', { ...location, ...settings, id: locationId });
    return applied;
  },
});

export const LocationUpdateV2Args = LocationUpdateArgs.extend({ code: z.string().trim().min(1).max(8) }).strict();
export type LocationUpdateV2Args = z.infer<typeof LocationUpdateV2Args>;

/**
 * The location's settings and its code (v2: `location.update` leaves the code alone). The code is
 * what lists, keyboard entry and the import command (`--location CODE`) use, so it stays unique
 * within the organisation.
 */
export const locationUpdateV2 = defineMutator({
  name: 'location.update.v2',
  args: LocationUpdateV2Args,
  roles: ['manager'],
  async apply(tx, args) {
    const location = await tx.get('locations', args.locationId);
    if (!location) return refuseRule('not_found', 'location.unknown');
    const code = checkLocationCode(args.code);
    if (!code.ok) return refuseWith('rule_violated', code);
    const taken = (await tx.find('locations', { organisationId: location.organisationId, code: code.value })).find(
      (other) => other.id !== location.id,
    );
    if (taken) return refuseRule('rule_violated', 'location.code_taken', { code: code.value, location: taken.name });
    const { locationId, code: _code, ...fields } = args;
    const settings = settingsOf(fields);
    if (isFailure(settings)) return settings;
    await tx.put('locations', { ...location, ...settings, id: locationId, code: code.value });
    return applied;
  },
});

export const OrganisationSetUpArgs = z
  .object({
    organisation: OrganisationRow.pick({ id: true, name: true }).extend({ name: z.string().trim().min(1).max(200) }),
    location: LocationSettings.extend({ id: Id, code: z.string().trim().min(1).max(8) }),
  })
  .strict();
export type OrganisationSetUpArgs = z.infer<typeof OrganisationSetUpArgs>;

/**
 * A single-location organisation with default settings and its location, on a desk that holds no
 * organisation yet (the desk's manager edits the organisation's settings then, spec/master-data.md).
 */
export const organisationSetUp = defineMutator({
  name: 'organisation.setUp',
  args: OrganisationSetUpArgs,
  roles: ['manager'],
  async apply(tx, args) {
    if ((await tx.find('organisations', {})).length > 0) return refuseRule('conflict', 'organisation.not_empty');
    if (await tx.get('locations', args.location.id)) return refuseRule('conflict', 'location.id_taken');
    const code = checkLocationCode(args.location.code);
    if (!code.ok) return refuseWith('rule_violated', code);
    const settings = settingsOf(args.location);
    if (isFailure(settings)) return settings;
    await tx.put('organisations', { ...args.organisation, settings: {} });
    await tx.put('locations', { ...settings, id: args.location.id, organisationId: args.organisation.id, code: code.value });
    return applied;
  },
});
