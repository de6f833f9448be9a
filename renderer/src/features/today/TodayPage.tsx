import { RefreshCw } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatioLevel, RatioToday } from '../../../../shared/contract/views';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';
import { useAppStore } from '../../app/appStore';
import { navigate } from '../../app/navigation';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import { formatLongDate } from '../../i18n/format';
import type { Language } from '../../i18n';
import { closureName } from '../ratio/ratioLanguage';
import { levelIcons } from '../ratio/RatioLevelBadge';
import { useRatioStore } from '../ratio/ratioStore';
import '../ratio/ratio.css';
import './today.css';
import { TodayUnitCard } from './TodayUnitCard';
import { useTodayStore } from './todayStore';
import { useReloadOnChange } from '../../app/useReloadOnChange';
import { FirstAidToday } from '../staff/FirstAidToday';

const REFRESH_MS = 60_000;
const RELOAD_ON = new Set(['groups', 'children', 'placements', 'staff', 'shifts', 'organisations', 'locations']);

/** Vandaag: the chosen location's groups at a glance, and a compact line for every other location. */
export function TodayPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const locationId = useAppStore((s) => s.locationId);
  const selectLocation = useAppStore((s) => s.selectLocation);
  const { today, status, error, load } = useTodayStore();

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [load]);
  useReloadOnChange(RELOAD_ON, () => void load());

  const openRatio = (location: string, unitId: string | null) => {
    if (!today) return;
    if (location !== locationId) selectLocation(location);
    void useRatioStore.getState().open(location, today.date, unitId);
    navigate('ratio');
  };

  if (status === 'loading' && !today) return <Loading />;
  if (status === 'error' && error && !today) return <ErrorState error={error} onRetry={() => void load()} />;
  if (!today || today.locations.length === 0) return <Empty>{t('location.none')}</Empty>;
  const current = today.locations.find((l) => l.locationId === locationId) ?? today.locations[0]!;
  const others = today.locations.filter((l) => l !== current);

  return (
    <section className="page today-page" aria-labelledby="today-title">
      <div className="page-header">
        <div>
          <h1 id="today-title">
            {t('today.title')} · {current.name}
          </h1>
          <p className="muted">
            {formatLongDate(today.date, language)} · {t('today.at', { time: formatTime(today.time) })}
          </p>
        </div>
        <button type="button" onClick={() => void load()} title={t('today.refreshHint')}>
          <RefreshCw aria-hidden size={16} />
          {t('today.refresh')}
        </button>
      </div>
      {status === 'error' && error && <ErrorState error={error} onRetry={() => void load()} />}
      {current.closed ? (
        <Empty>{t('today.closed', { name: closureName(current.closed, language) })}</Empty>
      ) : current.units.length === 0 ? (
        <Empty>{t('ratio.noGroups')}</Empty>
      ) : (
        <>
          <FirstAidToday locationId={current.locationId} date={today.date} onOpenRatio={() => openRatio(current.locationId, null)} />
          {!current.safetyOk && (
            <p className="callout" role="note">
              {t('today.safety')}
            </p>
          )}
          <div className="today-grid">
            {current.units.map((unit) => (
              <TodayUnitCard key={unit.unitId} unit={unit} onOpen={() => openRatio(current.locationId, unit.unitId)} />
            ))}
          </div>
        </>
      )}
      {others.length > 0 && (
        <section className="card today-others" aria-labelledby="today-others-title">
          <header className="card-header">
            <h2 id="today-others-title">{t('today.otherLocations')}</h2>
          </header>
          <ul>
            {others.map((l) => (
              <li key={l.locationId}>
                <OtherLocation location={l} onOpen={(unitId) => openRatio(l.locationId, unitId)} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function OtherLocation({ location, onOpen }: { location: RatioToday['locations'][number]; onOpen: (unitId: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <div className="today-other">
      <strong className="today-other-name">{location.name}</strong>
      {location.closed ? (
        <span className="muted">{t('today.closed', { name: closureName(location.closed, language) })}</span>
      ) : (
        <span className="today-chips">
          {location.units.map((u) => (
            <button
              key={u.unitId}
              type="button"
              className={`today-chip level-badge level-${u.now?.level ?? 'none'}`}
              onClick={() => onOpen(u.unitId)}
              aria-label={t('today.chip', { name: u.name, level: levelWord(u.now?.level ?? null, t) })}
            >
              <ChipIcon level={u.now?.level ?? null} />
              <span className="today-chip-name">{u.name}</span>
              <span className="today-chip-level">{levelWord(u.now?.level ?? null, t)}</span>
            </button>
          ))}
        </span>
      )}
    </div>
  );
}

function ChipIcon({ level }: { level: RatioLevel | null }) {
  if (level === null) return null;
  const Icon = levelIcons[level];
  return <Icon aria-hidden size={13} />;
}

function levelWord(level: RatioLevel | null, t: (key: string) => string): string {
  return level === null ? t('ratio.level.none') : t(`ratio.level.${level}`);
}
