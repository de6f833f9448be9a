import { describe, expect, test } from 'vitest';
import { checkFixedFaces, maxFixedFaces } from './fixedFaces';
import type { FixedFace } from './fixedFaces';

const face = (staffId: string, counts: FixedFace['counts'] = 'full', firstStudyYearCompleted?: boolean): FixedFace =>
  firstStudyYearCompleted === undefined ? { staffId, counts } : { staffId, counts, firstStudyYearCompleted };

describe('fixed faces', () => {
  test('fixed faces: at most 2 for a 0-year-old, 3 when the group needs 3 or more; older children 3 and 4', () => {
    expect(maxFixedFaces(0, 2)).toBe(2);
    expect(maxFixedFaces(0, 3)).toBe(3);
    expect(maxFixedFaces(2, 2)).toBe(3);
    expect(maxFixedFaces(2, 4)).toBe(4);
  });

  test('fixed faces: a baby with 3 fixed faces in a group needing 2 has too many; needing 3 it is fine', () => {
    const [small] = checkFixedFaces({
      childId: 'k',
      dateOfBirth: '2025-10-01',
      fixedFaces: [face('a'), face('b'), face('c')],
      days: [{ date: '2026-03-02', groupPeakRequired: 2, staffInGroup: ['a', 'x'] }],
    });
    expect(small?.failures.map((f) => f.rule)).toEqual(['fixed_faces.too_many']);
    expect(small?.rule).toBe('fixed_faces');
    const [large] = checkFixedFaces({
      childId: 'k',
      dateOfBirth: '2025-10-01',
      fixedFaces: [face('a'), face('b'), face('c')],
      days: [{ date: '2026-03-02', groupPeakRequired: 3, staffInGroup: ['a'] }],
    });
    expect(large?.ok).toBe(true);
  });

  test('fixed faces: the allowance follows the age on each day (turning 1 allows a third face)', () => {
    const results = checkFixedFaces({
      childId: 'k',
      dateOfBirth: '2025-03-03',
      fixedFaces: [face('a'), face('b'), face('c')],
      days: [
        { date: '2026-03-02', groupPeakRequired: 2, staffInGroup: ['a'] },
        { date: '2026-03-03', groupPeakRequired: 2, staffInGroup: ['a'] },
      ],
    });
    expect(results.map((r) => [r.maxFaces, r.ok])).toEqual([
      [2, false],
      [3, true],
    ]);
  });

  test('fixed faces: on every day the child attends one of its fixed faces works in its group', () => {
    const [day] = checkFixedFaces({
      childId: 'k',
      dateOfBirth: '2024-01-01',
      fixedFaces: [face('a'), face('b')],
      days: [{ date: '2026-03-04', groupPeakRequired: 2, staffInGroup: ['x', 'y'] }],
    });
    expect(day?.failures.map((f) => [f.rule, f.message])).toEqual([
      ['fixed_faces.none_in_group', '2026-03-04: geen van de vaste gezichten werkt vandaag in de groep'],
    ]);
  });

  test('fixed faces: a trainee may be a fixed face only after completing the first study year', () => {
    const check = (completed: boolean) =>
      checkFixedFaces({
        childId: 'k',
        dateOfBirth: '2024-01-01',
        fixedFaces: [face('t', 'trainee', completed)],
        days: [{ date: '2026-03-04', groupPeakRequired: 1, staffInGroup: ['t'] }],
      })[0];
    expect(check(true)?.ok).toBe(true);
    expect(check(false)?.failures.map((f) => f.rule)).toEqual(['fixed_faces.trainee_first_year', 'fixed_faces.none_in_group']);
  });

  test('fixed faces: someone who never counts cannot be a fixed face', () => {
    const [day] = checkFixedFaces({
      childId: 'k',
      dateOfBirth: '2024-01-01',
      fixedFaces: [face('v', 'none'), face('a')],
      days: [{ date: '2026-03-04', groupPeakRequired: 1, staffInGroup: ['a'] }],
    });
    expect(day?.failures.map((f) => f.rule)).toEqual(['fixed_faces.not_professional']);
  });
});
