import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import type { CareType } from '../../../../shared/model/rows';
import { CARE_AGES } from '../../../../shared/domain/masterData/groupRules';
import type { Language } from '../../i18n';
import { ageRangeText } from './ageText';
import { TextField } from './Field';
import { WeekdayPicker } from './WeekdayPicker';
import { checkGroupDraft, type GroupDraft, type GroupValues } from './groupDraft';
import { settingsText } from './settingsText';
import { useDraftForm } from './useDraftForm';

/**
 * A group's fields (Instellingen → Groepen and the first start): name, care type, ages in months
 * (shown in years and months beside them), licensed places, room, the days it runs, the back
 * office's group code. Enter
 * saves; the caller says what saving means and gets the refusal back to show.
 */
export function GroupForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: GroupDraft;
  submitLabel: string;
  onSubmit: (values: GroupValues) => Promise<ApiError | null>;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useDraftForm(initial, checkGroupDraft);
  const { draft, set, touch, errorOf } = form;
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const values = form.submit();
    if (!values) return;
    setBusy(true);
    const error = await onSubmit(values);
    setBusy(false);
    setRefusal(error);
    if (!error) form.reset(initial);
  };
  const text = (field: 'name' | 'ageMinMonths' | 'ageMaxMonths' | 'capacity' | 'externalId' | 'room') => ({
    label: t(`settings.groups.fields.${field}`),
    value: draft[field],
    error: errorOf(field),
    onBlur: () => touch(field),
    onValue: (v: string) => set(field, v),
  });
  const min = Number(draft.ageMinMonths);
  const max = Number(draft.ageMaxMonths);
  const friendly = Number.isInteger(min) && Number.isInteger(max) && draft.ageMinMonths !== '' && draft.ageMaxMonths !== '';

  return (
    <form className="st-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="st-grid">
        <TextField {...text('name')} required maxLength={100} autoComplete="off" />
        <fieldset className="st-choice">
          <legend>{t('settings.groups.fields.careType')}</legend>
          {(['KDV', 'BSO'] as const satisfies readonly CareType[]).map((care) => (
            <label key={care}>
              <input
                type="radio"
                name="careType"
                checked={draft.careType === care}
                onChange={() => {
                  // a new care type brings its own ages (KDV 0-4 years, BSO 4-13)
                  set('careType', care);
                  set('ageMinMonths', String(CARE_AGES[care].from));
                  set('ageMaxMonths', String(CARE_AGES[care].to));
                }}
              />
              <span>{t(`settings.groups.care.${care}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="st-pair">
          <TextField {...text('ageMinMonths')} inputMode="numeric" maxLength={3} className="st-short" />
          <TextField {...text('ageMaxMonths')} inputMode="numeric" maxLength={3} className="st-short" />
        </div>
        <p className="st-hint st-age">{friendly ? ageRangeText(min, max, t) : '\u00a0'}</p>
        <TextField
          {...text('capacity')}
          hint={t('settings.groups.capacityHint')}
          inputMode="numeric"
          maxLength={2}
          className="st-short"
          required
        />
        <TextField {...text('room')} hint={t('settings.groups.roomHint')} maxLength={100} autoComplete="off" />
        <WeekdayPicker
          legend={t('settings.groups.fields.days')}
          days={draft.days}
          onChange={(days) => {
            set('days', days);
            touch('days');
          }}
          error={errorOf('days')}
        />
        <TextField {...text('externalId')} hint={t('settings.groups.externalIdHint')} maxLength={64} autoComplete="off" />
      </div>
      {refusal && (
        <p className="st-error" role="alert">
          {settingsText(refusal, i18n.language as Language)}
        </p>
      )}
      <div className="st-actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('settings.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
