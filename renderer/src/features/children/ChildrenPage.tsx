import { AlertTriangle, Search, UserPlus } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildListItem } from '../../../../shared/contract/views';
import { useAppStore } from '../../app/appStore';
import { navigate, usePageParams } from '../../app/navigation';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import type { Language } from '../../i18n';
import { ChildDetailPanel } from './ChildDetailPanel';
import { ChildForm } from './ChildForm';
import { HealthBanner } from './HealthBanner';
import { MentorFindings } from './MentorFindings';
import { useChildrenStore } from './childrenStore';
import { formatDate } from '../../i18n/format';
import './children.css';
import './childEdit.css';
import { useReloadOnChange } from '../../app/useReloadOnChange';

const RELOAD_ON = new Set([
  'children',
  'placements',
  'consents',
  'pickupPersons',
  'groups',
  'organisations',
  'childContacts',
  'childHealth',
]);
const FLAGGED = '__flagged';

/**
 * Kinderen: the location's children (search by name, filter by group or by "day care ends at 4"),
 * and the chosen child beside the list with its contracts, consents and pickup persons. The chosen
 * child is in the address (`#/children?child=...`), so the roster or a reload can open it.
 */
export function ChildrenPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const locationId = useAppStore((s) => s.locationId);
  const { list, listStatus, listError, dialog } = useChildrenStore();
  const { loadList, openChild, reload, openDialog, say } = useChildrenStore.getState();
  const params = usePageParams();
  const childParam = params.get('child');
  const [query, setQuery] = useState('');
  const [groupFilter, setGroupFilter] = useState('');

  useEffect(() => {
    if (locationId) void loadList(locationId);
  }, [locationId, loadList]);

  useEffect(() => {
    void openChild(childParam);
  }, [childParam, openChild]);

  useReloadOnChange(RELOAD_ON, () => void reload());

  const shown = useMemo(() => {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return (list?.children ?? []).filter(
      (c) =>
        words.every((w) => c.name.toLowerCase().includes(w)) &&
        (groupFilter === '' || (groupFilter === FLAGGED ? c.kdvEnd !== null : c.groupId === groupFilter)),
    );
  }, [list, query, groupFilter]);

  if (!locationId) return <Empty>{t('location.none')}</Empty>;
  const flagged = list?.children.filter((c) => c.kdvEnd !== null).length ?? 0;

  return (
    <section className="page" aria-labelledby="children-title">
      <div className="page-header">
        <div>
          <h1 id="children-title">
            {t('children.title')}
            {list ? ` · ${list.locationName}` : ''}
          </h1>
          <p className="muted">{t('children.subtitle')}</p>
        </div>
        <button type="button" className="primary" onClick={() => openDialog({ kind: 'newChild' })}>
          <UserPlus aria-hidden size={16} />
          {t('childEdit.newChild')}
        </button>
      </div>
      {dialog?.kind === 'newChild' && list && (
        <ChildForm
          detail={null}
          locationId={locationId}
          today={list.date}
          onCancel={() => openDialog(null)}
          onDone={(childId, name) => {
            // Straight on to the contract: the new child opened, its "Nieuw contract" dialog on top.
            void openChild(childId).then(() => {
              openDialog({ kind: 'newContract' });
              navigate('children', { child: childId });
              say({ kind: 'success', key: 'childEdit.created', params: { name } });
            });
          }}
        />
      )}
      <MentorFindings locationId={locationId} version={list} />
      {listStatus === 'loading' && <Loading />}
      {listStatus === 'error' && listError && <ErrorState error={listError} onRetry={() => void loadList(locationId)} />}
      {list && listStatus !== 'loading' && (
        <div className="cp-layout">
          <div className="card cp-list">
            <div className="cp-filters" role="search" aria-label={t('children.searchLabel')}>
              <label className="cp-search">
                <Search aria-hidden size={16} />
                <span className="cp-sr-only">{t('children.search')}</span>
                <input
                  type="search"
                  value={query}
                  placeholder={t('children.searchPlaceholder')}
                  onChange={(e) => setQuery(e.target.value)}
                />
              </label>
              <label className="field">
                <span>{t('children.group')}</span>
                <select value={groupFilter} onChange={(e) => setGroupFilter(e.target.value)}>
                  <option value="">{t('children.allGroups')}</option>
                  {list.groups.map((g) => (
                    <option key={g.groupId} value={g.groupId}>
                      {g.name}
                    </option>
                  ))}
                  <option value={FLAGGED}>{t('children.flaggedFilter', { count: flagged })}</option>
                </select>
              </label>
            </div>
            <p className="muted small cp-count" aria-live="polite">
              {t('children.count', { count: shown.length })}
            </p>
            {shown.length === 0 ? (
              <p className="muted cp-none">{t('children.none')}</p>
            ) : (
              <ul className="cp-children" aria-label={t('children.listLabel')}>
                {shown.map((c) => (
                  <ChildListRow key={c.childId} child={c} selected={c.childId === childParam} language={language} />
                ))}
              </ul>
            )}
          </div>
          <ChildDetailPanel />
        </div>
      )}
    </section>
  );
}

function ChildListRow({ child, selected, language }: { child: ChildListItem; selected: boolean; language: Language }) {
  const { t } = useTranslation();
  return (
    <li>
      <a
        href={`#/children?child=${encodeURIComponent(child.childId)}`}
        className="cp-child"
        aria-current={selected ? 'true' : undefined}
        onClick={(e) => {
          e.preventDefault();
          navigate('children', { child: child.childId });
        }}
      >
        <span className="cp-child-name">{child.name}</span>
        <span className="cp-child-meta muted small">
          {t('children.age', { count: child.age })}
          {child.groupName ? ` · ${child.groupName}` : ''}
          {child.status === 'upcoming' ? ` · ${t('children.status.upcoming')}` : ''}
          {child.status === 'ended' || child.status === 'none' ? ` · ${t(`children.status.${child.status}`)}` : ''}
        </span>
        <HealthBanner health={child.health} compact />
        {child.kdvEnd && (
          <span className="cp-flag small" title={t('children.kdvEnd.short', { date: formatDate(child.kdvEnd.proposedEnd, language) })}>
            <AlertTriangle aria-hidden size={13} />
            {t('children.kdvEnd.badge')}
          </span>
        )}
      </a>
    </li>
  );
}
