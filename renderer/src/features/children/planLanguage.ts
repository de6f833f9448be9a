/**
 * The children's-plan rules' sentences in the chosen language (placements, pickup persons,
 * check-in/out), from the shared catalogue; the core's Dutch message when a rule has no entry.
 */
import type { ApiError } from '../../../../shared/contract/errors';
import type { PlanWarning } from '../../../../shared/contract/views';
import { planMessages } from '../../../../shared/domain/plan/planMessages';
import { textOf } from '../../../../shared/i18n/messages';
import type { Language } from '../../i18n';

function known(rule: string | undefined): rule is string {
  return rule !== undefined && Object.hasOwn(planMessages.nl, rule);
}

/** A refused call or a warning in `language`. */
export function planText(item: ApiError | PlanWarning, language: Language): string {
  if (language === 'nl' || !known(item.rule)) return item.message;
  return textOf(planMessages, item.rule, item.params ?? {}, language);
}
