import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/appStore';
import { NoticeLine, type Notice } from '../../app/NoticeLine';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import { useReloadOnChange } from '../../app/useReloadOnChange';
import { GroupsSection } from './GroupsSection';
import { LocationSection } from './LocationSection';
import { OrganisationSection } from './OrganisationSection';
import { settingsText } from './settingsText';
import { useSettingsStore } from './settingsStore';
import './settings.css';

const RELOAD_ON = new Set(['locations', 'groups', 'placements', 'organisations']);

/** Instellingen: the location's facts, its groups, and the organisation's rules. */
export function SettingsPage() {
  const { t } = useTranslation();
  const locationId = useAppStore((s) => s.locationId);
  const today = useAppStore((s) => s.info?.today ?? '');
  const { view, status, error, load, reload } = useSettingsStore();
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    if (locationId) void load(locationId);
  }, [locationId, load]);
  useReloadOnChange(RELOAD_ON, () => void reload());

  if (!locationId) return <Empty>{t('location.none')}</Empty>;
  return (
    <section className="page st-page" aria-labelledby="settings-title">
      <div className="page-header">
        <div>
          <h1 id="settings-title">{t('settings.title')}</h1>
          <p>{view ? t('settings.subtitle', { location: view.location.name }) : '\u00a0'}</p>
        </div>
      </div>
      <NoticeLine notice={notice} base="st-notice" errorText={settingsText} />
      {status === 'error' && error && <ErrorState error={error} onRetry={() => void reload()} />}
      {!view && status !== 'error' && <Loading />}
      {view && (
        <div className="st-sections">
          <LocationSection view={view} onNotice={setNotice} />
          <GroupsSection view={view} today={today} onNotice={setNotice} />
          <OrganisationSection view={view} onNotice={setNotice} />
        </div>
      )}
    </section>
  );
}
