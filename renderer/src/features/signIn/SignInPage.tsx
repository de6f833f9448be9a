import { LogIn } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import { api } from '../../api/client';
import { useAppStore } from '../../app/appStore';
import { ErrorState } from '../../app/StateViews';

/** An enrolled desk: sign in with the hub account (online, or offline after a first online sign-in). */
export function SignInPage() {
  const { t } = useTranslation();
  const setSession = useAppStore((s) => s.setSession);
  const notice = useAppStore((s) => s.session?.notice ?? null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await api['auth.signIn']({ email, password });
    setBusy(false);
    if (!result.ok) {
      setPassword('');
      return setError(result.error);
    }
    setSession(result.value);
  };

  return (
    <main className="welcome" id="content">
      <form className="form" onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
        <h1 id="signin-title">{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        {notice && (
          <p className="warning" role="status">
            <strong>{t('signIn.signedOut')}:</strong> {notice}
          </p>
        )}
        <label>
          <span>{t('signIn.email')}</span>
          <input type="email" required autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          <span>{t('signIn.password')}</span>
          <input type="password" required autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && <ErrorState error={error} />}
        <button type="submit" className="primary" disabled={busy}>
          <LogIn aria-hidden size={16} />
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
        <p className="muted small">{t('signIn.offlineNote')}</p>
      </form>
    </main>
  );
}
