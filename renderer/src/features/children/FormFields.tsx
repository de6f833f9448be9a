/**
 * Form fields of the Kinderen dialogs: a label, the input, and the sentence of the rule it breaks
 * right under it (`aria-invalid`, `aria-describedby`), shown once the field was left or the form
 * submitted. The rules are shared/domain/masterData's; a form passes their `FieldErrors`.
 */
import { createContext, useContext, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../../shared/domain/masterData/childRules';
import type { Language } from '../../i18n';
import { planText } from './planLanguage';

type FieldState = { errors: FieldErrors; shown: (path: string) => boolean; touch: (path: string) => void };

export const FieldStateContext = createContext<FieldState>({ errors: {}, shown: () => false, touch: () => undefined });

/** The sentence of the rule a field breaks, in the language shown; null when it holds or is not shown yet. */
export function useFieldError(path: string): string | null {
  const { i18n } = useTranslation();
  const { errors, shown } = useContext(FieldStateContext);
  const failure = errors[path];
  return failure && shown(path) ? planText(failure, i18n.language as Language) : null;
}

export function FieldError({ id, path }: { id: string; path: string }) {
  const error = useFieldError(path);
  return error ? (
    <span id={id} className="ce-error" role="alert">
      {error}
    </span>
  ) : null;
}

type InputProps = {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'tel' | 'email' | 'date' | 'time';
  multiline?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  className?: string;
};

/** A labelled text input (or textarea) with its rule's sentence. */
export function TextField({ label, path, value, onChange, type = 'text', multiline = false, required, autoFocus, className }: InputProps) {
  const id = useId();
  const { touch } = useContext(FieldStateContext);
  const error = useFieldError(path);
  const common = {
    id,
    value,
    required,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur: () => touch(path),
  };
  return (
    <div className={`ce-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldError id={`${id}-error`} path={path} />
    </div>
  );
}

/** A labelled checkbox. */
export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="ce-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** A titled part of a form. */
export function FormSection({ title, children, hint }: { title: string; children: ReactNode; hint?: string }) {
  return (
    <fieldset className="ce-section">
      <legend>{title}</legend>
      {hint && <p className="muted small ce-hint">{hint}</p>}
      {children}
    </fieldset>
  );
}
