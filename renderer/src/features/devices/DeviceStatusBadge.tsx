import { Eraser, ShieldCheck, ShieldX, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { GroupDeviceView } from '../../../../shared/contract/views';

/** A device's status as icon + word (never colour alone), and "not yet delivered" when so. */
export function DeviceStatusBadge({ device }: { device: GroupDeviceView }) {
  const { t } = useTranslation();
  const Icon = device.status === 'active' ? ShieldCheck : device.status === 'wiped' ? Eraser : ShieldX;
  return (
    <span className="device-status">
      <span className={`pill device-${device.status}`}>
        <Icon aria-hidden size={14} />
        {t(`devices.status.${device.status}`)}
      </span>
      {device.revocation?.undelivered && (
        <span className="pill device-undelivered">
          <TriangleAlert aria-hidden size={14} />
          {t('devices.undeliveredBadge')}
        </span>
      )}
      {device.revocation?.refused !== null && device.revocation?.refused !== undefined && (
        <span className="pill device-undelivered" title={device.revocation.refused}>
          <TriangleAlert aria-hidden size={14} />
          {t('devices.refusedBadge')}
        </span>
      )}
    </span>
  );
}
