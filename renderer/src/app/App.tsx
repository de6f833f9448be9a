import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ComingSoonPage } from '../features/comingSoon/ComingSoonPage';
import { RosterPage } from '../features/roster/RosterPage';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { useAppStore } from './appStore';
import { useCurrentPage } from './navigation';
import { Sidebar } from './Sidebar';
import { ErrorState, Loading } from './StateViews';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';

export function App() {
  const { t } = useTranslation();
  const { status, error, info, load } = useAppStore();
  const page = useCurrentPage();

  useEffect(() => {
    void load();
    return api.onEvent((event) => {
      if (event.type === 'changed' && event.tables.some((t) => t === 'locations' || t === 'organisations')) void load();
    });
  }, [load]);

  if (status === 'loading') return <Loading />;
  if (status === 'error' && error) return <ErrorState error={error} onRetry={() => void load()} />;
  if (info?.dataset === 'empty') return <WelcomePage />;

  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <Sidebar current={page} />
      <div className="main-column">
        <TopBar />
        <main id="content" tabIndex={-1}>
          {page === 'roster' ? <RosterPage /> : <ComingSoonPage page={page} />}
        </main>
      </div>
      <StatusBar />
    </div>
  );
}
