/**
 * A roster rule outcome (conflict, shortfall, skipped copy, parse error, refused save) in the
 * chosen language: the shared catalogues hold Dutch and English for the roster rules, and the
 * outcome's raw params (dates, absence kinds, minutes, closure keys) are formatted per language
 * by name (`rosterRuleText`). The core's Dutch sentence is the fallback for a rule the
 * catalogues do not know. A refused copy (`shift.copy_failed`) carries its cause's rule id
 * (`cause`) and values beside its Dutch `reason`: the reason is rendered from those the same way.
 */
import { textOf } from '../../../../shared/i18n/messages';
import { isRosterRule, rosterRuleText } from '../../../../shared/domain/roster/messages';
import { shiftRuleMessages } from '../../../../shared/domain/roster/shiftRules';
import type { Language } from '../../i18n';

export function ruleText(
  outcome: { rule?: string | undefined; message: string; params?: Record<string, string | number> | undefined },
  language: Language,
): string {
  const { rule } = outcome;
  if (language === 'nl' || rule === undefined) return outcome.message;
  try {
    const params = outcome.params ?? {};
    if (rule === 'shift.copy_failed' && typeof params.cause === 'string') {
      const reason = ruleText({ rule: params.cause, params, message: String(params.reason ?? '') }, language);
      return rosterRuleText(rule, { ...params, reason }, language);
    }
    if (isRosterRule(rule)) return rosterRuleText(rule, params, language);
    if (Object.hasOwn(shiftRuleMessages.en, rule)) return textOf(shiftRuleMessages, rule, params, language);
  } catch {
    // a rule id without its sentence (an older core): keep the core's own
  }
  return outcome.message;
}
