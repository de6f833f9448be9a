import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import type { RequestForm } from '../../../../shared/contract/requestViews';
import { requestKinds } from '../../../../shared/domain/requests/request';
import type { RequestKind } from '../../../../shared/domain/requests/request';
import { api } from '../../api/client';
import { ErrorState } from '../../app/StateViews';
import type { Language } from '../../i18n';
import { intakeArgs, type IntakeValues } from './intakeArgs';
import { Modal } from '../../app/Modal';
import { errorText } from './requestsLanguage';

/** `YYYY-MM-DDTHH:MM` of an instant at the location (for a datetime-local field). */
function localInput(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/**
 * Entering a request on the parent's behalf (it came by e-mail or phone): the arrival moment is
 * the e-mail's, the rules run in the core at that moment, and what fails is shown in the queue.
 */
export function IntakeForm({
  locationId,
  onDone,
  onCancel,
}: {
  locationId: string;
  onDone: (childName: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [form, setForm] = useState<RequestForm | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [v, setV] = useState<IntakeValues>({
    kind: 'extraDay',
    childId: '',
    groupId: '',
    date: '',
    toDate: '',
    originalDate: '',
    start: '07:30',
    end: '18:00',
    payment: 'invoice',
    absenceReason: 'holiday',
    channel: 'email',
    arrivedAt: localInput(new Date()),
    expiresAt: '',
    otherGroupConsent: false,
    note: '',
  });

  useEffect(() => {
    void api['requests.form']({ locationId }).then((r) => (r.ok ? setForm(r.value) : setError(r.error)));
  }, [locationId]);

  const set = <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const chooseChild = (childId: string) => {
    const child = form?.children.find((c) => c.childId === childId);
    setV((old) => ({ ...old, childId, groupId: child?.groupId ?? '', otherGroupConsent: child?.otherGroupConsent ?? false }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = intakeArgs(v);
    if (!built.ok) return setInvalid(built.field);
    setInvalid(null);
    setBusy(true);
    const result = await api.mutate({ name: 'request.submit', args: built.args });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const child = form?.children.find((c) => c.childId === v.childId);
    onDone(child?.name ?? '');
  };

  const times = v.kind !== 'absence';
  return (
    <Modal title={t('requests.intake.title')} className="rq-dialog" onCancel={onCancel}>
      <form className="rq-form rq-intake" onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('requests.intake.intro')}</p>
        <div className="rq-form-grid">
          <label>
            <span>{t('requests.intake.kind')}</span>
            <select value={v.kind} onChange={(e) => set('kind', e.target.value as RequestKind)}>
              {requestKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`requests.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('requests.intake.child')}</span>
            <select value={v.childId} required onChange={(e) => chooseChild(e.target.value)}>
              <option value="">{t('requests.intake.chooseChild')}</option>
              {form?.children.map((c) => (
                <option key={c.childId} value={c.childId}>
                  {c.name} ({c.groupName})
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('requests.intake.group')}</span>
            <select value={v.groupId} onChange={(e) => set('groupId', e.target.value)}>
              {form?.groups.map((g) => (
                <option key={g.groupId} value={g.groupId}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>
              {v.kind === 'absence'
                ? t('requests.intake.from')
                : v.kind === 'swapDay'
                  ? t('requests.intake.swapDay')
                  : t('requests.intake.date')}
            </span>
            <input type="date" required value={v.date} onChange={(e) => set('date', e.target.value)} />
          </label>
          {v.kind === 'absence' && (
            <label>
              <span>{t('requests.intake.to')}</span>
              <input type="date" value={v.toDate} onChange={(e) => set('toDate', e.target.value)} />
            </label>
          )}
          {v.kind === 'swapDay' && (
            <label>
              <span>{t('requests.intake.originalDate')}</span>
              <input type="date" required value={v.originalDate} onChange={(e) => set('originalDate', e.target.value)} />
            </label>
          )}
          {times && (
            <>
              <label>
                <span>{t('requests.intake.start')}</span>
                <input type="time" required value={v.start} onChange={(e) => set('start', e.target.value)} />
              </label>
              <label>
                <span>{t('requests.intake.end')}</span>
                <input type="time" required value={v.end} onChange={(e) => set('end', e.target.value)} />
              </label>
            </>
          )}
          {v.kind === 'extraDay' && (
            <label>
              <span>{t('requests.intake.payment')}</span>
              <select value={v.payment} onChange={(e) => set('payment', e.target.value as IntakeValues['payment'])}>
                <option value="invoice">{t('requests.payment.invoice')}</option>
                <option value="swap_hours">{t('requests.payment.swap_hours')}</option>
              </select>
            </label>
          )}
          {v.kind === 'absence' && (
            <label>
              <span>{t('requests.intake.absenceReason')}</span>
              <select value={v.absenceReason} onChange={(e) => set('absenceReason', e.target.value as IntakeValues['absenceReason'])}>
                {(['holiday', 'illness', 'other'] as const).map((r) => (
                  <option key={r} value={r}>
                    {t(`requests.absenceReason.${r}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            <span>{t('requests.intake.channel')}</span>
            <select value={v.channel} onChange={(e) => set('channel', e.target.value as IntakeValues['channel'])}>
              {(['email', 'phone', 'desk'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`requests.channel.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('requests.intake.arrivedAt')}</span>
            <input type="datetime-local" required value={v.arrivedAt} onChange={(e) => set('arrivedAt', e.target.value)} />
          </label>
          <label>
            <span>{t('requests.intake.expiresAt')}</span>
            <input type="datetime-local" value={v.expiresAt} onChange={(e) => set('expiresAt', e.target.value)} />
          </label>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={v.otherGroupConsent} onChange={(e) => set('otherGroupConsent', e.target.checked)} />
          {t('requests.intake.otherGroupConsent')}
        </label>
        <label>
          <span>{t('requests.intake.note')}</span>
          <textarea rows={2} maxLength={1000} value={v.note} onChange={(e) => set('note', e.target.value)} />
        </label>
        {invalid && (
          <p className="rq-invalid" role="alert">
            {t('requests.intake.invalid', { field: t(`requests.intake.${invalid}`) })}
          </p>
        )}
        {error && <ErrorState error={{ ...error, message: errorText(error, language) }} />}
        <div className="rq-dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('requests.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('requests.intake.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
