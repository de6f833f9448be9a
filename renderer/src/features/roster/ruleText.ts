/**
 * A rule outcome in the chosen language: the shared catalogues hold Dutch and English for the
 * roster rules; the Dutch sentence the core sent is the fallback.
 */
import { textOf } from '../../../../shared/i18n/messages';
import type { Catalogue } from '../../../../shared/i18n/messages';
import { rosterMessages } from '../../../../shared/domain/roster/messages';
import { shiftRuleMessages } from '../../../../shared/domain/roster/shiftRules';
import type { Language } from '../../i18n';

const catalogues: readonly Catalogue[] = [rosterMessages, shiftRuleMessages];

export function ruleText(outcome: { rule: string; message: string; params?: Record<string, string | number> }, language: Language): string {
  if (language === 'nl') return outcome.message;
  const catalogue = catalogues.find((c) => outcome.rule in c.en);
  return catalogue ? textOf(catalogue, outcome.rule, outcome.params ?? {}, 'en') : outcome.message;
}
