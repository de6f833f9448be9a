/**
 * A master-data rule outcome (a field as typed, or a refused save) in the language shown: the
 * shared catalogue holds both languages; the core's Dutch sentence is the fallback for a rule it
 * does not know (the hub's own refusals, a role).
 */
import { masterDataMessages, masterDataText } from '../../../../shared/domain/masterData/messages';
import type { Language } from '../../i18n';

export function settingsText(
  outcome: { rule?: string | undefined; message: string; params?: Record<string, string | number> | undefined },
  language: Language,
): string {
  const { rule } = outcome;
  if (rule === undefined || !Object.hasOwn(masterDataMessages.nl, rule)) return outcome.message;
  return masterDataText(rule, outcome.params ?? {}, language);
}
