import { AlertTriangle, Pencil } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ChildDetail } from '../../../../shared/contract/views';
import { navigate } from '../../app/navigation';
import { NoticeLine } from '../../app/NoticeLine';
import { ErrorState, Loading } from '../../app/StateViews';
import type { Language } from '../../i18n';
import { formatDate, formatLongDate } from '../../i18n/format';
import { ChildForm } from './ChildForm';
import { ContactsCard, HealthCard } from './ChildInfoCards';
import { ConsentsCard } from './ConsentsCard';
import { ContractForm } from './ContractForm';
import { ContractsCard } from './ContractsCard';
import { HealthBanner } from './HealthBanner';
import { MentorCard } from './MentorCard';
import { useChildrenStore } from './childrenStore';
import { PickupPersonsCard } from './PickupPersonsCard';
import { planText } from './planLanguage';
import { PrivacyCard } from '../privacy/PrivacyCard';

/** The chosen child: who it is, the end-of-day-care flag, contracts, consents and pickup persons. */
export function ChildDetailPanel() {
  const { t } = useTranslation();
  const { childId, detail, detailStatus, detailError, notice, dialog } = useChildrenStore();
  const { openChild, openDialog, say, reload } = useChildrenStore.getState();
  if (childId === null) return <div className="card cp-detail cp-detail-empty muted">{t('children.choose')}</div>;
  if (detailStatus === 'loading' || (!detail && detailStatus !== 'error')) {
    return (
      <div className="card cp-detail">
        <Loading />
      </div>
    );
  }
  if (!detail) {
    return (
      <div className="card cp-detail">{detailError && <ErrorState error={detailError} onRetry={() => void openChild(childId)} />}</div>
    );
  }
  return (
    <article className="card cp-detail" aria-labelledby="child-name">
      <ChildHeader detail={detail} />
      <NoticeLine notice={notice} base="cp-notice" errorText={planText} />
      <KdvEndBanner detail={detail} />
      <ContractsCard detail={detail} />
      <div className="cp-columns">
        <ContactsCard detail={detail} />
        <HealthCard key={detail.childId} detail={detail} />
      </div>
      <div className="cp-columns">
        <ConsentsCard detail={detail} />
        <PickupPersonsCard detail={detail} />
      </div>
      <MentorCard detail={detail} />
      <PrivacyCard childId={detail.childId} />
      {dialog?.kind === 'editChild' && (
        <ChildForm
          detail={detail}
          locationId={detail.locationId}
          today={detail.today}
          onCancel={() => openDialog(null)}
          onDone={(_, name) => {
            openDialog(null);
            say({ kind: 'success', key: 'childEdit.saved', params: { name } });
            void reload();
          }}
        />
      )}
      {(dialog?.kind === 'newContract' || dialog?.kind === 'changeDays') && (
        <ContractForm
          detail={detail}
          placement={dialog.kind === 'changeDays' ? (detail.placements.find((p) => p.placementId === dialog.placementId) ?? null) : null}
          onCancel={() => openDialog(null)}
          onDone={(done) => {
            openDialog(null);
            say(done);
            void reload();
          }}
        />
      )}
    </article>
  );
}

function ChildHeader({ detail }: { detail: ChildDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <header className="cp-detail-header">
      <div className="cp-section-head">
        <h2 id="child-name">{detail.name}</h2>
        <button type="button" onClick={() => useChildrenStore.getState().openDialog({ kind: 'editChild' })}>
          <Pencil aria-hidden size={15} />
          {t('childEdit.edit')}
        </button>
      </div>
      <HealthBanner health={detail.health} />
      <dl className="cp-facts">
        <div>
          <dt>{t('children.dateOfBirth')}</dt>
          <dd>{formatLongDate(detail.dateOfBirth, language)}</dd>
        </div>
        <div>
          <dt>{t('children.ageLabel')}</dt>
          <dd>{t('children.age', { count: detail.age })}</dd>
        </div>
        <div>
          <dt>{t('children.fourthBirthday')}</dt>
          <dd>{formatLongDate(detail.fourthBirthday, language)}</dd>
        </div>
        {detail.siblings.length > 0 && (
          <div>
            <dt>{t('children.siblings')}</dt>
            <dd>
              {detail.siblings.map((s, i) => (
                <span key={s.childId}>
                  {i > 0 && ', '}
                  <a
                    href={`#/children?child=${encodeURIComponent(s.childId)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate('children', { child: s.childId });
                    }}
                  >
                    {s.name}
                  </a>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}

/** Day care ends at 4: the contract running past the day before the 4th birthday, with the end date proposed. */
function KdvEndBanner({ detail }: { detail: ChildDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { run, say } = useChildrenStore.getState();
  const flagged = detail.placements.find((p) => p.kdvEnd !== null);
  if (!flagged?.kdvEnd) return null;
  const flag = flagged.kdvEnd;
  const end = async () => {
    const error = await run('placement.end', { placementId: flag.placementId, endDate: flag.proposedEnd });
    say(error ? { kind: 'error', error } : { kind: 'success', key: 'children.kdvEnd.done', params: { date: { date: flag.proposedEnd } } });
  };
  return (
    <div className="warning cp-kdv-end" role="note">
      <AlertTriangle aria-hidden size={18} />
      <div>
        <strong>{t('children.kdvEnd.title')}</strong>
        <p>
          {t(flag.daysLeft >= 0 ? 'children.kdvEnd.body' : 'children.kdvEnd.overdue', {
            group: flagged.groupName,
            birthday: formatDate(flag.fourthBirthday, language),
            date: formatDate(flag.proposedEnd, language),
            count: Math.abs(flag.daysLeft),
          })}
        </p>
      </div>
      <button type="button" onClick={() => void end()}>
        {t('children.kdvEnd.action', { date: formatDate(flag.proposedEnd, language) })}
      </button>
    </div>
  );
}
