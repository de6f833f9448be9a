import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import type { GroupSettings } from '../../../../shared/contract/settingsViews';
import { Modal } from '../../app/Modal';
import type { Language } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { settingsText } from './settingsText';
import { save } from './settingsStore';

/** Closes a group from a date (today or later): the core refuses while contracts or shifts run then. */
export function CloseGroupDialog({
  group,
  today,
  onDone,
  onCancel,
}: {
  group: GroupSettings;
  today: string;
  onDone: (closedFrom: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState(today);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const error = await save('group.close', { groupId: group.id, closedFrom: date });
    setBusy(false);
    if (error) return setRefusal(error);
    onDone(date);
  };
  return (
    <Modal title={t('settings.groups.close.title', { group: group.name })} className="st-dialog" onCancel={onCancel}>
      <form className="st-form" onSubmit={(e) => void submit(e)}>
        <p>{t('settings.groups.close.body')}</p>
        <label className="st-field">
          <span>{t('settings.groups.close.from')}</span>
          <input
            type="date"
            required
            min={today}
            value={date}
            aria-invalid={refusal ? true : undefined}
            onChange={(e) => {
              setDate(e.target.value);
              setRefusal(null);
            }}
          />
          {date && <span className="st-hint">{formatDay(date, i18n.language as Language)}</span>}
          {refusal && (
            <span className="st-error" role="alert">
              {settingsText(refusal, i18n.language as Language)}
            </span>
          )}
        </label>
        <div className="st-actions">
          <button type="submit" className="primary" disabled={busy || !date}>
            {t('settings.groups.close.confirm')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('settings.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/**
 * Removes a group entered by mistake. A group with contracts is never removed: the dialog says so
 * and offers closing it from a date instead (the core refuses the same, also for shifts or attendance).
 */
export function RemoveGroupDialog({
  group,
  onDone,
  onClose,
  onCancel,
}: {
  group: GroupSettings;
  onDone: () => void;
  /** Switch to closing the group from a date. */
  onClose: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const inUse = group.contractCount > 0 || refusal !== null;
  const remove = async () => {
    setBusy(true);
    const error = await save('group.remove', { groupId: group.id });
    setBusy(false);
    if (error) return setRefusal(error);
    onDone();
  };
  return (
    <Modal title={t('settings.groups.remove.title', { group: group.name })} className="st-dialog" onCancel={onCancel}>
      {inUse ? (
        <p className="st-refused" role="alert">
          {refusal
            ? settingsText(refusal, i18n.language as Language)
            : t('settings.groups.remove.hasContracts', { group: group.name, count: group.contractCount })}
        </p>
      ) : (
        <p>{t('settings.groups.remove.body', { group: group.name })}</p>
      )}
      <div className="st-actions">
        {inUse ? (
          group.closedFrom === null && (
            <button type="button" className="primary" onClick={onClose}>
              {t('settings.groups.remove.closeInstead')}
            </button>
          )
        ) : (
          <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
            {t('settings.groups.remove.confirm')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('settings.cancel')}
        </button>
      </div>
    </Modal>
  );
}
