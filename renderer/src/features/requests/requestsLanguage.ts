/**
 * The request rules' sentences in the chosen language: the core renders them in Dutch with the
 * rule id and params; English comes from the shared catalogue (`requestText`). A rule without an
 * entry there keeps the core's Dutch sentence.
 */
import type { ApiError } from '../../../../shared/contract/errors';
import type { RequestRuleView } from '../../../../shared/contract/requestViews';
import { requestMessages } from '../../../../shared/domain/requests/messages';
import { requestText } from '../../../../shared/domain/requests/requestText';
import type { Language } from '../../i18n';

function known(rule: string): boolean {
  return Object.hasOwn(requestMessages.nl, rule);
}

export function ruleText(rule: Pick<RequestRuleView, 'rule' | 'message' | 'params'>, language: Language): string {
  if (language === 'nl' || !known(rule.rule)) return rule.message;
  try {
    return requestText(rule.rule, rule.params, language);
  } catch {
    return rule.message;
  }
}

/** A refused call: the rule's sentence when the catalogue knows it (and the params allow), else the core's message. */
export function errorText(error: ApiError, language: Language): string {
  if (language === 'nl' || !error.rule || !known(error.rule)) return error.message;
  try {
    return requestText(error.rule, error.params ?? {}, language);
  } catch {
    return error.message;
  }
}
