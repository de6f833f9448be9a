/**
 * Explanations a manager can read: a rule id (the rule that decided), the values it was built
 * from, the Dutch sentence, and the parts the sentence is made of, so the UI can render the same
 * explanation in English (spec/ratio.md, "Output of a check"). Parts are catalogue keys of
 * `ratioMessages`, joined with "; ".
 */
import type { Lang, Params } from '../../i18n/messages';
import { ratioText } from './messages';

export type ExplanationPart = { readonly key: string; readonly params: Params };

export type Explanation = {
  /** Stable id of the rule that decided the outcome, e.g. `ratio.kdv.rule1`. */
  readonly rule: string;
  /** All values the parts were built from. */
  readonly params: Params;
  /** The Dutch sentence. */
  readonly message: string;
  readonly parts: readonly ExplanationPart[];
};

const SEPARATOR = '; ';

export function part(key: string, params: Params = {}): ExplanationPart {
  return { key, params };
}

/** Renders the parts in `lang`. */
export function renderParts(parts: readonly ExplanationPart[], lang: Lang = 'nl'): string {
  return parts.map((p) => ratioText(p.key, p.params, lang)).join(SEPARATOR);
}

export function explanationOf(rule: string, parts: readonly ExplanationPart[]): Explanation {
  const params: Params = {};
  for (const p of parts) Object.assign(params, p.params);
  return { rule, params, message: renderParts(parts, 'nl'), parts };
}

/** The explanation's sentence in `lang` (the stored `message` is Dutch). */
export function renderExplanation(explanation: Explanation, lang: Lang = 'nl'): string {
  return lang === 'nl' ? explanation.message : renderParts(explanation.parts, lang);
}
