/**
 * Fills an empty store with the demo organisation of shared/demo, in one transaction. Demo rows
 * are seed data, not changes: they get no outbox rows and are never pushed to a hub.
 */
import { isOpenDay } from '../../../shared/domain/calendar/calendar';
import { defaultOrganisationSettings } from '../../../shared/domain/settings';
import { addDays, weekStart } from '../../../shared/domain/time/localDate';
import { demoTableRows, generateDemo } from '../../../shared/demo/generateDemo';
import { tableNames } from '../../../shared/model/tables';
import type { Db } from './database';
import { writeMeta } from './repositories/metaRepository';
import type { TableStore } from './tableStore';

export function loadDemo(db: Db, store: TableStore, today: string): void {
  const calendar = defaultOrganisationSettings().calendar;
  // Shifts from two weeks back (the presence list and staff deployment of past days, which the
  // demo's attendance covers) to the end of next week.
  const monday = weekStart(today);
  const shiftWeeks = { from: addDays(monday, -14), to: addDays(monday, 13) };
  const demo = generateDemo({ today, isOpenDay: (date) => isOpenDay(date, calendar), shiftWeeks });
  const rows = demoTableRows(demo);
  db.transaction(() => {
    for (const table of tableNames) {
      for (const row of rows[table]) store.put(table, row);
    }
    writeMeta(db, 'dataset', 'demo');
    writeMeta(db, 'demoCreatedFor', today);
  })();
}
