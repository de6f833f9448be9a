/**
 * The ratio rules' own sentences in the chosen language: the core sends each explanation and rule
 * outcome with its Dutch sentence and the values it was built from; English is rendered here from
 * the shared catalogue (`ratioMessages`), the same text the rules produce.
 */
import type { RatioExplanationView, RatioRuleMessage } from '../../../../shared/contract/views';
import { calendarMessages } from '../../../../shared/domain/calendar/messages';
import { ratioMessages, ratioText, renderExplanation } from '../../../../shared/domain/ratio/ratio';
import { textOf } from '../../../../shared/i18n/messages';
import type { Language } from '../../i18n';

/** An explanation ("16 kinderen, rij 0..2: cel 4 PM / 16 ...; nodig 4") in `language`. */
export function explanationText(explanation: RatioExplanationView, language: Language): string {
  return renderExplanation(explanation, language);
}

/** A violation, warning or safety failure in `language`; the Dutch sentence when the rule has no translation. */
export function ruleText(message: RatioRuleMessage, language: Language): string {
  if (language === 'nl') return message.message;
  const catalogue: Record<string, string> = ratioMessages.en;
  const known = catalogue[message.rule] !== undefined || catalogue[`${message.rule}_one`] !== undefined;
  return known ? ratioText(message.rule, message.params, language) : message.message;
}

/** The name of a closure day ("Eerste kerstdag" / "Christmas Day"). */
export function closureName(closed: { name: string; key: string }, language: Language): string {
  const catalogue: Record<string, string> = calendarMessages[language];
  return catalogue[closed.key] !== undefined ? textOf(calendarMessages, closed.key, {}, language) : closed.name;
}

/** The rules' sentences start in lower case (they are parts of a larger sentence); as a line of their own they start with a capital. */
export function asSentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
