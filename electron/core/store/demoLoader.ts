/**
 * Fills an empty store with the demo organisation of shared/demo, in one transaction. Demo rows
 * are seed data, not changes: they get no outbox rows and are never pushed to a hub.
 */
import { isOpenDay } from '../../../shared/domain/calendar/calendar';
import { defaultOrganisationSettings } from '../../../shared/domain/settings';
import { demoTableRows, generateDemo } from '../../../shared/demo/generateDemo';
import { tableNames } from '../../../shared/model/tables';
import type { Db } from './database';
import { writeMeta } from './repositories/metaRepository';
import type { TableStore } from './tableStore';

export function loadDemo(db: Db, store: TableStore, today: string): void {
  const calendar = defaultOrganisationSettings().calendar;
  const demo = generateDemo({ today, isOpenDay: (date) => isOpenDay(date, calendar) });
  const rows = demoTableRows(demo);
  db.transaction(() => {
    for (const table of tableNames) {
      for (const row of rows[table]) store.put(table, row);
    }
    writeMeta(db, 'dataset', 'demo');
    writeMeta(db, 'demoCreatedFor', today);
  })();
}
