/**
 * Test support (no test framework imports): a real hub listening on 127.0.0.1 (port 0) over a
 * fresh database per suite, on each backend: PGlite in a temp folder always, and PostgreSQL in a
 * schema of its own when `DATABASE_URL` is set (test/tools/with-postgres.sh provides one).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { GroupRow, ShiftRow, StaffRow } from '../../../shared/model/rows';
import { PROTOCOL_VERSION, type PullResponse, type WireMutation } from '../../../shared/sync/protocol';
import type { HubOptions } from '../app';
import { createEnrolmentCode } from '../auth/enrolmentCodes';
import { issueSession } from '../auth/userSessions';
import { createLocation, createOrganisation, createUser } from '../admin/directory';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { createLogger } from '../logger';
import { startHub } from '../startHub';
import { putRow } from '../sync/rowStore';

export type Backend = { name: 'pglite' | 'postgres'; available: boolean; reason?: string };

/** Both backends; PostgreSQL marked unavailable (with the reason) when DATABASE_URL is not set. */
export function testBackends(): Backend[] {
  const postgres: Backend = process.env.DATABASE_URL
    ? { name: 'postgres', available: true }
    : { name: 'postgres', available: false, reason: 'DATABASE_URL is not set (run under test/tools/with-postgres.sh)' };
  if (!postgres.available) console.warn(`[hub tests] PostgreSQL variant NOT RUN: ${postgres.reason}`);
  return [{ name: 'pglite', available: true }, postgres];
}

async function openTestDb(backend: Backend): Promise<{ db: Db; dispose: () => Promise<void> }> {
  if (backend.name === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'opvangdesk-hub-'));
    const db = await openPglite(dir);
    return { db, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const schema = `hub_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openPostgres({ connectionString: url, schema, poolSize: 4 });
  return {
    db,
    dispose: async () => {
      const cleaner = new pg.Client({ connectionString: url });
      await cleaner.connect();
      await cleaner.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleaner.end();
    },
  };
}

export type HttpAnswer = { status: number; body: any; headers: Headers }; // eslint-disable-line @typescript-eslint/no-explicit-any

export type TestHub = {
  url: string;
  db: Db;
  /** The hub's clock (the injected one, or the wall clock). */
  clock: () => Date;
  /** POST (or GET without body) with JSON; `raw` sends the string as it is. */
  call(
    path: string,
    init?: { body?: unknown; raw?: string; token?: string; headers?: Record<string, string>; method?: string },
  ): Promise<HttpAnswer>;
  close(): Promise<void>;
};

export async function startTestHub(
  backend: Backend,
  options: Partial<Omit<HubOptions, 'db' | 'logger'>> & { wrapDb?: (db: Db) => Db } = {},
): Promise<TestHub> {
  const { db, dispose } = await openTestDb(backend);
  await migrate(db);
  const { wrapDb, ...hubOptions } = options;
  const hub = await startHub({
    ...hubOptions,
    db: wrapDb ? wrapDb(db) : db,
    logger: createLogger(process.env.HUB_TEST_LOG_LEVEL ?? 'silent'),
    host: '127.0.0.1',
    port: 0,
  });
  return {
    url: hub.url,
    db,
    clock: hubOptions.clock ?? (() => new Date()),
    async call(path, init = {}) {
      const hasBody = init.body !== undefined || init.raw !== undefined;
      const response = await fetch(hub.url + path, {
        method: init.method ?? (hasBody ? 'POST' : 'GET'),
        headers: {
          ...(hasBody ? { 'content-type': 'application/json' } : {}),
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...init.headers,
        },
        ...(hasBody ? { body: init.raw ?? JSON.stringify(init.body) } : {}),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body, headers: response.headers };
    },
    async close() {
      await hub.close();
      await db.close();
      await dispose();
    },
  };
}

export const PASSWORD = 'correct horse battery staple';

export type SeededLocation = {
  id: string;
  groupId: string;
  staffIds: [string, string];
  managerId: string;
  assistantId: string;
  managerEmail: string;
  assistantEmail: string;
};
export type Seeded = { organisationId: string; locations: SeededLocation[] };

/** An organisation with `count` locations, each with a group, two staff, a manager and an assistant. */
export async function seedOrganisation(db: Db, count = 2): Promise<Seeded> {
  const tag = Math.random().toString(36).slice(2, 8);
  return db.transaction(async (tx) => {
    const org = await createOrganisation(tx, { name: `Opvang ${tag}` });
    const locations: SeededLocation[] = [];
    for (let i = 0; i < count; i++) {
      const location = await createLocation(tx, { organisationId: org.id, name: `Locatie ${i + 1}`, code: `L${i + 1}` });
      const group: GroupRow = {
        id: uuidv7(),
        locationId: location.id,
        name: `Rupsjes ${i + 1}`,
        careType: 'KDV',
        ageMinMonths: 0,
        ageMaxMonths: 48,
        capacity: 12,
        externalId: null,
        closedFrom: null,
        room: '',
        days: [1, 2, 3, 4, 5],
      };
      await putRow(tx, location.id, 'groups', group.id, group);
      const staffIds: string[] = [];
      for (const firstName of ['Anna', 'Bram']) {
        const staff: StaffRow = {
          id: uuidv7(),
          locationId: location.id,
          firstName,
          lastName: `Test${i + 1}`,
          counts: 'full',
          contractMinutesPerWeek: 32 * 60,
          jobTitle: '',
          activeFrom: null,
          activeTo: null,
          prkRegisteredOn: null,
          ehboValidUntil: null,
          externalId: null,
        };
        await putRow(tx, location.id, 'staff', staff.id, staff);
        staffIds.push(staff.id);
      }
      const managerEmail = `manager.${i + 1}.${tag}@test.nl`;
      const assistantEmail = `assistent.${i + 1}.${tag}@test.nl`;
      const manager = await createUser(tx, {
        organisationId: org.id,
        email: managerEmail,
        name: `Manager ${i + 1}`,
        password: PASSWORD,
        locationId: location.id,
        role: 'manager',
      });
      const assistant = await createUser(tx, {
        organisationId: org.id,
        email: assistantEmail,
        name: `Assistent ${i + 1}`,
        password: PASSWORD,
        locationId: location.id,
        role: 'assistant',
      });
      locations.push({
        id: location.id,
        groupId: group.id,
        staffIds: staffIds as [string, string],
        managerId: manager.id,
        assistantId: assistant.id,
        managerEmail,
        assistantEmail,
      });
    }
    return { organisationId: org.id, locations };
  });
}

/** `sessions`: a session on this desk per user with a role at its locations (see enrolDesk). */
export type Desk = { deviceId: string; credential: string; locationIds: string[]; sessions: Map<string, string> };

/** A year either side: tests that are not about sessions never meet a session's limits. */
const WIDE_SESSION = { sessionHours: 2 * 365 * 24, offlineDays: 2 * 365 };

/**
 * Enrols a desk and, for tests that are not about sign-in, gives every user with a role at its
 * locations a session on it (issued a year before the hub's clock, valid for two years), as a
 * sign-in on that desk would: `mutation(..., { userId })` is pushed under it. Tests of sessions
 * sign in through /v1/auth/sign-in instead.
 */
export async function enrolDesk(hub: TestHub, organisationId: string, locationIds: string[]): Promise<Desk> {
  const { code } = await createEnrolmentCode(hub.db, { organisationId, locationIds });
  const answer = await hub.call('/v1/enrol', { body: { code, deskName: 'Testdesk' } });
  if (answer.status !== 200) throw new Error(`enrol failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  const desk = answer.body as Omit<Desk, 'sessions'>;
  const { rows } = await hub.db.query<{ user_id: string }>('SELECT DISTINCT user_id FROM user_roles WHERE location_id = ANY($1)', [
    locationIds,
  ]);
  const issuedAt = new Date(Math.min(hub.clock().getTime(), Date.now()) - 365 * 86_400_000);
  const sessions = new Map<string, string>();
  for (const { user_id } of rows) {
    const session = await issueSession(hub.db, { userId: user_id, deviceId: desk.deviceId, now: issuedAt, windows: WIDE_SESSION });
    sessions.set(user_id, session.id);
  }
  return { ...desk, sessions };
}

