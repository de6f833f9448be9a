import { ShieldX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DeviceGroupView, GroupDeviceView } from '../../../../shared/contract/views';
import type { Language } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { DeviceStatusBadge } from './DeviceStatusBadge';

/** One group's iPads: name, status, who paired it and when, last contact, app version, and "revoke". */
export function DeviceGroupCard({
  group,
  canRevoke,
  onRevoke,
}: {
  group: DeviceGroupView;
  canRevoke: boolean;
  onRevoke: (device: GroupDeviceView) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const when = (instant: string) => formatInstant(instant, language);
  const titleId = `device-group-${group.groupId}`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card-header">
        <h2 id={titleId}>{group.name}</h2>
        <span className={`tag tag-${group.careType}`}>{t(`careType.${group.careType}`)}</span>
        <span className="muted">{t('devices.deviceCount', { count: group.devices.length })}</span>
      </div>
      {group.devices.length === 0 ? (
        <p className="group-empty muted">{t('devices.groupEmpty')}</p>
      ) : (
        <table className="data-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('devices.columns.name')}</th>
              <th scope="col">{t('devices.columns.status')}</th>
              <th scope="col">{t('devices.columns.paired')}</th>
              <th scope="col">{t('devices.columns.lastSeen')}</th>
              <th scope="col">{t('devices.columns.appVersion')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('devices.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {group.devices.map((d) => (
              <tr key={d.deviceId} className={d.revocation?.undelivered ? 'undelivered' : undefined}>
                <th scope="row">{d.name}</th>
                <td>
                  <DeviceStatusBadge device={d} />
                  {d.revocation && (
                    <div className="small muted">
                      {t('devices.revokedInfo', {
                        reason: t(`devices.reasons.${d.revocation.reason}`),
                        by: d.revocation.by,
                        when: when(d.revocation.at),
                      })}
                      {d.revocation.note && ` · ${d.revocation.note}`}
                    </div>
                  )}
                  {d.revocation?.refused && <div className="small refused">{d.revocation.refused}</div>}
                  {d.wipeConfirmedAt && <div className="small muted">{t('devices.wipedAt', { when: when(d.wipeConfirmedAt) })}</div>}
                </td>
                <td>
                  {when(d.pairedAt)}
                  <div className="small muted">{t('devices.pairedBy', { name: d.pairedBy })}</div>
                </td>
                <td>
                  {d.lastSeenAt ? when(d.lastSeenAt) : t('devices.never')}
                  {d.lockAt && <div className="small muted">{t('devices.locksAt', { when: when(d.lockAt) })}</div>}
                </td>
                <td>{d.appVersion ?? '—'}</td>
                <td className="actions">
                  {d.status === 'active' && canRevoke && (
                    <button
                      type="button"
                      className="danger-outline"
                      onClick={() => onRevoke(d)}
                      aria-label={t('devices.revokeLabel', { name: d.name })}
                    >
                      <ShieldX aria-hidden size={16} />
                      {t('devices.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
