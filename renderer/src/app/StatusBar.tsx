import { AlertTriangle, Database, FlaskConical, LogOut } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { SyncStateBadge } from '../features/sync/SyncStateBadge';
import { formatClock } from '../i18n/format';
import type { Language } from '../i18n';
import { useAppStore } from './appStore';
import { UpdateIndicator } from './UpdateIndicator';

/**
 * Always visible: whose data this is, the sync state (online/offline, pending changes, changes
 * needing attention, clock skew), and who is signed in.
 */
export function StatusBar() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { info, sync, session, setSession } = useAppStore();
  if (!info) return null;
  const DatasetIcon = info.dataset === 'demo' ? FlaskConical : Database;
  return (
    <footer className="statusbar">
      <span className={`pill pill-${info.dataset}`}>
        <DatasetIcon aria-hidden size={14} />
        {t(`status.${info.dataset}`)}
      </span>
      {sync && (
        <a href="#/sync" className="status-link" role="status" aria-label={t('sync.title')}>
          <SyncStateBadge state={sync.state} />
          {sync.lastSuccessAt && (
            <span className="muted">{t('statusBar.lastSync', { time: formatClock(sync.lastSuccessAt, language) })}</span>
          )}
          {sync.pending > 0 && <span className="pill pill-pending">{t('statusBar.pending', { count: sync.pending })}</span>}
          {sync.needsAttention > 0 && (
            <span className="pill pill-attention">
              <AlertTriangle aria-hidden size={14} />
              {t('statusBar.attention', { count: sync.needsAttention })}
            </span>
          )}
          {sync.clockSkewMs !== null && <span className="pill pill-attention">{t('statusBar.clockSkew')}</span>}
        </a>
      )}
      <span className="spacer" />
      {session?.user && (
        <span className="session">
          {t('statusBar.signedInAs', { name: session.user.name, role: t(`roles.${session.user.role}`) })}
          {session.user.offline && <span className="muted"> · {t('statusBar.signedInOffline')}</span>}
          <button
            type="button"
            className="link-button"
            onClick={async () => {
              const result = await api['auth.signOut']({});
              if (result.ok) setSession(result.value);
            }}
          >
            <LogOut aria-hidden size={14} />
            {t('statusBar.signOut')}
          </button>
        </span>
      )}
      <UpdateIndicator />
      <span className="muted">{t('status.version', { version: info.version })}</span>
    </footer>
  );
}
