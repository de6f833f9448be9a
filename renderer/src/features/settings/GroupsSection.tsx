import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { GroupSettings, SettingsView } from '../../../../shared/contract/settingsViews';
import { Modal } from '../../app/Modal';
import type { Notice } from '../../app/NoticeLine';
import { Empty } from '../../app/StateViews';
import type { Language } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { ageRangeText } from './ageText';
import { CloseGroupDialog, RemoveGroupDialog } from './GroupDialogs';
import { GroupForm } from './GroupForm';
import { emptyGroupDraft, groupDraftOf } from './groupDraft';
import { save } from './settingsStore';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; group: GroupSettings }
  | { kind: 'close'; group: GroupSettings }
  | { kind: 'remove'; group: GroupSettings };

/** Groepen: the location's groups with their ages, places and contracts; new, edit, close from a date, remove. */
export function GroupsSection({ view, today, onNotice }: { view: SettingsView; today: string; onNotice: (notice: Notice) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const done = (key: string, params: Record<string, string | { day: string }>) => {
    setDialog(null);
    onNotice({ kind: 'success', key, params });
  };

  return (
    <section className="card st-section" aria-labelledby="st-groups-title">
      <div className="st-section-header">
        <h2 id="st-groups-title">{t('settings.groups.title')}</h2>
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'create' })}>
          {t('settings.groups.new')}
        </button>
      </div>
      {view.groups.length === 0 ? (
        <Empty>{t('settings.groups.empty')}</Empty>
      ) : (
        <table className="st-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.groups.columns.name')}</th>
              <th scope="col">{t('settings.groups.columns.care')}</th>
              <th scope="col">{t('settings.groups.columns.ages')}</th>
              <th scope="col">{t('settings.groups.columns.places')}</th>
              <th scope="col">{t('settings.groups.columns.roomDays')}</th>
              <th scope="col">{t('settings.groups.columns.contracts')}</th>
              <th scope="col">{t('settings.groups.columns.status')}</th>
              <th scope="col">
                <span className="st-hidden">{t('settings.groups.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.groups.map((group) => (
              <tr key={group.id} className={group.closedFrom !== null ? 'st-closed' : undefined}>
                <th scope="row">{group.name}</th>
                <td>
                  <span className={`tag tag-${group.careType}`}>{group.careType}</span>
                </td>
                <td title={t('settings.groups.monthsTitle', { from: group.ageMinMonths, to: group.ageMaxMonths })}>
                  {ageRangeText(group.ageMinMonths, group.ageMaxMonths, t)}
                </td>
                <td>{group.capacity}</td>
                <td className="st-room-days">
                  {group.room && <div>{group.room}</div>}
                  <div className="st-nowrap">
                    {group.days.length === 7
                      ? t('settings.groups.everyDay')
                      : group.days.map((d) => t(`settings.weekdays.short.${d}`)).join(' ')}
                  </div>
                </td>
                <td>{group.currentContractCount}</td>
                <td>
                  {group.closedFrom === null
                    ? t('settings.groups.open')
                    : t(group.closedFrom <= today ? 'settings.groups.closedSince' : 'settings.groups.closesFrom', {
                        date: formatDay(group.closedFrom, language),
                      })}
                </td>
                <td>
                  <div className="st-row-actions">
                    {group.closedFrom === null ? (
                      <>
                        <button
                          type="button"
                          onClick={() => setDialog({ kind: 'edit', group })}
                          aria-label={t('settings.groups.editLabel', { group: group.name })}
                        >
                          {t('settings.groups.edit')}
                        </button>
                        <button
                          type="button"
                          onClick={() => setDialog({ kind: 'close', group })}
                          aria-label={t('settings.groups.closeLabel', { group: group.name })}
                        >
                          {t('settings.groups.closeAction')}
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        aria-label={t('settings.groups.reopenLabel', { group: group.name })}
                        onClick={async () => {
                          const error = await save('group.close', { groupId: group.id, closedFrom: null });
                          onNotice(
                            error
                              ? { kind: 'error', error }
                              : { kind: 'success', key: 'settings.groups.reopened', params: { group: group.name } },
                          );
                        }}
                      >
                        {t('settings.groups.reopen')}
                      </button>
                    )}
                    <button
                      type="button"
                      onClick={() => setDialog({ kind: 'remove', group })}
                      aria-label={t('settings.groups.removeLabel', { group: group.name })}
                    >
                      {t('settings.groups.removeAction')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <Modal
          title={dialog.kind === 'create' ? t('settings.groups.new') : t('settings.groups.editTitle', { group: dialog.group.name })}
          className="st-dialog"
          onCancel={() => setDialog(null)}
        >
          <GroupForm
            initial={dialog.kind === 'create' ? emptyGroupDraft('KDV', view.location.openDays) : groupDraftOf(dialog.group)}
            submitLabel={t('settings.save')}
            onCancel={() => setDialog(null)}
            onSubmit={async (values) => {
              const error =
                dialog.kind === 'create'
                  ? await save('group.create.v2', { ...values, id: uuidv7(), locationId: view.location.id })
                  : await save('group.update.v2', { ...values, groupId: dialog.group.id });
              if (!error) done(dialog.kind === 'create' ? 'settings.groups.created' : 'settings.groups.updated', { group: values.name });
              return error;
            }}
          />
        </Modal>
      )}
      {dialog?.kind === 'close' && (
        <CloseGroupDialog
          group={dialog.group}
          today={today}
          onCancel={() => setDialog(null)}
          onDone={(closedFrom) => done('settings.groups.closed', { group: dialog.group.name, date: { day: closedFrom } })}
        />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveGroupDialog
          group={dialog.group}
          onCancel={() => setDialog(null)}
          onClose={() => setDialog({ kind: 'close', group: dialog.group })}
          onDone={() => done('settings.groups.removed', { group: dialog.group.name })}
        />
      )}
    </section>
  );
}
