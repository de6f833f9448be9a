import { AlertTriangle, Loader2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/importViews';
import { isTooLarge, readAsBase64, showSize, type ChosenFile } from './importFile';

/** Step 1: choose the back office's file; refused files are explained here. */
export function FileStep(props: {
  chosen: ChosenFile | null;
  busy: boolean;
  refused: ImportPreview | null;
  onChoose(file: ChosenFile | null): void;
  onPreview(): void;
}) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [fieldError, setFieldError] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    setFieldError(null);
    props.onChoose(null);
    if (!file) return;
    if (isTooLarge(file)) {
      setFieldError(t('import.file.tooLarge', { size: showSize(file.size, i18n.language) }));
      return;
    }
    try {
      props.onChoose({ name: file.name, size: file.size, base64: await readAsBase64(file) });
    } catch {
      setFieldError(t('import.file.unreadable'));
    }
  }

  return (
    <form
      className="card import-step"
      onSubmit={(e) => {
        e.preventDefault();
        if (!props.chosen) setFieldError(fieldError ?? t('import.file.required'));
        else props.onPreview();
      }}
    >
      <p>{t('import.file.help')}</p>
      <p className="muted small">{t('import.file.helpFormats')}</p>
      <div className="import-field">
        <label htmlFor={inputId}>{t('import.file.label')}</label>
        <div className="import-file-row">
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fieldError !== null}
            aria-describedby={fieldError ? `${inputId}-error` : undefined}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          {/* The browser's own button speaks the system's language: this one speaks the desk's, and opens the same input. */}
          <label htmlFor={inputId} className="import-file-button" aria-hidden>
            {t('import.file.choose')}
          </label>
        </div>
        {props.chosen && (
          <span className="muted small">
            {t('import.file.chosen', { name: props.chosen.name, size: showSize(props.chosen.size, i18n.language) })}
          </span>
        )}
        {fieldError && (
          <span id={`${inputId}-error`} className="import-field-error" role="alert">
            {fieldError}
          </span>
        )}
      </div>
      {props.refused && (
        <div className="state state-error" role="alert">
          <AlertTriangle aria-hidden size={20} />
          <div>
            <strong>{t('import.file.refused')}</strong>
            {props.refused.summary.refused.map((r) => (
              <p key={`${r.sheet}-${r.row}-${r.column}`}>{r.message}</p>
            ))}
          </div>
        </div>
      )}
      <div className="import-actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.busy && <Loader2 aria-hidden size={16} className="spin" />}
          {props.busy ? t('import.file.reading') : t('import.file.next')}
        </button>
      </div>
    </form>
  );
}
