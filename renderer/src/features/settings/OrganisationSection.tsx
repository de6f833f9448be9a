import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../../shared/contract/settingsViews';
import type { Notice } from '../../app/NoticeLine';
import type { Language } from '../../i18n';
import { formatMoney } from '../../i18n/format';
import { TextField } from './Field';
import { checkRulesDraft, rulesDraftOf, type RulesField } from './organisationDraft';
import { save } from './settingsStore';
import { useDraftForm } from './useDraftForm';

type TextRulesField = Exclude<RulesField, 'allowMixedPayment'>;
const REQUEST_FIELDS: readonly TextRulesField[] = ['minNoticeDays', 'cancelMinDaysBefore', 'invoicePerHour', 'swapMinDaysBefore'];
const LATE_FIELDS: readonly TextRulesField[] = [
  'graceMinutes',
  'warningFromCount',
  'flatFineFromCount',
  'flatFine',
  'perHourFineFromCount',
  'perStartedHour',
  'perStartedQuarterAfterClosing',
];
const EUROS: ReadonlySet<TextRulesField> = new Set(['invoicePerHour', 'flatFine', 'perStartedHour', 'perStartedQuarterAfterClosing']);

/**
 * Organisatie: the organisation's request and late-pickup terms. Editable by the manager of a desk
 * that is not enrolled (a single-location organisation); on an enrolled desk the organisation sets
 * them at the hub, so they are shown read-only.
 */
export function OrganisationSection({ view, onNotice }: { view: SettingsView; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const { organisation } = view;
  return (
    <section className="card st-section" aria-labelledby="st-org-title">
      <h2 id="st-org-title">{t('settings.organisation.title', { organisation: organisation.name })}</h2>
      {organisation.editable ? (
        <RulesForm view={view} onNotice={onNotice} />
      ) : (
        <>
          <p className="st-banner">{t('settings.organisation.byHub')}</p>
          <RulesFacts view={view} />
        </>
      )}
    </section>
  );
}

function RulesForm({ view, onNotice }: { view: SettingsView; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const form = useDraftForm(rulesDraftOf(view.organisation.rules), checkRulesDraft);
  const { reset } = form;
  const [busy, setBusy] = useState(false);
  const saved = JSON.stringify(view.organisation.rules);
  useEffect(() => reset(rulesDraftOf(JSON.parse(saved))), [saved, reset]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const rules = form.submit();
    if (!rules) return onNotice({ kind: 'error', key: 'settings.organisation.fix' });
    setBusy(true);
    const error = await save('organisation.setRules', { organisationId: view.organisation.id, rules });
    setBusy(false);
    onNotice(error ? { kind: 'error', error } : { kind: 'success', key: 'settings.organisation.saved' });
  };
  const field = (name: TextRulesField) => (
    <TextField
      key={name}
      label={t(`settings.organisation.fields.${name}`)}
      value={form.draft[name]}
      error={form.errorOf(name)}
      onBlur={() => form.touch(name)}
      onValue={(v) => form.set(name, v)}
      inputMode={EUROS.has(name) ? 'decimal' : 'numeric'}
      className="st-short"
      maxLength={12}
    />
  );

  return (
    <form className="st-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{t('settings.organisation.editable')}</p>
      <h3>{t('settings.organisation.requests')}</h3>
      <div className="st-grid st-grid-2">
        {REQUEST_FIELDS.slice(0, 2).map(field)}
        <fieldset className="st-choice">
          <legend>{t('settings.organisation.fields.allowMixedPayment')}</legend>
          {[false, true].map((mixed) => (
            <label key={String(mixed)}>
              <input
                type="radio"
                name="allowMixedPayment"
                checked={form.draft.allowMixedPayment === mixed}
                onChange={() => form.set('allowMixedPayment', mixed)}
              />
              <span>{t(mixed ? 'settings.organisation.payment.mixed' : 'settings.organisation.payment.either')}</span>
            </label>
          ))}
        </fieldset>
        {REQUEST_FIELDS.slice(2).map(field)}
      </div>
      <h3>{t('settings.organisation.latePickup')}</h3>
      <div className="st-grid st-grid-2">{LATE_FIELDS.map(field)}</div>
      <div className="st-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('settings.save')}
        </button>
      </div>
    </form>
  );
}

function RulesFacts({ view }: { view: SettingsView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { extraDay, swapDay, latePickup: late } = view.organisation.rules;
  const money = (cents: number) => formatMoney(cents, language);
  const rows: [string, string | number][] = [
    ['minNoticeDays', extraDay.minNoticeDays],
    ['cancelMinDaysBefore', extraDay.cancelMinDaysBefore],
    ['allowMixedPayment', t(extraDay.allowMixedPayment ? 'settings.organisation.payment.mixed' : 'settings.organisation.payment.either')],
    ['invoicePerHour', money(extraDay.invoiceCentsPerHour)],
    ['swapMinDaysBefore', swapDay.minDaysBefore],
    ['graceMinutes', late.graceMinutes],
    ['warningFromCount', late.warningFromCount],
    ['flatFineFromCount', late.flatFineFromCount],
    ['flatFine', money(late.flatFineCents)],
    ['perHourFineFromCount', late.perHourFineFromCount],
    ['perStartedHour', money(late.perStartedHourCents)],
    ['perStartedQuarterAfterClosing', money(late.perStartedQuarterAfterClosingCents)],
  ];
  return (
    <dl className="facts st-facts">
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{t(`settings.organisation.fields.${name}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
