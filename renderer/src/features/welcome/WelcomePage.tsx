import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import { useAppStore } from '../../app/appStore';
import { ErrorState } from '../../app/StateViews';
import { EnrolForm } from '../sync/EnrolForm';

/** A first start with an empty store: offer the demo organisation. */
export function WelcomePage() {
  const { t } = useTranslation();
  const createDemo = useAppStore((s) => s.createDemo);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <main className="welcome" id="content">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.body')}</p>
      {error && <ErrorState error={error} />}
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(await createDemo());
          setBusy(false);
        }}
      >
        {busy ? t('welcome.creating') : t('welcome.createDemo')}
      </button>
      <hr />
      <p>{t('welcome.orConnect')}</p>
      <EnrolForm />
    </main>
  );
}
