import { CloudOff, RefreshCw } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDeviceView } from '../../../../shared/contract/views';
import { api } from '../../api/client';
import { useAppStore } from '../../app/appStore';
import { navigate } from '../../app/navigation';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import type { Language } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { AuditLog } from './AuditLog';
import { DeviceGroupCard } from './DeviceGroupCard';
import { useDevicesStore } from './devicesStore';
import './devices.css';
import { PairPanel } from './PairPanel';
import { RevokeDialog } from './RevokeDialog';

/** How often the open screen asks the hub again (last contact, confirmed wipes). */
const POLL_MS = 15_000;
/** How long "revoked" stays above the list (the row keeps saying it). */
const MESSAGE_MS = 8_000;

/**
 * Apparaten: the group iPads of the location, per group, with pairing (manager), revocation
 * (manager and assistant) and the audit log.
 */
export function DevicesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const locationId = useAppStore((s) => s.locationId);
  const undelivered = useAppStore((s) => s.sync?.undeliveredRevocations ?? 0);
  const { overview } = useDevicesStore();
  const { open, reload, loadAudit } = useDevicesStore.getState();
  const [revoking, setRevoking] = useState<GroupDeviceView | null>(null);
  /** The device just revoked here, for the line that says what happened. */
  const [revokedName, setRevokedName] = useState<string | null>(null);

  useEffect(() => {
    if (locationId) void open(locationId);
  }, [locationId, open]);

  useEffect(() => {
    const off = api.onEvent((event) => {
      if (event.type === 'devicesChanged') {
        void reload();
        void loadAudit();
      }
    });
    const timer = setInterval(() => {
      void reload();
      void loadAudit();
    }, POLL_MS);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [reload, loadAudit]);

  useEffect(() => {
    void reload();
  }, [undelivered, reload]);

  useEffect(() => {
    if (!revokedName) return;
    const timer = setTimeout(() => setRevokedName(null), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [revokedName]);

  if (!locationId) return <Empty>{t('location.none')}</Empty>;
  const data = overview.data;

  return (
    <section className="page devices-page" aria-labelledby="devices-title">
      <div className="page-header">
        <div>
          <h1 id="devices-title">
            {t('devices.title')}
            {data?.locationName && ` · ${data.locationName}`}
          </h1>
          <p className="muted">{t('devices.subtitle')}</p>
        </div>
        <button
          type="button"
          onClick={() => {
            void reload();
            void loadAudit();
          }}
        >
          <RefreshCw aria-hidden size={16} className={overview.status === 'loading' ? 'spin' : undefined} />
          {t('devices.refresh')}
        </button>
      </div>

      {revokedName && (
        <p className="notice" role="status">
          {undelivered > 0 ? t('devices.revokedSentToast', { name: revokedName }) : t('devices.revokedToast', { name: revokedName })}
        </p>
      )}

      {overview.status === 'loading' && !data && <Loading />}
      {overview.status === 'error' && overview.error?.rule === 'devices.not_enrolled' && (
        <Empty>
          <div>
            <p>{t('devices.notEnrolled')}</p>
            <button type="button" onClick={() => navigate('sync')}>
              {t('devices.openSync')}
            </button>
          </div>
        </Empty>
      )}
      {overview.status === 'error' && overview.error && overview.error.rule !== 'devices.not_enrolled' && (
        <ErrorState error={overview.error} onRetry={() => void reload()} />
      )}

      {data && (
        <>
          {data.source !== 'hub' && (
            <p className="warning" role="status">
              <CloudOff aria-hidden size={16} />
              {data.source === 'cache' && data.fetchedAt
                ? t('devices.fromCache', { when: formatInstant(data.fetchedAt, language) })
                : t('devices.neverFetched')}
            </p>
          )}
          <PairPanel overview={data} />
          {data.groups.length === 0 ? (
            <Empty>{t('devices.noGroups')}</Empty>
          ) : (
            data.groups.map((group) => (
              <DeviceGroupCard key={group.groupId} group={group} canRevoke={data.canRevoke} onRevoke={setRevoking} />
            ))
          )}
          <AuditLog />
        </>
      )}

      {revoking && data && (
        <RevokeDialog
          device={revoking}
          locationId={data.locationId}
          onCancel={() => setRevoking(null)}
          onDone={(receipt) => {
            setRevoking(null);
            setRevokedName(receipt.device.name);
            void reload();
          }}
        />
      )}
    </section>
  );
}
