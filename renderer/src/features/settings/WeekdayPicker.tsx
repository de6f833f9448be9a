import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleFailure } from '../../../../shared/result';
import { FieldError } from './Field';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The days of the week as checkboxes (ma … zo), for the location's open days. */
export function WeekdayPicker({
  legend,
  days,
  onChange,
  onBlur,
  error,
  disabled,
}: {
  legend: string;
  days: readonly number[];
  onChange: (days: number[]) => void;
  onBlur?: () => void;
  error: RuleFailure | undefined;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <fieldset className="st-days" aria-describedby={error ? errorId : undefined} onBlur={onBlur}>
      <legend>{legend}</legend>
      {WEEKDAYS.map((day) => (
        <label key={day} title={t(`settings.weekdays.long.${day}`)}>
          <input
            type="checkbox"
            aria-label={t(`settings.weekdays.long.${day}`)}
            checked={days.includes(day)}
            disabled={disabled}
            onChange={(e) => onChange(e.target.checked ? [...days, day].sort((a, b) => a - b) : days.filter((d) => d !== day))}
          />
          <span aria-hidden>{t(`settings.weekdays.short.${day}`)}</span>
        </label>
      ))}
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
