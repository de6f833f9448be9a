import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import { useAppStore } from '../../app/appStore';
import { ErrorState } from '../../app/StateViews';
import { EnrolForm } from '../sync/EnrolForm';
import { NewLocationWizard } from './NewLocationWizard';
import { useNewLocationFlow } from './newLocationFlow';

/** A first start with an empty store: the demo organisation, a new location of one's own, or a hub. */
export function WelcomePage() {
  const { t } = useTranslation();
  const createDemo = useAppStore((s) => s.createDemo);
  const { step, start } = useNewLocationFlow();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (step !== null) return <NewLocationWizard />;
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
      <p>{t('settings.newLocation.offer')}</p>
      <button type="button" onClick={start}>
        {t('settings.newLocation.start')}
      </button>
      <hr />
      <p>{t('welcome.orConnect')}</p>
      <EnrolForm />
    </main>
  );
}
