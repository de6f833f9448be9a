import { describe, expect, test } from 'vitest';
import { ratioCommandItemSchema, runRatioCommand } from './ratioCommand';

const TODAY = '2026-03-04';
const schema = ratioCommandItemSchema(TODAY);

describe('ratio command', () => {
  test('command: ages on the given date from children, status only with staff, spec key order', () => {
    const item = schema.parse({ care: 'KDV', date: '2026-03-04', children: [{ dob: '2025-03-04' }, { dob: '2025-03-05' }], staff: 1 });
    const out = runRatioCommand(item, TODAY);
    expect(Object.keys(out)).toEqual(['required', 'withinMax', 'minStaffDuringDeviation', 'status', 'explanation']);
    expect(out).toMatchObject({ required: 1, status: 'ok' });
    expect(out.explanation).toBe('2 kinderen, rij 0..1: cel 1 PM / 4; rekenregel 1: Z = 72/144 -> 1; nodig 1');
    expect(Object.keys(runRatioCommand(schema.parse({ care: 'KDV', ages: [1] }), TODAY))).not.toContain('status');
  });

  test('command: date defaults to today (the BSO regime follows it)', () => {
    const ages = [5, 5, 5, 5, 5, 5, 5, 5, 5, 8, 8];
    expect(runRatioCommand(schema.parse({ care: 'BSO', ages }), TODAY).required).toBe(2);
    expect(runRatioCommand(schema.parse({ care: 'BSO', ages }), '2024-06-30').required).toBe(1);
  });

  test('command: the flag for a child aged 4+ in a KDV group is part of the explanation', () => {
    const out = runRatioCommand(schema.parse({ care: 'KDV', ages: [3, 4] }), TODAY);
    expect(out.explanation).toContain('kinderen van 4 jaar of ouder in een KDV-groep: 1');
  });

  test('command: bad input names the field', () => {
    const r = schema.safeParse({ care: 'KDV', ages: [1, 2, -1], children: [{ dob: '2027-01-01' }], extra: 1 });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('ages.2');
    expect(r.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
    const born = schema.safeParse({ care: 'KDV', children: [{ dob: '2027-01-01' }] });
    expect(born.error?.issues.map((i) => i.path.join('.'))).toEqual(['children.0.dob']);
  });
});
