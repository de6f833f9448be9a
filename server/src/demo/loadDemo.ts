/**
 * `npm run hub -- --demo`: the same demo organisation the desk loads (shared/demo, the default
 * seed, today's date in Europe/Amsterdam, the default calendar), plus demo users, into an empty
 * hub. Rows are stamped with versions like any write, so a desk enrolled afterwards pulls them.
 *
 * Demo users (password `DEMO_PASSWORD`):
 *   manager@demo.opvangdesk.nl                  manager at every location
 *   manager.<code>@demo.opvangdesk.nl           manager at one location (code: rho, obl, brd)
 *   assistent.<code>@demo.opvangdesk.nl         assistant at one location
 */
import { demoTableRows, generateDemo } from '../../../shared/demo/generateDemo';
import { isOpenDay } from '../../../shared/domain/calendar/calendar';
import { defaultOrganisationSettings } from '../../../shared/domain/settings';
import { localDateAt } from '../../../shared/domain/time/localDate';
import { tableNames, tables, type TableName } from '../../../shared/model/tables';
import type { Db } from '../db/db';
import { createLocation, createOrganisation, createUser } from '../admin/directory';
import { putRow } from '../sync/rowStore';
import { toStoredSpace } from '../sync/spaces';

export const DEMO_PASSWORD = 'opvang-demo';
export const DEMO_EMAIL_DOMAIN = 'demo.opvangdesk.nl';

export type DemoSummary = { organisationId: string; locationIds: string[]; rows: number; loaded: boolean };

/** Loads the demo when the hub has no organisation yet; otherwise reports the one it has. */
export async function loadDemoIfEmpty(
  db: Db,
  today: string = localDateAt(new Date()),
  /** Shifts for these dates instead of the demo's two weeks (the sync benchmark loads a year). */
  shiftWeeks?: { from: string; to: string },
): Promise<DemoSummary> {
  const { rows: existing } = await db.query<{ id: string }>('SELECT id FROM organisations ORDER BY created_at LIMIT 1');
  if (existing[0]) {
    const { rows: locations } = await db.query<{ id: string }>('SELECT id FROM locations WHERE organisation_id = $1 ORDER BY id', [
      existing[0].id,
    ]);
    return { organisationId: existing[0].id, locationIds: locations.map((l) => l.id), rows: 0, loaded: false };
  }

  const calendar = defaultOrganisationSettings().calendar;
  const demo = generateDemo({ today, isOpenDay: (date) => isOpenDay(date, calendar), ...(shiftWeeks ? { shiftWeeks } : {}) });
  const byTable = demoTableRows(demo);
  const organisation = demo.organisation[0];
  if (!organisation) throw new Error('the demo has no organisation');

  let count = 0;
  await db.transaction(async (tx) => {
    await createOrganisation(tx, organisation);
    count++;
    for (const location of demo.locations) {
      await createLocation(tx, location);
      count++;
    }
    for (const table of tableNames) {
      if (table === 'organisations' || table === 'locations') continue;
      const def = tables[table] as (typeof tables)[TableName];
      for (const row of byTable[table] as { id: string }[]) {
        const space = toStoredSpace(organisation.id, (def.space as (r: unknown) => string)(row));
        await putRow(tx, space, table, row.id, row);
        count++;
      }
    }
    await createUser(tx, {
      organisationId: organisation.id,
      email: `manager@${DEMO_EMAIL_DOMAIN}`,
      name: 'Demo Locatiemanager',
      password: DEMO_PASSWORD,
    });
    for (const location of demo.locations) {
      const code = location.code.toLowerCase();
      await createUser(tx, {
        organisationId: organisation.id,
        email: `manager@${DEMO_EMAIL_DOMAIN}`,
        name: 'Demo Locatiemanager',
        locationId: location.id,
        role: 'manager',
      });
      await createUser(tx, {
        organisationId: organisation.id,
        email: `manager.${code}@${DEMO_EMAIL_DOMAIN}`,
        name: `Manager ${location.name}`,
        password: DEMO_PASSWORD,
        locationId: location.id,
        role: 'manager',
      });
      await createUser(tx, {
        organisationId: organisation.id,
        email: `assistent.${code}@${DEMO_EMAIL_DOMAIN}`,
        name: `Assistent ${location.name}`,
        password: DEMO_PASSWORD,
        locationId: location.id,
        role: 'assistant',
      });
    }
  });

  return { organisationId: organisation.id, locationIds: demo.locations.map((l) => l.id).sort(), rows: count, loaded: true };
}
