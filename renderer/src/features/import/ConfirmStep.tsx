import { Loader2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/importViews';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Step 4: what will be saved, all or nothing; the manager confirms once. */
export function ConfirmStep(props: { preview: ImportPreview; busy: boolean; onBack(): void; onApply(): void }) {
  const { t } = useTranslation();
  const { summary } = props.preview;
  const created = total(summary.created);
  const updated = total(summary.updated);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <section
      className="card import-step"
      aria-labelledby="import-confirm-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !props.busy) props.onBack();
      }}
    >
      <h2 id="import-confirm-title">{t('import.confirm.title')}</h2>
      <p>{t('import.confirm.what', { changes: created + updated, created, updated })}</p>
      {summary.refused.length > 0 && <p>{t('import.confirm.skipped', { count: summary.refused.length })}</p>}
      <p className="muted">{t('import.confirm.atomic')}</p>
      <div className="import-actions">
        <button type="button" onClick={props.onBack} disabled={props.busy}>
          {t('import.confirm.back')}
        </button>
        <button ref={confirm} type="button" className="primary" disabled={props.busy} onClick={props.onApply}>
          {props.busy && <Loader2 aria-hidden size={16} className="spin" />}
          {props.busy ? t('import.confirm.applying') : t('import.confirm.apply')}
        </button>
      </div>
    </section>
  );
}
