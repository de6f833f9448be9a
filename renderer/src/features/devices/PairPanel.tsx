import { Info, QrCode, Tablet, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import type { DevicesOverview } from '../../../../shared/contract/views';
import { api } from '../../api/client';
import { ErrorState } from '../../app/StateViews';
import { useDevicesStore } from './devicesStore';
import { formatCountdown, useNow } from './useNow';

/** Choose a group, get a one-time code with its QR code and a countdown of its 10 minutes (the manager only). */
export function PairPanel({ overview }: { overview: DevicesOverview }) {
  const { t } = useTranslation();
  const pairing = useDevicesStore((s) => s.pairing);
  const setPairing = useDevicesStore((s) => s.setPairing);
  const [groupId, setGroupId] = useState(overview.groups[0]?.groupId ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const offline = overview.source !== 'hub';
  if (!overview.canPair) {
    return (
      <section className="card device-pair" aria-labelledby="pair-title">
        <h2 id="pair-title">{t('devices.pair.title')}</h2>
        <p className="note" role="note">
          <Info aria-hidden size={16} />
          {t('devices.pair.managerOnly')}
        </p>
        <button type="button" disabled aria-describedby="pair-title">
          <Tablet aria-hidden size={16} />
          {t('devices.pair.button')}
        </button>
      </section>
    );
  }

  const request = async () => {
    setBusy(true);
    setError(null);
    const result = await api['devices.pairingCode']({ locationId: overview.locationId, groupId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setPairing(result.value);
    void useDevicesStore.getState().loadAudit();
  };

  return (
    <section className="card device-pair" aria-labelledby="pair-title">
      <h2 id="pair-title">{t('devices.pair.title')}</h2>
      {!pairing && (
        <>
          <p className="muted">{t('devices.pair.intro')}</p>
          <div className="pair-form">
            <label className="field">
              <span>{t('devices.pair.group')}</span>
              <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
                {overview.groups.map((g) => (
                  <option key={g.groupId} value={g.groupId}>
                    {g.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="primary" disabled={busy || !groupId || offline} onClick={() => void request()}>
              <QrCode aria-hidden size={16} />
              {busy ? t('devices.pair.busy') : t('devices.pair.button')}
            </button>
          </div>
          {offline && <p className="muted small">{t('devices.pair.needsHub')}</p>}
          {error && <ErrorState error={error} />}
        </>
      )}
      {pairing && <PairingCode onClose={() => setPairing(null)} />}
    </section>
  );
}

function PairingCode({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const pairing = useDevicesStore((s) => s.pairing);
  const now = useNow();
  if (!pairing) return null;
  const left = Date.parse(pairing.expiresAt) - now;
  const expired = left <= 0;
  return (
    <div className={`pairing-code${expired ? ' expired' : ''}`} aria-labelledby="pairing-code-title">
      <div className="pairing-text">
        <h3 id="pairing-code-title">{t('devices.pair.codeTitle', { group: pairing.groupName })}</h3>
        <p className="code" aria-label={t('devices.pair.codeLabel', { code: pairing.code.split('').join(' ') })}>
          {pairing.code}
        </p>
        <p role="timer" aria-live="off" className={expired ? 'countdown expired' : 'countdown'}>
          {expired ? t('devices.pair.expired') : t('devices.pair.remaining', { time: formatCountdown(left) })}
        </p>
        <p className="muted">{t('devices.pair.instructions', { minutes: pairing.validMinutes })}</p>
        <p className="muted small">{t('devices.pair.waiting')}</p>
        <button type="button" onClick={onClose}>
          <X aria-hidden size={16} />
          {expired ? t('devices.pair.another') : t('devices.pair.close')}
        </button>
      </div>
      <div className="pairing-qr">
        {pairing.qrDataUrl ? (
          <img src={pairing.qrDataUrl} alt={t('devices.pair.qrAlt', { code: pairing.code })} width={184} height={184} />
        ) : (
          <p className="no-qr">
            <QrCode aria-hidden size={40} />
            <span>{t('devices.pair.noQr')}</span>
          </p>
        )}
      </div>
    </div>
  );
}
