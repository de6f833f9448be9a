import { Cloud, CloudOff, HardDrive, Loader2, ShieldAlert, TriangleAlert, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../../../shared/contract/views';

const icons: Record<SyncState, LucideIcon> = {
  local_only: HardDrive,
  syncing: Loader2,
  online: Cloud,
  offline: CloudOff,
  revoked: ShieldAlert,
  update_required: TriangleAlert,
  error: TriangleAlert,
};

/** The sync state as icon + word (never colour alone). */
export function SyncStateBadge({ state }: { state: SyncState }) {
  const { t } = useTranslation();
  const Icon = icons[state];
  return (
    <span className={`pill sync-${state}`}>
      <Icon aria-hidden size={14} className={state === 'syncing' ? 'spin' : undefined} />
      {t(`sync.state.${state}`)}
    </span>
  );
}
