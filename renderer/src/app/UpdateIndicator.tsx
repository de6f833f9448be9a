import { RefreshCw } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '../../../shared/contract/views';
import { api } from '../api/client';
import { Modal } from './Modal';
import './update.css';

const NOTES_SEEN_KEY = 'opvangdesk.releaseNotesSeen';

/**
 * The desk's own update, quietly in the status bar: nothing while checking or downloading, a
 * "restart to update" link once an update is ready, a short note while the restart waits for a
 * sync push. After an update the release notes are shown once. Browser mode: nothing at all.
 */
export function UpdateIndicator() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notesSeen, setNotesSeen] = useState(() => localStorage.getItem(NOTES_SEEN_KEY));

  useEffect(() => {
    let alive = true;
    let off: (() => void) | null = null;
    void api['update.status']({}).then((result) => {
      if (!alive || !result.ok) return;
      setStatus(result.value);
      if (result.value.state === 'unsupported') return;
      off = api.onEvent((event) => {
        if (event.type === 'updateStatus') setStatus(event.status);
      });
    });
    return () => {
      alive = false;
      off?.();
    };
  }, []);

  if (!status) return null;

  const install = async () => {
    setError(null);
    const result = await api['update.install']({});
    if (result.ok) setStatus(result.value);
    else setError(result.error.message);
  };
  const closeNotes = (version: string) => {
    localStorage.setItem(NOTES_SEEN_KEY, version);
    setNotesSeen(version);
  };
  const quietError = error ?? (status.state === 'ready' ? status.lastError : null);

  return (
    <>
      {status.state === 'ready' && (
        <button
          type="button"
          className="link-button update-restart"
          title={t('update.restartTitle', { version: status.availableVersion ?? '' })}
          onClick={() => void install()}
        >
          <RefreshCw aria-hidden size={14} />
          {t('update.restart')}
        </button>
      )}
      {status.state === 'waiting_for_sync' && (
        <span className="muted" role="status">
          {t('update.waitingForSync')}
        </span>
      )}
      {status.state === 'installing' && (
        <span className="muted" role="status">
          {t('update.installing')}
        </span>
      )}
      {quietError && <span className="muted update-error">{quietError}</span>}
      {status.installed && notesSeen !== status.installed.version && (
        <ReleaseNotes version={status.installed.version} notes={status.installed.notes} onClose={closeNotes} />
      )}
    </>
  );
}

function ReleaseNotes({ version, notes, onClose }: { version: string; notes: string; onClose: (version: string) => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('update.notesTitle', { version })} className="release-notes" onCancel={() => onClose(version)}>
      {/* plain text only (the main process strips any markup); never rendered as HTML */}
      <p className="release-notes-text">{notes === '' ? t('update.notesEmpty') : notes}</p>
      <div className="release-notes-actions">
        <button type="button" onClick={() => onClose(version)}>
          {t('update.close')}
        </button>
      </div>
    </Modal>
  );
}
