import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { AttendancePage } from '../features/attendance/AttendancePage';
import { ChildrenPage } from '../features/children/ChildrenPage';
import { DevicesPage } from '../features/devices/DevicesPage';
import { ImportPage } from '../features/import/ImportPage';
import { UndeliveredRevocationsBanner } from '../features/devices/UndeliveredRevocationsBanner';
import { LatePickupsPage } from '../features/latePickups/LatePickupsPage';
import { RatioPage } from '../features/ratio/RatioPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { RosterPage } from '../features/roster/RosterPage';
import { RevokedPage } from '../features/signIn/RevokedPage';
import { SignInPage } from '../features/signIn/SignInPage';
import { isStoreFault, StoreFaultPage } from '../features/storeFault/StoreFaultPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffPage } from '../features/staff/StaffPage';
import { SyncPage } from '../features/sync/SyncPage';
import { TodayPage } from '../features/today/TodayPage';
import { useNewLocationFlow } from '../features/welcome/newLocationFlow';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { useAppStore } from './appStore';
import { useCurrentPage, type Page } from './navigation';
import { Sidebar } from './Sidebar';
import { ErrorState, Loading } from './StateViews';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';

/** One screen per page of the menu. */
const screens: Record<Page, () => React.JSX.Element | null> = {
  settings: SettingsPage,
  today: TodayPage,
  roster: RosterPage,
  staff: StaffPage,
  children: ChildrenPage,
  attendance: AttendancePage,
  ratio: RatioPage,
  requests: RequestsPage,
  latePickups: LatePickupsPage,
  devices: DevicesPage,
  sync: SyncPage,
  import: ImportPage,
};

export function App() {
  const { t } = useTranslation();
  const { status, error, info, session, sync, load, setSync, setSession } = useAppStore();
  const page = useCurrentPage();
  const settingUp = useNewLocationFlow((s) => s.step !== null);

  useEffect(() => {
    void load();
    // back online: sync at once instead of waiting for the next retry
    const online = () => void api['sync.now']({});
    window.addEventListener('online', online);
    const off = api.onEvent((event) => {
      if (event.type === 'syncStatus') setSync(event.status);
      if (event.type === 'session') setSession(event.session);
      if (event.type === 'changed' && event.tables.some((t) => t === 'locations' || t === 'organisations')) void load();
    });
    return () => {
      off();
      window.removeEventListener('online', online);
    };
  }, [load, setSync, setSession]);

  if (status === 'loading') return <Loading />;
  if (status === 'error' && isStoreFault(error)) return <StoreFaultPage error={error} />;
  if (status === 'error' && error) return <ErrorState error={error} onRetry={() => void load()} />;
  if (sync?.state === 'revoked') return <RevokedPage sync={sync} />;
  if (session?.signInRequired && !session.user) return <SignInPage />;
  if ((info?.dataset === 'empty' && sync?.state === 'local_only') || settingUp) return <WelcomePage />;
  const Screen = screens[page];

  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <Sidebar current={page} />
      <div className="main-column">
        <TopBar />
        <UndeliveredRevocationsBanner />
        <main id="content" tabIndex={-1}>
          <Screen />
        </main>
      </div>
      <StatusBar />
    </div>
  );
}
