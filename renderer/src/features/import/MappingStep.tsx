import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/importViews';
import { FIELDS, normaliseHeading, type ImportKind } from '../../../../shared/import/columns';

const KINDS = Object.keys(FIELDS) as ImportKind[];

/** Step 2: what the unrecognised columns hold, per sheet; the choice is remembered for the location. */
export function MappingStep(props: {
  preview: ImportPreview;
  mapping: Record<string, string>;
  busy: boolean;
  onChange(mapping: Record<string, string>): void;
  onApply(): void;
  onContinue(): void;
}) {
  const { t } = useTranslation();
  const sheets = props.preview.sheets.filter((s) => s.kind === null || s.unrecognised.length > 0);
  const allKnown = props.preview.sheets.every((s) => s.kind !== null);
  const fieldName = (field: string) => t(`import.fields.${field}`, { defaultValue: field });

  return (
    <form
      className="card import-step"
      onSubmit={(e) => {
        e.preventDefault();
        props.onApply();
      }}
    >
      <p>{t('import.mapping.intro')}</p>
      {sheets.map((sheet) => (
        <fieldset key={sheet.sheet} className="import-sheet">
          <legend>{t('import.mapping.sheet', { sheet: sheet.sheet })}</legend>
          <p className={sheet.kind === null ? 'import-field-error' : 'muted small'}>
            {sheet.kind === null
              ? t('import.mapping.kindUnknown', { fields: sheet.missingFields.map(fieldName).join(', ') })
              : t('import.mapping.kind', { kind: t(`import.kinds.${sheet.kind}`) })}
          </p>
          {sheet.unrecognised.map((heading) => {
            const key = normaliseHeading(heading);
            const id = `map-${sheet.sheet}-${key}`;
            const kinds = sheet.kind ? [sheet.kind] : KINDS;
            return (
              <div className="import-field" key={heading}>
                <label htmlFor={id}>{t('import.mapping.column', { column: heading })}</label>
                <select
                  id={id}
                  value={props.mapping[key] ?? 'skip'}
                  onChange={(e) => props.onChange({ ...props.mapping, [key]: e.target.value })}
                >
                  <option value="skip">{t('import.mapping.skip')}</option>
                  {kinds.map((kind) => (
                    <optgroup key={kind} label={t(`import.kinds.${kind}`)}>
                      {Object.keys(FIELDS[kind]).map((field) => (
                        <option key={field} value={`${kind}.${field}`}>
                          {fieldName(field)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      ))}
      <div className="import-actions">
        {allKnown && (
          <button type="button" onClick={props.onContinue}>
            {t('import.mapping.continue')}
          </button>
        )}
        <button type="submit" className="primary" disabled={props.busy}>
          {t('import.mapping.apply')}
        </button>
      </div>
    </form>
  );
}
