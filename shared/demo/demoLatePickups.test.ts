import { describe, expect, test } from 'vitest';
import { assessRows, isExported } from '../domain/latePickup/assessRegistrations';
import { checkLate } from '../domain/latePickup/lateFines';
import { defaultLatePickupSettings } from '../domain/latePickup/latePickupSettings';
import { plannedEndOf } from '../domain/latePickup/plannedEnd';
import { yearOf } from '../domain/time/localDate';
import { LatePickupRow } from '../model/rows';
import { generateDemo } from './generateDemo';

const settings = defaultLatePickupSettings;

describe.each(['2026-11-23', '2027-01-08', '2026-03-02'])('demo late pickups (today %s)', (today) => {
  const demo = generateDemo({ today });
  const rows = demo.latePickups;
  const assessments = assessRows(rows, settings);

  test('every registration parses, is late, and lies before today on a day the child was planned (its end and group)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect(LatePickupRow.safeParse(row).success).toBe(true);
      expect(row.date < today).toBe(true);
      expect(checkLate(row, settings).ok).toBe(true);
      const plan = plannedEndOf(demo.placements, row.childId, row.date);
      expect(plan).toEqual({ end: row.contractedEnd, groupId: row.groupId });
      expect(demo.children.find((c) => c.id === row.childId)?.locationId).toBe(row.locationId);
    }
  });

  test('Rhoon has a child late three or four times in a year with one disputed, siblings together, one withdrawn', () => {
    const rhoon = demo.locations[0]!;
    const here = rows.filter((r) => r.locationId === rhoon.id);
    const counts = here.map((r) => assessments.get(r.id)!);
    expect(counts.some((a) => a.count >= 3)).toBe(true);
    expect(here.filter((r) => r.status === 'disputed')).toHaveLength(1);
    expect(here.filter((r) => r.status === 'withdrawn')).toHaveLength(1);
    const family = new Map(demo.children.map((c) => [c.id, c.familyId]));
    const together = here.filter((a) =>
      here.some((b) => b !== a && b.date === a.date && b.childId !== a.childId && family.get(b.childId) === family.get(a.childId)),
    );
    expect(together.length).toBeGreaterThanOrEqual(2);
    expect(new Set(together.map((r) => r.pickupTime)).size).toBe(1);
  });

  test('a confirmed fine is confirmed at the amount the rules give it (so it is exported); its conversation is recorded', () => {
    const confirmed = rows.filter((r) => r.fineConfirmation);
    expect(confirmed).toHaveLength(1);
    for (const r of confirmed) expect(isExported(r, assessments.get(r.id)!)).toBe(true);
    const talk = rows.filter((r) => r.conversation);
    expect(talk).toHaveLength(1);
    expect(assessments.get(talk[0]!.id)?.count).toBeGreaterThanOrEqual(settings.structuralAtCount);
    expect(talk[0]!.conversation!.heldOn < today).toBe(true);
    expect(yearOf(talk[0]!.conversation!.heldOn)).toBeGreaterThanOrEqual(yearOf(talk[0]!.date));
  });
});
