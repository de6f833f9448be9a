import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { mutators } from '../../../shared/mutators';
import { HubError } from '../http/hubError';
import { MAX_ARRAY_ELEMENTS, MAX_PUSH_WORK, assertWithinBudget, pushWork } from './pushBudget';

const copies = (count: number) => ({ locationId: 'l', copies: Array.from({ length: count }, (_, i) => ({ id: `c${i}`, breaks: [] })) });

function refusal(mutations: { args: unknown }[]): HubError | null {
  try {
    assertWithinBudget(mutations);
    return null;
  } catch (error) {
    if (error instanceof HubError) return error;
    throw error;
  }
}

describe('push budget: one unit per mutation and per array element', () => {
  it('counts mutations and array elements at any depth', () => {
    expect(pushWork([{ args: { breaks: [{ start: 1 }, { start: 2 }] } }, { args: null }, { args: [[1, 2], [3]] }])).toEqual({
      work: 3 + 2 + 2 + 3,
      longestArray: 2,
    });
  });

  it('a push of exactly the budget passes; one unit more is refused with 413 and hub.push_too_large', () => {
    // 4 mutations of 499 copies: 4 + 4 * 499 = 2000 units.
    const atBudget = Array.from({ length: 4 }, () => ({ args: copies(499) }));
    expect(pushWork(atBudget).work).toBe(MAX_PUSH_WORK);
    expect(refusal(atBudget)).toBeNull();
    const over = [...atBudget, { args: {} }];
    const error = refusal(over);
    expect(error?.status).toBe(413);
    expect(error?.toBody()).toMatchObject({
      error: { code: 'validation_failed', rule: 'hub.push_too_large', params: { work: 2001, max: 2000 } },
    });
  });

  it('an array of exactly 500 elements passes; 501 is refused whole, whatever the rest', () => {
    expect(refusal([{ args: copies(MAX_ARRAY_ELEMENTS) }])).toBeNull();
    const error = refusal([{ args: copies(MAX_ARRAY_ELEMENTS + 1) }]);
    expect(error?.status).toBe(413);
    expect(error?.message).toMatch(/te veel onderdelen \(501, ten hoogste 500\)/);
  });
});

/** The array caps and string lengths a schema leaves open, as JSON Schema paths. */
function unbounded(schema: unknown, path = ''): string[] {
  if (schema === null || typeof schema !== 'object') return [];
  const s = schema as Record<string, unknown>;
  const open: string[] = [];
  if (s.type === 'array' && (typeof s.maxItems !== 'number' || s.maxItems > MAX_ARRAY_ELEMENTS))
    open.push(`${path}: array of ${String(s.maxItems ?? 'any length')}`);
  if (s.type === 'string' && typeof s.maxLength !== 'number' && s.enum === undefined && s.const === undefined) open.push(`${path}: string`);
  // A record's size is a refinement JSON Schema cannot show (request.reject's rule params); its keys must be bounded.
  if (
    s.type === 'object' &&
    typeof s.additionalProperties === 'object' &&
    typeof (s.propertyNames as { maxLength?: number } | undefined)?.maxLength !== 'number'
  ) {
    open.push(`${path}: record with keys of any length`);
  }
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties')
      for (const [name, inner] of Object.entries(value as object)) open.push(...unbounded(inner, `${path}.${name}`));
    else if (Array.isArray(value)) value.forEach((inner, i) => open.push(...unbounded(inner, `${path}/${key}[${i}]`)));
    else if (typeof value === 'object') open.push(...unbounded(value, `${path}/${key}`));
  }
  return open;
}

describe('every mutator caps its arguments (schema first)', () => {
  it.each(Object.keys(mutators))('%s: every array at most 500, every string and record bounded', (name) => {
    const schema = z.toJSONSchema(mutators[name as keyof typeof mutators].args, { unrepresentable: 'any', io: 'input' });
    expect(unbounded(schema)).toEqual([]);
  });
});
