import { describe, expect, test } from 'vitest';
import { checkRequest } from './checkRequest';
import { flexLedger } from './flexBudget';
import { RequestSchema } from './request';
import { defaultRequestSettings } from './requestSettings';
import { absence, context, extension, extra, flex, schoolClosure, swap } from './testFixtures';

describe('checkRequest: one entry point per kind', () => {
  test('checkRequest: dispatches every kind to its rules (all valid fixtures pass, and parse)', () => {
    const ledger = flexLedger({ childId: 'child-mila', year: 2026, allowanceMinutes: 3000, requests: [] }, defaultRequestSettings);
    const ctx = context({ ledger });
    for (const request of [swap(), extra(), flex(), extension(), schoolClosure({ submitted: '2026-10-01' }), absence()]) {
      RequestSchema.parse(request);
      expect([request.kind, checkRequest(request, { ...ctx, at: request.submittedAt }, defaultRequestSettings).failures]).toEqual([
        request.kind,
        [],
      ]);
    }
  });

  test('checkRequest: run again at decision time with the decision instant', () => {
    const request = extra({ expiresAt: '2026-11-20T09:00:00.000Z' });
    const atDecision = checkRequest(request, context({ at: '2026-11-20T09:00:00.000Z' }), defaultRequestSettings);
    expect(atDecision.failures.map((f) => f.rule)).toEqual(['request.expired']);
  });
});
