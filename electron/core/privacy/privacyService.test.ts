/**
 * Privacy on the desk (issue 15, AVG) on a real SQLite store with the demo at the tests' fixed
 * "now": serving a child's detail and health notes records who viewed them (once per viewing, as
 * an outbox mutation that syncs), the manager sees the list and an assistant does not, and the
 * export of an access request holds everything the desk keeps about that one child.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ChildViewLog } from '../../../shared/contract/privacyViews';
import type { DownloadFile } from '../../../shared/contract/views';
import { VIEW_REPEAT_MINUTES } from '../../../shared/domain/privacy/viewLog';
import { FIXED_NOW, openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cleanups.splice(0)) await c();
});

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function demoCore(now: () => Date = () => FIXED_NOW) {
  const { core, cleanup } = await openTempCore({ demo: true, now });
  cleanups.push(cleanup);
  const child = core.context.db.prepare('SELECT id, first_name AS firstName FROM children ORDER BY id LIMIT 1').get() as {
    id: string;
    firstName: string;
  };
  return { core, childId: child.id, firstName: child.firstName };
}

const outboxNames = (core: Core) =>
  (core.context.db.prepare('SELECT name FROM outbox ORDER BY seq').all() as { name: string }[]).map((r) => r.name);

describe('who viewed a child', () => {
  test('children.detail and children.health are recorded with user, UTC instant and what, as a mutation to sync', async () => {
    const { core, childId } = await demoCore();
    await ok(core, 'children.detail', { childId });
    await ok(core, 'children.health', { childId });
    const log = await ok<ChildViewLog>(core, 'privacy.childViews', { childId });
    expect(log.entries.map((e) => [e.what, e.by, e.role, e.at])).toEqual([
      ['health', 'Locatiemanager', 'manager', FIXED_NOW.toISOString()],
      ['detail', 'Locatiemanager', 'manager', FIXED_NOW.toISOString()],
    ]);
    expect(outboxNames(core).filter((n) => n === 'childView.record')).toHaveLength(2);
  });

  test(`view.repeat: the detail served again within ${VIEW_REPEAT_MINUTES} minutes is one viewing; from ${VIEW_REPEAT_MINUTES} minutes on, another`, async () => {
    let now = FIXED_NOW.getTime();
    const { core, childId } = await demoCore(() => new Date(now));
    await ok(core, 'children.detail', { childId });
    now += VIEW_REPEAT_MINUTES * 60_000 - 1_000;
    await ok(core, 'children.detail', { childId });
    expect((await ok<ChildViewLog>(core, 'privacy.childViews', { childId })).entries).toHaveLength(1);
    now += 1_000;
    await ok(core, 'children.detail', { childId });
    expect((await ok<ChildViewLog>(core, 'privacy.childViews', { childId })).entries).toHaveLength(2);
  });

  test('an assistant viewing is recorded under their name, and may not see the list nor export (role.allowed)', async () => {
    const { core, childId } = await demoCore();
    const spy = vi.spyOn(core.context.session, 'actor').mockReturnValue({ userId: 'u-anna', role: 'assistant', name: 'Anna Assistent' });
    await ok(core, 'children.detail', { childId });
    for (const [method, input] of [
      ['privacy.childViews', { childId }],
      ['privacy.childExport', { childId, format: 'json' }],
    ] as const) {
      const refused = await core.call(method, input);
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'role.allowed' } });
    }
    spy.mockRestore();
    const log = await ok<ChildViewLog>(core, 'privacy.childViews', { childId });
    expect(log.entries.map((e) => [e.by, e.role, e.what])).toEqual([['Anna Assistent', 'assistant', 'detail']]);
  });

  test('privacy.view_not_recorded: a detail whose view cannot be recorded is not served', async () => {
    const { core, childId } = await demoCore();
    vi.spyOn(core.context.mutations, 'apply').mockResolvedValue({ ok: false, code: 'conflict', rule: 'x', message: 'x' });
    expect(await core.call('children.detail', { childId })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', rule: 'privacy.view_not_recorded' },
    });
  });
});

describe('access request export', () => {
  test('JSON: the child, its contracts, attendance, requests, mentor and who viewed it; nothing of another child; the export itself recorded', async () => {
    const { core, childId, firstName } = await demoCore();
    await ok(core, 'children.detail', { childId });
    const file = await ok<DownloadFile>(core, 'privacy.childExport', { childId, format: 'json' });
    expect(file.mimeType).toMatch(/^application\/json/);
    expect(file.filename).toMatch(new RegExp(`^inzage-${firstName}-.*-2026-11-23\\.json$`));
    const doc = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(doc.child.id).toBe(childId);
    expect(doc.placements.length).toBeGreaterThan(0);
    for (const section of ['attendance', 'requests', 'latePickups', 'pickupPersons', 'hourLedger', 'childViews'] as const) {
      expect(Array.isArray(doc[section])).toBe(true);
      for (const row of doc[section]) expect(row.childId).toBe(childId);
    }
    expect(doc.childViews.map((v: { what: string }) => v.what)).toEqual(['detail']);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['childContacts', 'childHealth', 'childMentors', 'consents', 'placementExceptions']),
    );
    const log = await ok<ChildViewLog>(core, 'privacy.childViews', { childId });
    expect(log.entries[0]?.what).toBe('export');
  });

  test('Excel: a workbook (zip) with a sheet per kind of record', async () => {
    const { core, childId } = await demoCore();
    const file = await ok<DownloadFile>(core, 'privacy.childExport', { childId, format: 'xlsx' });
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        'Over dit bestand',
        'Kind',
        'Contracten',
        'Aanwezigheid',
        'Verzoeken',
        'Te laat opgehaald',
        'Mentor',
        'Ingezien door',
      ]),
    );
  });

  test('an unknown child: not_found, nothing recorded', async () => {
    const { core } = await demoCore();
    expect(await core.call('privacy.childExport', { childId: 'no-such-child', format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(outboxNames(core)).not.toContain('childView.record');
  });
});