export function shiftOf(location: SeededLocation, patch: Partial<ShiftRow> = {}): ShiftRow {
  return {
    id: uuidv7(),
    locationId: location.id,
    staffId: location.staffIds[0],
    groupId: location.groupId,
    date: '2026-11-23',
    start: 7 * 60 + 30,
    end: 16 * 60,
    breaks: [{ start: 12 * 60, end: 12 * 60 + 30 }],
    ...patch,
  };
}

/** A mutation as a test writes it: made by `by.userId` (under their session on the desk it is pushed from), or under `by.sessionId`. */
export type TestMutation = Omit<WireMutation, 'sessionId'> & { by: { userId: string } | { sessionId: string } };

export function mutation(
  id: number,
  name: WireMutation['name'],
  args: unknown,
  by: { userId: string } | { sessionId: string },
  /** When the desk made it; default the wall clock (tests of a given day pass their clock's now). */
  createdAt: Date = new Date(),
): TestMutation {
  return { id, name, args, hlc: `${createdAt.getTime()}:0:${id}`, createdAt: createdAt.toISOString(), by };
}

/** The push request of `desk`, each mutation naming the session of its maker on that desk. */
export function pushBody(desk: Desk, mutations: readonly TestMutation[]) {
  return {
    protocolVersion: PROTOCOL_VERSION,
    deviceId: desk.deviceId,
    mutations: mutations.map(({ by, ...m }): WireMutation => ({ ...m, sessionId: sessionOn(desk, by) })),
  };
}

/** The session `by` names on `desk` (a user without a role there gets one that is not this desk's). */
export function sessionOn(desk: Desk, by: { userId: string } | { sessionId: string }): string {
  if ('sessionId' in by) return by.sessionId;
  return desk.sessions.get(by.userId) ?? 'no-session-of-this-user-on-this-desk-000000';
}

export function pullBody(desk: Desk, cursors: Record<string, number> = {}) {
  return { protocolVersion: PROTOCOL_VERSION, deviceId: desk.deviceId, cursors };
}

/** Pulls until `hasMore` is false; returns every page. */
export async function pullAll(hub: TestHub, desk: Desk, cursors: Record<string, number> = {}): Promise<PullResponse[]> {
  const pages: PullResponse[] = [];
  let current = cursors;
  for (let i = 0; i < 1000; i++) {
    const answer = await hub.call('/v1/pull', { token: desk.credential, body: pullBody(desk, current) });
    if (answer.status !== 200) throw new Error(`pull failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    const page = answer.body as PullResponse;
    pages.push(page);
    current = page.cursors;
    if (!page.hasMore) return pages;
  }
  throw new Error('pull never ended');
}

export async function lastMutationIdOf(db: Db, deviceId: string): Promise<number> {
  const { rows } = await db.query<{ last_mutation_id: number }>('SELECT last_mutation_id FROM devices WHERE id = $1', [deviceId]);
  return rows[0]?.last_mutation_id ?? -1;
}

export async function spaceVersion(db: Db, space: string): Promise<number> {
  const { rows } = await db.query<{ version: number }>('SELECT version FROM space_versions WHERE space = $1', [space]);
  return rows[0]?.version ?? -1;
}
