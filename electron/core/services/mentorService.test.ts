/**
 * The mentor check on a real SQLite store with the demo at the tests' fixed "now" (Monday 23
 * November 2026): the newest child of each location has no mentor; choosing one through
 * `child.setMentor` clears the finding, and a mentor who no longer works at the location shows up.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { MentorOverview } from '../../../shared/contract/mentorViews';
import type { LocationSummary } from '../../../shared/contract/views';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

describe('children.mentors on the demo desk', () => {
  test('no_mentor: one new child per location; choosing a mentor of its group clears it', async () => {
    const { core, cleanup } = await openTempCore({ demo: true });
    cleanups.push(cleanup);
    const [location] = await ok<LocationSummary[]>(core, 'locations.list', {});
    const before = await ok<MentorOverview>(core, 'children.mentors', { locationId: location!.id });
    expect(before.findings).toHaveLength(1);
    const [finding] = before.findings;
    expect(finding).toMatchObject({ kind: 'no_mentor', mentorName: null });
    expect(finding!.childName).not.toBe('');
    const candidate = before.candidates.find((c) => c.groupIds.includes(finding!.groupIds[0]!));
    expect(candidate).toBeDefined();

    expect(
      await core.call('mutate', { name: 'child.setMentor', args: { childId: finding!.childId, staffId: candidate!.staffId } }),
    ).toMatchObject({
      ok: true,
    });
    const after = await ok<MentorOverview>(core, 'children.mentors', { locationId: location!.id });
    expect(after.findings).toEqual([]);
    expect(after.mentorOf[finding!.childId]).toBe(candidate!.staffId);
  });

  test('mentor_not_in_group: a mentor chosen from another group is listed with both names', async () => {
    const { core, cleanup } = await openTempCore({ demo: true });
    cleanups.push(cleanup);
    const [location] = await ok<LocationSummary[]>(core, 'locations.list', {});
    const { findings, candidates } = await ok<MentorOverview>(core, 'children.mentors', { locationId: location!.id });
    const child = findings[0]!;
    const outsider = candidates.find((c) => c.groupIds.length > 0 && !c.groupIds.some((g) => child.groupIds.includes(g)));
    expect(outsider).toBeDefined();
    await core.call('mutate', { name: 'child.setMentor', args: { childId: child.childId, staffId: outsider!.staffId } });
    const after = await ok<MentorOverview>(core, 'children.mentors', { locationId: location!.id });
    expect(after.findings).toMatchObject([{ kind: 'mentor_not_in_group', childId: child.childId, mentorName: outsider!.name }]);
  });
});
