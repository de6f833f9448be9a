import { useId, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleFailure } from '../../../../shared/result';
import type { Language } from '../../i18n';
import { settingsText } from './settingsText';

/** The failure under a field, in the language shown, announced when it appears. */
export function FieldError({ id, error }: { id: string; error: RuleFailure | undefined }) {
  const { i18n } = useTranslation();
  if (!error) return null;
  return (
    <span className="st-error" id={id} role="alert">
      {settingsText(error, i18n.language as Language)}
    </span>
  );
}

/** A labelled text input with its rule's message at the field. */
export function TextField({
  label,
  hint,
  error,
  onValue,
  ...input
}: { label: string; hint?: string; error: RuleFailure | undefined; onValue: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange'
>) {
  const errorId = useId();
  const hintId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <label className="st-field">
      <span>{label}</span>
      <input {...input} aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(e) => onValue(e.target.value)} />
      {hint && (
        <span className="st-hint" id={hintId}>
          {hint}
        </span>
      )}
      <FieldError id={errorId} error={error} />
    </label>
  );
}
