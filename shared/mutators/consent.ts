import { ConsentRow } from '../model/rows';
import { applied, defineMutator, refuse } from './types';

/** A child's consents (photos, trips, care in another group), as the parents gave them. */
export const consentSet = defineMutator({
  name: 'consent.set',
  args: ConsentRow,
  roles: ['manager', 'assistant'],
  async apply(tx, consent) {
    const child = await tx.get('children', consent.id);
    if (!child || child.locationId !== consent.locationId) {
      return refuse('not_found', 'consent.unknown_child', 'Dit kind bestaat niet op deze locatie.');
    }
    await tx.put('consents', consent);
    return applied;
  },
});
