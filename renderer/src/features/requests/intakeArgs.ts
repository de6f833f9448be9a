/**
 * The intake form's values as `request.submit` arguments: times `HH:MM` to minutes, the arrival
 * and expiry moments as instants at the location. The rules themselves run in the mutator.
 */
import { v7 as uuidv7 } from 'uuid';
import type { RequestSubmitArgs } from '../../../../shared/mutators/request';
import type { RequestKind } from '../../../../shared/domain/requests/request';
import { instantAtLocal } from '../../../../shared/domain/requests/requestTime';
import { parseTime } from '../../../../shared/domain/time/timeOfDay';

export type IntakeValues = {
  kind: RequestKind;
  childId: string;
  groupId: string;
  date: string;
  toDate: string;
  originalDate: string;
  start: string;
  end: string;
  payment: 'invoice' | 'swap_hours';
  absenceReason: 'illness' | 'holiday' | 'other';
  channel: 'email' | 'phone' | 'desk';
  /** `YYYY-MM-DDTHH:MM`, local. */
  arrivedAt: string;
  expiresAt: string;
  otherGroupConsent: boolean;
  note: string;
};

function instantOf(local: string): string | null {
  const [date, time] = local.split('T');
  const minutes = time ? parseTime(time) : null;
  return date && minutes !== null ? instantAtLocal(date, minutes) : null;
}

/** The arguments, or the name of the first field that is not filled in right. */
export function intakeArgs(v: IntakeValues): { ok: true; args: RequestSubmitArgs } | { ok: false; field: string } {
  const submittedAt = instantOf(v.arrivedAt);
  if (!submittedAt) return { ok: false, field: 'arrivedAt' };
  const expiresAt = v.expiresAt ? instantOf(v.expiresAt) : null;
  if (v.expiresAt && !expiresAt) return { ok: false, field: 'expiresAt' };
  if (!v.childId) return { ok: false, field: 'childId' };
  if (!v.date) return { ok: false, field: 'date' };
  const base = { id: uuidv7(), childId: v.childId, groupId: v.groupId, submittedAt, expiresAt, enteredBy: null };
  const args = (request: RequestSubmitArgs['request']): RequestSubmitArgs => ({
    request,
    channel: v.channel,
    otherGroupConsent: v.otherGroupConsent,
    parentNote: v.note.trim(),
    eventId: uuidv7(),
  });
  if (v.kind === 'absence') {
    return {
      ok: true,
      args: args({ ...base, kind: 'absence', from: v.date, to: v.toDate || v.date, reason: v.absenceReason, initiatedBy: 'parent' }),
    };
  }
  const start = parseTime(v.start);
  const end = parseTime(v.end);
  if (start === null) return { ok: false, field: 'start' };
  if (end === null || end <= start) return { ok: false, field: 'end' };
  const times = { date: v.date, start, end };
  if (v.kind === 'swapDay') {
    if (!v.originalDate) return { ok: false, field: 'originalDate' };
    return { ok: true, args: args({ ...base, kind: 'swapDay', originalChildId: v.childId, originalDate: v.originalDate, ...times }) };
  }
  if (v.kind === 'extraDay') return { ok: true, args: args({ ...base, kind: 'extraDay', ...times, payment: v.payment, recurring: false }) };
  return { ok: true, args: args({ ...base, kind: v.kind, ...times }) };
}
