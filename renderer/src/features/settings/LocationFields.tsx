import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleFailure } from '../../../../shared/result';
import { FieldError, TextField } from './Field';
import type { LocationDraft, LocationField } from './locationDraft';
import { WeekdayPicker } from './WeekdayPicker';

type Props = {
  draft: LocationDraft;
  set: (field: keyof LocationDraft, value: LocationDraft[keyof LocationDraft]) => void;
  touch: (field: LocationField) => void;
  errorOf: (field: LocationField) => RuleFailure | undefined;
  /** The wizard asks only what a first start needs; the address is filled in later under Instellingen. */
  withAddress?: boolean;
};

/** The location's fields, each with its rule's message where it is typed (Instellingen and the first start). */
export function LocationFields({ draft, set, touch, errorOf, withAddress = true }: Props) {
  const { t } = useTranslation();
  const addressErrorId = useId();
  const text = (field: 'name' | 'code' | 'lrkNumber' | 'street' | 'postcode' | 'city' | 'opensAt' | 'closesAt') => ({
    label: t(`settings.location.fields.${field}`),
    value: draft[field],
    error: errorOf(field),
    onBlur: () => touch(field),
  });
  return (
    <div className="st-grid st-grid-location">
      <TextField {...text('name')} required maxLength={200} autoComplete="off" onValue={(v) => set('name', v)} />
      <TextField
        {...text('code')}
        hint={t('settings.location.codeHint')}
        required
        maxLength={8}
        autoComplete="off"
        className="st-short"
        onValue={(v) => set('code', v.toUpperCase())}
      />
      <TextField
        {...text('lrkNumber')}
        hint={t('settings.location.lrkHint')}
        inputMode="numeric"
        maxLength={20}
        autoComplete="off"
        onValue={(v) => set('lrkNumber', v)}
      />
      <div className="st-pair st-times">
        <TextField {...text('opensAt')} inputMode="numeric" maxLength={5} className="st-time" onValue={(v) => set('opensAt', v)} />
        <TextField {...text('closesAt')} inputMode="numeric" maxLength={5} className="st-time" onValue={(v) => set('closesAt', v)} />
      </div>
      <WeekdayPicker
        legend={t('settings.location.fields.openDays')}
        days={draft.openDays}
        onChange={(days) => {
          set('openDays', days);
          touch('openDays');
        }}
        error={errorOf('openDays')}
      />
      {withAddress && (
        <fieldset className="st-address" aria-describedby={errorOf('address') ? addressErrorId : undefined}>
          <legend>{t('settings.location.fields.address')}</legend>
          <TextField {...text('street')} maxLength={200} autoComplete="street-address" onValue={(v) => set('street', v)} />
          <div className="st-pair">
            <TextField
              {...text('postcode')}
              maxLength={10}
              autoComplete="postal-code"
              className="st-short"
              onValue={(v) => set('postcode', v)}
            />
            <TextField {...text('city')} maxLength={100} autoComplete="address-level2" onValue={(v) => set('city', v)} />
          </div>
          <FieldError id={addressErrorId} error={errorOf('address')} />
        </fieldset>
      )}
    </div>
  );
}
