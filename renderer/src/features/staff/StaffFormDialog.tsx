import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { ApiError } from '../../../../shared/contract/errors';
import type { StaffDetail } from '../../../../shared/contract/staffViews';
import { checkStaffForm, type StaffForm, type StaffFormField } from '../../../../shared/domain/masterData/staffRules';
import { Modal } from '../../app/Modal';
import type { Language } from '../../i18n';
import { staffRuleText } from './staffLanguage';
import { useStaffStore } from './staffStore';
import { formatHours } from './staffText';

/** Where a refused save's rule belongs in the form, so its sentence shows at that field. */
const FIELD_OF_RULE: Record<string, StaffFormField> = {
  'staff.external_id_taken': 'externalId',
  'staff.prk_after_shifts': 'prkRegisteredOn',
  'staff.active_from_after_shifts': 'activeFrom',
  'staff.active_to_after_from': 'activeFrom',
};

function formOf(staff: StaffDetail | null, language: Language): StaffForm {
  return {
    firstName: staff?.firstName ?? '',
    lastName: staff?.lastName ?? '',
    jobTitle: staff?.jobTitle ?? 'Pedagogisch medewerker',
    counts: staff?.counts ?? 'full',
    contractHours: staff ? formatHours(staff.contractMinutesPerWeek, language).replace(/\s/g, '') : '',
    activeFrom: staff?.activeFrom ?? '',
    prkRegisteredOn: staff?.prkRegisteredOn ?? '',
    ehboValidUntil: staff?.ehboValidUntil ?? '',
    externalId: staff?.externalId ?? '',
  };
}

/**
 * New staff member (`staff.create`) or edit (`staff.update`): every field checked as it is typed
 * with the rule's sentence at the field; a refusal of the desk (a personeelsnummer taken, a date
 * moved past rostered shifts) shows at the field it concerns. Enter saves, Escape closes.
 */
export function StaffFormDialog({ locationId, staff, onClose }: { locationId: string; staff: StaffDetail | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { run, say, open } = useStaffStore.getState();
  const [form, setForm] = useState<StaffForm>(() => formOf(staff, language));
  const [touched, setTouched] = useState<Partial<Record<StaffFormField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const checked = useMemo(() => checkStaffForm(form), [form]);

  const set = (field: StaffFormField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setTouched((x) => ({ ...x, [field]: true }));
    setRefusal(null);
  };
  const refusalField = refusal?.rule ? FIELD_OF_RULE[refusal.rule] : undefined;
  const errorOf = (field: StaffFormField): string | null => {
    if (refusal && refusalField === field) return staffRuleText(refusal, language);
    const failure = checked.failures[field];
    return failure && (touched[field] || submitted) ? staffRuleText(failure, language) : null;
  };

  const submit = async () => {
    setSubmitted(true);
    if (!checked.fields || saving) return;
    setSaving(true);
    const id = staff?.staffId ?? uuidv7();
    const error = staff
      ? await run('staff.update', { staffId: id, ...checked.fields })
      : await run('staff.create', { id, locationId, activeTo: null, ...checked.fields });
    setSaving(false);
    if (error) {
      setRefusal(error);
      return;
    }
    const name = `${checked.fields.firstName} ${checked.fields.lastName}`;
    say({ kind: 'success', key: staff ? 'staff.notices.updated' : 'staff.notices.created', params: { name } });
    onClose();
    if (!staff) window.location.hash = `/staff?staff=${encodeURIComponent(id)}`;
    else void open(id);
  };

  const field = (name: StaffFormField, input: (props: InputProps) => ReactNode, hint?: string) => (
    <Field key={name} label={t(`staff.fields.${name}`)} error={errorOf(name)} hint={hint}>
      {input}
    </Field>
  );

  return (
    <Modal
      title={staff ? t('staff.form.editTitle', { name: staff.name }) : t('staff.form.newTitle')}
      className="st-dialog"
      onCancel={onClose}
    >
      <form
        className="st-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="st-form-grid">
          {field('firstName', (p) => (
            <input {...p} value={form.firstName} onChange={(e) => set('firstName', e.target.value)} autoFocus />
          ))}
          {field('lastName', (p) => (
            <input {...p} value={form.lastName} onChange={(e) => set('lastName', e.target.value)} />
          ))}
          {field('jobTitle', (p) => (
            <input {...p} value={form.jobTitle} onChange={(e) => set('jobTitle', e.target.value)} />
          ))}
          {field(
            'counts',
            (p) => (
              <select {...p} value={form.counts} onChange={(e) => set('counts', e.target.value)}>
                <option value="full">{t('staff.counts.full')}</option>
                <option value="trainee">{t('staff.counts.trainee')}</option>
                <option value="none">{t('staff.counts.none')}</option>
              </select>
            ),
            t('staff.hints.counts'),
          )}
          {field('contractHours', (p) => (
            <input {...p} inputMode="decimal" value={form.contractHours} onChange={(e) => set('contractHours', e.target.value)} />
          ))}
          {field('externalId', (p) => (
            <input {...p} value={form.externalId} onChange={(e) => set('externalId', e.target.value)} />
          ))}
          {field('activeFrom', (p) => (
            <input {...p} type="date" value={form.activeFrom} onChange={(e) => set('activeFrom', e.target.value)} />
          ))}
          {field(
            'prkRegisteredOn',
            (p) => (
              <input {...p} type="date" value={form.prkRegisteredOn} onChange={(e) => set('prkRegisteredOn', e.target.value)} />
            ),
            t('staff.hints.prkRegisteredOn'),
          )}
          {field(
            'ehboValidUntil',
            (p) => (
              <input {...p} type="date" value={form.ehboValidUntil} onChange={(e) => set('ehboValidUntil', e.target.value)} />
            ),
            t('staff.hints.ehboValidUntil'),
          )}
        </div>
        {refusal && !refusalField && (
          <p className="st-invalid" role="alert">
            {staffRuleText(refusal, language)}
          </p>
        )}
        {submitted && !checked.fields && (
          <p className="st-invalid" role="alert">
            {t('staff.form.fix')}
          </p>
        )}
        <div className="st-dialog-actions">
          <button type="button" onClick={onClose}>
            {t('staff.form.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t('staff.form.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

type InputProps = { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };

/** A labelled field with its hint and, when wrong, the rule's sentence right under it. */
function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error: string | null;
  hint?: string | undefined;
  children: (p: InputProps) => ReactNode;
}) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="st-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== null, 'aria-describedby': describedBy })}
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="st-invalid small">
          {error}
        </span>
      )}
    </div>
  );
}
