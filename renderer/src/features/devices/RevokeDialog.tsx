import { ShieldX } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import type { GroupDeviceView, RevocationReasonView, RevokeReceipt } from '../../../../shared/contract/views';
import { api } from '../../api/client';
import { Modal } from '../../app/Modal';
import { ErrorState } from '../../app/StateViews';

const reasons: readonly RevocationReasonView[] = ['lost', 'stolen', 'broken', 'other'];

/** The one confirmation before a revocation: a reason is required (and a note for "other"). */
export function RevokeDialog({
  device,
  locationId,
  onDone,
  onCancel,
}: {
  device: GroupDeviceView;
  locationId: string;
  onDone: (receipt: RevokeReceipt) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<RevocationReasonView | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason) return;
    setBusy(true);
    setError(null);
    const result = await api['devices.revoke']({ locationId, deviceId: device.deviceId, reason, note });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };

  const noteRequired = reason === 'other';
  return (
    <Modal title={t('devices.revokeDialog.title', { name: device.name })} className="dialog" onCancel={onCancel}>
      <form onSubmit={(e) => void submit(e)} className="form">
        <p className="muted">{t('devices.revokeDialog.intro')}</p>
        <fieldset className="reasons">
          <legend>{t('devices.revokeDialog.reason')}</legend>
          {reasons.map((r) => (
            <label key={r} className="radio">
              <input type="radio" name="reason" value={r} required checked={reason === r} onChange={() => setReason(r)} />
              {t(`devices.reasons.${r}`)}
            </label>
          ))}
        </fieldset>
        <label>
          <span>{noteRequired ? t('devices.revokeDialog.noteRequired') : t('devices.revokeDialog.note')}</span>
          <textarea rows={2} maxLength={500} required={noteRequired} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && <ErrorState error={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('devices.revokeDialog.cancel')}
          </button>
          <button type="submit" className="danger" disabled={busy || !reason || (noteRequired && note.trim() === '')}>
            <ShieldX aria-hidden size={16} />
            {busy ? t('devices.revokeDialog.busy') : t('devices.revokeDialog.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
