/**
 * The children's rules' sentences in the chosen language (placements, pickup persons, check-in/out
 * from the plan catalogue; the child's facts, contacts and the checks when a contract is entered
 * from the master-data catalogue); the core's Dutch message when a rule has no entry.
 */
import type { ApiError } from '../../../../shared/contract/errors';
import type { PlanWarning } from '../../../../shared/contract/views';
import { masterDataMessages, masterDataText } from '../../../../shared/domain/masterData/messages';
import { planMessages } from '../../../../shared/domain/plan/planMessages';
import { textOf } from '../../../../shared/i18n/messages';
import type { RuleFailure } from '../../../../shared/result';
import type { Language } from '../../i18n';

const inCatalogue = (catalogue: { nl: object }, rule: string | undefined): rule is string =>
  rule !== undefined && Object.hasOwn(catalogue.nl, rule);

/** A refused call, a warning or a rule that failed while typing, in `language`. */
export function planText(item: ApiError | PlanWarning | RuleFailure, language: Language): string {
  if (language === 'nl') return item.message;
  if (inCatalogue(masterDataMessages, item.rule)) return masterDataText(item.rule, item.params ?? {}, language);
  if (inCatalogue(planMessages, item.rule)) return textOf(planMessages, item.rule, item.params ?? {}, language);
  return item.message;
}
