import { CloudOff, Database, FlaskConical } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './appStore';

/** Always visible: whose data this is, and the sync state (local only until a hub is connected). */
export function StatusBar() {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.info);
  if (!info) return null;
  const DatasetIcon = info.dataset === 'demo' ? FlaskConical : Database;
  return (
    <footer className="statusbar" role="status">
      <span className={`pill pill-${info.dataset}`}>
        <DatasetIcon aria-hidden size={14} />
        {t(`status.${info.dataset}`)}
      </span>
      <span className="pill">
        <CloudOff aria-hidden size={14} />
        {t('status.syncLocal')}
      </span>
      <span className="spacer" />
      <span className="muted">{t('status.version', { version: info.version })}</span>
    </footer>
  );
}
