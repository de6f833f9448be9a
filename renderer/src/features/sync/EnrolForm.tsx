import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import type { RuleFailure } from '../../../../shared/result';
import { checkHubUrl } from '../../../../shared/sync/hubUrl';
import { api } from '../../api/client';
import { useAppStore } from '../../app/appStore';
import { ErrorState } from '../../app/StateViews';

/** Hub address + one-time code: enrols this (empty) desk. */
export function EnrolForm() {
  const { t } = useTranslation();
  const load = useAppStore((s) => s.load);
  const [hubUrl, setHubUrl] = useState('http://127.0.0.1:5179');
  const [code, setCode] = useState('');
  const [deskName, setDeskName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [urlError, setUrlError] = useState<RuleFailure | null>(null);
  const checkUrl = () => {
    const checked = checkHubUrl(hubUrl);
    setUrlError(checked.ok ? null : checked);
    return checked.ok;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!checkUrl()) return;
    setBusy(true);
    setError(null);
    const result = await api['sync.enrol']({ hubUrl, code, deskName });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    await load();
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-labelledby="enrol-title">
      <h2 id="enrol-title">{t('sync.enrolTitle')}</h2>
      <p className="muted">{t('sync.enrolIntro')}</p>
      <label>
        <span>{t('sync.hubUrl')}</span>
        <input
          type="url"
          required
          value={hubUrl}
          aria-invalid={urlError ? true : undefined}
          aria-describedby={urlError ? 'enrol-hub-url-error' : undefined}
          onChange={(e) => {
            setHubUrl(e.target.value);
            setUrlError(null);
          }}
          onBlur={checkUrl}
        />
        {urlError && (
          <span className="field-error" id="enrol-hub-url-error" role="alert">
            {urlError.rule === 'hub.https_required' ? t('hubUrl.httpsRequired', urlError.params) : t('hubUrl.urlInvalid')}
          </span>
        )}
      </label>
      <label>
        <span>{t('sync.code')}</span>
        <input
          required
          minLength={8}
          maxLength={32}
          autoComplete="off"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
        />
      </label>
      <label>
        <span>{t('sync.deskName')}</span>
        <input required maxLength={100} value={deskName} onChange={(e) => setDeskName(e.target.value)} />
      </label>
      {error && <ErrorState error={error} />}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('sync.enrolling') : t('sync.enrol')}
      </button>
    </form>
  );
}
