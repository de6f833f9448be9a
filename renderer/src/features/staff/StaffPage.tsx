import { Search, UserPlus } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffListItem } from '../../../../shared/contract/staffViews';
import { useAppStore } from '../../app/appStore';
import { navigate, usePageParams } from '../../app/navigation';
import { NoticeLine } from '../../app/NoticeLine';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import { useReloadOnChange } from '../../app/useReloadOnChange';
import type { Language } from '../../i18n';
import { ExpiringCertificates } from './ExpiringCertificates';
import { StaffDetailPanel } from './StaffDetailPanel';
import { StaffFormDialog } from './StaffFormDialog';
import { FirstAidBadge, PrkBadge } from './StaffBadges';
import { staffErrorText } from './staffLanguage';
import { useStaffStore } from './staffStore';
import { formatHours, periodText } from './staffText';
import './staff.css';

const RELOAD_ON = new Set(['staff', 'shifts', 'locations', 'organisations']);
type Filter = 'active' | 'ended' | 'all';

/**
 * Medewerkers: the location's staff as a table (search by name or function, filter employed /
 * left), the certificates to renew, and the chosen person beside it with their shifts from today;
 * new, edit and end in dialogs. The chosen person is in the address (`#/staff?staff=...`).
 */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const locationId = useAppStore((s) => s.locationId);
  const { list, listStatus, listError, notice } = useStaffStore();
  const { loadList, open, reload } = useStaffStore.getState();
  const staffParam = usePageParams().get('staff');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('active');
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (locationId) void loadList(locationId);
  }, [locationId, loadList]);
  useEffect(() => {
    void open(staffParam);
  }, [staffParam, open]);
  useReloadOnChange(RELOAD_ON, () => void reload());

  const shown = useMemo(() => {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return (list?.staff ?? []).filter((s) => {
      const text = `${s.name} ${s.jobTitle}`.toLowerCase();
      const inFilter = filter === 'all' || (filter === 'ended' ? s.status === 'ended' : s.status !== 'ended');
      return inFilter && words.every((w) => text.includes(w));
    });
  }, [list, query, filter]);

  if (!locationId) return <Empty>{t('location.none')}</Empty>;

  return (
    <section className="page" aria-labelledby="staff-title">
      <div className="page-header">
        <div>
          <h1 id="staff-title">
            {t('staff.title')}
            {list ? ` · ${list.locationName}` : ''}
          </h1>
          <p className="muted">{t('staff.subtitle')}</p>
        </div>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          <UserPlus aria-hidden size={16} />
          {t('staff.new')}
        </button>
      </div>
      <NoticeLine notice={notice} base="st-notice" errorText={staffErrorText} />
      {listStatus === 'loading' && <Loading />}
      {listStatus === 'error' && listError && <ErrorState error={listError} onRetry={() => void loadList(locationId)} />}
      {list && listStatus !== 'loading' && (
        <>
          <ExpiringCertificates certificates={list.expiring} />
          <div className="st-layout">
            <div className="card st-list">
              <div className="st-filters" role="search" aria-label={t('staff.searchLabel')}>
                <label className="st-search">
                  <Search aria-hidden size={16} />
                  <span className="st-sr-only">{t('staff.search')}</span>
                  <input
                    type="search"
                    value={query}
                    placeholder={t('staff.searchPlaceholder')}
                    onChange={(e) => setQuery(e.target.value)}
                  />
                </label>
                <label className="field">
                  <span>{t('staff.filter.label')}</span>
                  <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
                    <option value="active">{t('staff.filter.active')}</option>
                    <option value="ended">{t('staff.filter.ended')}</option>
                    <option value="all">{t('staff.filter.all')}</option>
                  </select>
                </label>
                <span className="muted small" aria-live="polite">
                  {t('staff.count', { count: shown.length })}
                </span>
              </div>
              {list.staff.length === 0 ? (
                <p className="muted st-none">{t('staff.empty')}</p>
              ) : shown.length === 0 ? (
                <p className="muted st-none">{t('staff.none')}</p>
              ) : (
                <table className="st-table" aria-label={t('staff.listLabel')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('staff.columns.name')}</th>
                      <th scope="col">{t('staff.columns.counts')}</th>
                      <th scope="col">{t('staff.columns.hours')}</th>
                      <th scope="col">{t('staff.columns.prk')}</th>
                      <th scope="col">{t('staff.columns.firstAid')}</th>
                      <th scope="col">{t('staff.columns.period')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((s) => (
                      <StaffRow key={s.staffId} staff={s} selected={s.staffId === staffParam} language={language} />
                    ))}
                  </tbody>
                </table>
              )}
            </div>
            <StaffDetailPanel />
          </div>
        </>
      )}
      {creating && <StaffFormDialog locationId={locationId} staff={null} onClose={() => setCreating(false)} />}
    </section>
  );
}

function StaffRow({ staff, selected, language }: { staff: StaffListItem; selected: boolean; language: Language }) {
  const { t } = useTranslation();
  return (
    <tr aria-current={selected ? 'true' : undefined} className={staff.status === 'ended' ? 'st-ended' : undefined}>
      <td>
        <a
          href={`#/staff?staff=${encodeURIComponent(staff.staffId)}`}
          className="st-name"
          onClick={(e) => {
            e.preventDefault();
            navigate('staff', { staff: staff.staffId });
          }}
        >
          {staff.name}
        </a>
        <span className="muted small st-job">{staff.jobTitle}</span>
      </td>
      <td className="st-nowrap">{t(`staff.countsShort.${staff.counts}`)}</td>
      <td>{formatHours(staff.contractMinutesPerWeek, language)}</td>
      <td>
        <PrkBadge staff={staff} compact />
      </td>
      <td>
        <FirstAidBadge staff={staff} compact />
      </td>
      <td>{periodText(staff, t, language)}</td>
    </tr>
  );
}
