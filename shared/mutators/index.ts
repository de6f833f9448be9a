/** The registry: every mutator by name, the same map on the desk and the hub. */
import { consentSet } from './consent';
import type { MutatorName } from './names';
import { placementCreate } from './placement';
import { shiftAssign, shiftRemove } from './shift';
import type { Mutator } from './types';

export const mutators: { [K in MutatorName]: Mutator } = {
  'shift.assign': shiftAssign as Mutator,
  'shift.remove': shiftRemove as Mutator,
  'placement.create': placementCreate as Mutator,
  'consent.set': consentSet as Mutator,
};
