import { apiError, apiOk } from '../../../shared/contract/errors';
import type { Dataset } from '../../../shared/contract/views';
import { todayOf, type CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { loadDemo } from '../store/demoLoader';
import { readMeta } from '../store/repositories/metaRepository';

export function appService(ctx: CoreContext): HandlersOf<'app.info' | 'demo.create'> {
  return {
    'app.info': async () =>
      apiOk({
        version: ctx.version,
        dataset: datasetOf(ctx),
        dataDir: ctx.dataDir,
        today: todayOf(ctx),
        transport: ctx.transport,
      }),

    'demo.create': async () => {
      if (!ctx.store.isEmpty()) {
        return apiError(
          'conflict',
          'Er staan al gegevens in Opvangdesk; de demo-organisatie wordt alleen in een lege omgeving aangemaakt.',
        );
      }
      await ctx.lock.run(async () => loadDemo(ctx.db, ctx.store, todayOf(ctx)));
      ctx.emit({
        type: 'changed',
        tables: ['organisations', 'locations', 'groups', 'children', 'placements', 'consents', 'staff', 'shifts'],
      });
      return apiOk({ created: true });
    },
  };
}

function datasetOf(ctx: CoreContext): Dataset {
  const value = readMeta(ctx.db, 'dataset');
  if (value === 'demo' || value === 'real') return value;
  return ctx.store.isEmpty() ? 'empty' : 'real';
}
