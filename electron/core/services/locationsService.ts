import { apiOk } from '../../../shared/contract/errors';
import { todayOf, type CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { listLocations } from '../store/repositories/locationsRepository';

export function locationsService(ctx: CoreContext): HandlersOf<'locations.list'> {
  return {
    'locations.list': async () => apiOk(listLocations(ctx.db, todayOf(ctx))),
  };
}
