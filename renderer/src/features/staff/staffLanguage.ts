/**
 * The staff rules' sentences in the chosen language: master-data rules (staff.*) and the roster's
 * (shift.*) from the shared catalogues; the core's Dutch message for anything else.
 */
import type { ApiError } from '../../../../shared/contract/errors';
import { masterDataMessages, masterDataText } from '../../../../shared/domain/masterData/messages';
import { isRosterRule, rosterRuleText } from '../../../../shared/domain/roster/messages';
import type { Params } from '../../../../shared/i18n/messages';
import type { Language } from '../../i18n';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';

/** A refused call, or a rule failure of a field, in `language`. */
export function staffRuleText(failure: { rule?: string; message: string; params?: Params }, language: Language): string {
  const { rule, params = {} } = failure;
  if (rule && Object.hasOwn(masterDataMessages.nl, rule)) return masterDataText(rule, params, language);
  if (rule && language !== 'nl' && isRosterRule(rule)) return rosterRuleText(rule, params, language);
  return failure.message;
}

export const staffErrorText = (error: ApiError, language: Language): string => staffRuleText(error, language);

/** Consecutive 15-minute slots as ranges: `07:30–08:30, 18:15–18:30`. */
export function slotRanges(slots: readonly { start: number; end: number }[]): string {
  const ranges: { start: number; end: number }[] = [];
  for (const s of slots) {
    const last = ranges[ranges.length - 1];
    if (last && last.end === s.start) last.end = s.end;
    else ranges.push({ ...s });
  }
  return ranges.map((r) => `${formatTime(r.start)}–${formatTime(r.end)}`).join(', ');
}
