/**
 * Message catalogues for rule outcomes: every rule id has a Dutch and an English template with
 * `{{name}}` placeholders (i18next's syntax, so the renderer loads the same catalogues).
 * Domain code renders the Dutch sentence into its result; the UI can re-render in English.
 */
export type Lang = 'nl' | 'en';
export type Catalogue = Record<Lang, Record<string, string>>;
export type Params = Record<string, string | number>;

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => (key in params ? String(params[key]) : `{{${key}}}`));
}

/** The sentence for `rule` in `lang`; throws for an unknown rule id (a programming error). */
export function textOf(catalogue: Catalogue, rule: string, params: Params = {}, lang: Lang = 'nl'): string {
  const template = catalogue[lang][rule];
  if (template === undefined) throw new Error(`no ${lang} text for rule ${rule}`);
  return interpolate(template, params);
}
