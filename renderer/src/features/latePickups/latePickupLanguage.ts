/**
 * The late-pickup rules' sentences in the chosen language: the assessment lines (the rule that set
 * a count and an amount) and the refusals of the `latePickup.*` mutators, from the shared
 * catalogues; the core's Dutch message when a rule has no entry there. Amounts come as cents
 * (`amountCents`) and are formatted with the language's locale (`€ 27,50`, `€27.50`).
 */
import type { ApiError } from '../../../../shared/contract/errors';
import type { LatePickupLineView } from '../../../../shared/contract/views';
import { latePickupMessages } from '../../../../shared/domain/latePickup/messages';
import { withAmounts } from '../../../../shared/domain/latePickup/money';
import { latePickupRegistrationMessages } from '../../../../shared/domain/latePickup/registrationMessages';
import { textOf, type Catalogue, type Params } from '../../../../shared/i18n/messages';
import { formatMoney } from '../../i18n/format';
import type { Language } from '../../i18n';

function known(catalogue: Catalogue, rule: string): boolean {
  return Object.hasOwn(catalogue.nl, rule);
}

/** A sentence's params with its amounts (`<name>Cents`) formatted for `language`. */
export function localParams(params: Params, language: Language): Params {
  return withAmounts(params, (cents) => formatMoney(cents, language));
}

/** An assessment line (`late_pickup.flat_fine`, ...) in `language`. */
export function lineText(line: Pick<LatePickupLineView, 'rule' | 'params' | 'message'>, language: Language): string {
  if (language === 'nl' || !known(latePickupMessages, line.rule)) return line.message;
  return textOf(latePickupMessages, line.rule, localParams(line.params, language), language);
}

/** A refused call in `language`: the rule's sentence when the catalogues know it, else the core's message. */
export function errorText(error: ApiError, language: Language): string {
  if (language === 'nl' || !error.rule) return error.message;
  const params = localParams(error.params ?? {}, language);
  if (known(latePickupRegistrationMessages, error.rule)) return textOf(latePickupRegistrationMessages, error.rule, params, language);
  if (known(latePickupMessages, error.rule)) {
    const text = textOf(latePickupMessages, error.rule, params, language);
    return params['child'] !== undefined ? `${String(params['child'])}: ${text}` : text;
  }
  return error.message;
}
