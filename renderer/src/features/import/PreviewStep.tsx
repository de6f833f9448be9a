import { AlertTriangle, CheckCircle2, MinusCircle, PlusCircle, RefreshCw, UserX } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportRowView } from '../../../../shared/contract/importViews';
import type { RowOutcome } from '../../../../shared/import/plan';

const OUTCOMES: RowOutcome[] = ['created', 'updated', 'unchanged', 'refused'];
const ICONS = { created: PlusCircle, updated: RefreshCw, unchanged: MinusCircle, refused: AlertTriangle } as const;

/** "3 kinderen, 3 contracten": counts per table, in words. */
function countsText(counts: Record<string, number>, t: (key: string) => string): string {
  const parts = Object.entries(counts).map(([table, n]) => `${n} ${t(`import.preview.tables.${table}`)}`);
  return parts.length > 0 ? parts.join(', ') : '0';
}

export function OutcomeBadge({ outcome }: { outcome: RowOutcome }) {
  const { t } = useTranslation();
  const Icon = ICONS[outcome];
  return (
    <span className={`import-badge import-badge-${outcome}`}>
      <Icon aria-hidden size={14} />
      {t(`import.outcome.${outcome}`)}
    </span>
  );
}

function Details({ row }: { row: ImportRowView }) {
  const { t } = useTranslation();
  if (row.refusal) {
    return (
      <>
        {row.refusal.message}
        {row.refusal.column && <span className="muted small"> ({t('import.preview.column', { column: row.refusal.column })})</span>}
      </>
    );
  }
  if (row.changes.length > 0) {
    return (
      <ul className="import-changes">
        {row.changes.map((c) => (
          <li key={c.field}>
            <strong>{c.field}</strong>: {c.old} → {c.new}
          </li>
        ))}
      </ul>
    );
  }
  return <span className="muted">{t(row.outcome === 'created' ? 'import.preview.createdDetail' : 'import.preview.unchangedDetail')}</span>;
}

/** Step 3: what the file would do, counted and per row, before anything changes. */
export function PreviewStep(props: { preview: ImportPreview; canMap: boolean; onBack(): void; onMap(): void; onNext(): void }) {
  const { t } = useTranslation();
  const { preview } = props;
  const { summary } = preview;
  const [filter, setFilter] = useState<RowOutcome | 'all'>('all');
  const rows = filter === 'all' ? preview.rows : preview.rows.filter((r) => r.outcome === filter);
  const refusedRows = preview.rows.filter((r) => r.outcome === 'refused').length;
  const wholeRefusals = summary.refused.length - refusedRows;

  return (
    <div className="import-preview">
      <p className="muted">{t('import.preview.file', { name: preview.fileName, format: preview.format })}</p>
      <ul className="import-counts" aria-label={t('import.steps.preview')}>
        <li className="card">
          <PlusCircle aria-hidden size={18} />
          <span>{t('import.preview.created')}</span>
          <strong>{countsText(summary.created, t)}</strong>
        </li>
        <li className="card">
          <RefreshCw aria-hidden size={18} />
          <span>{t('import.preview.updated')}</span>
          <strong>{countsText(summary.updated, t)}</strong>
        </li>
        <li className="card">
          <CheckCircle2 aria-hidden size={18} />
          <span>{t('import.preview.unchanged')}</span>
          <strong>{summary.unchanged}</strong>
        </li>
        <li className="card">
          <AlertTriangle aria-hidden size={18} />
          <span>{t('import.preview.refused')}</span>
          <strong>{summary.refused.length}</strong>
        </li>
      </ul>

      {wholeRefusals > 0 && (
        <div className="state state-error" role="alert">
          <AlertTriangle aria-hidden size={20} />
          <div>
            <strong>{t('import.preview.fileRefusal')}</strong>
            {summary.refused.slice(0, wholeRefusals).map((r) => (
              <p key={`${r.sheet}-${r.row}`}>
                {r.sheet} · {r.message}
              </p>
            ))}
          </div>
        </div>
      )}

      {summary.missing.length > 0 && (
        <section className="card import-missing" aria-labelledby="import-missing-title">
          <div className="card-header">
            <UserX aria-hidden size={18} />
            <h2 id="import-missing-title">{t('import.preview.missing')}</h2>
          </div>
          <p>{t('import.preview.missingIntro')}</p>
          <ul>
            {summary.missing.map((m) => (
              <li key={m.externalId ?? m.name}>
                {m.name}
                {m.externalId && <span className="muted"> ({m.externalId})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="card">
        <div className="card-header">
          <label htmlFor="import-filter">{t('import.preview.filter')}</label>
          <select id="import-filter" value={filter} onChange={(e) => setFilter(e.target.value as RowOutcome | 'all')}>
            <option value="all">
              {t('import.preview.all')} ({preview.rows.length})
            </option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`import.outcome.${o}`)} ({preview.rows.filter((r) => r.outcome === o).length})
              </option>
            ))}
          </select>
        </div>
        {rows.length === 0 ? (
          <p className="state state-empty">{t('import.preview.empty')}</p>
        ) : (
          <div className="import-table-wrap">
            <table className="import-table">
              <thead>
                <tr>
                  <th scope="col">{t('import.preview.sheet')}</th>
                  <th scope="col">{t('import.preview.row')}</th>
                  <th scope="col">{t('import.preview.name')}</th>
                  <th scope="col">{t('import.preview.outcome')}</th>
                  <th scope="col">{t('import.preview.details')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.sheet}-${row.row}`}>
                    <td>{row.sheet}</td>
                    <td>{row.row}</td>
                    <td>{row.label || '—'}</td>
                    <td>
                      <OutcomeBadge outcome={row.outcome} />
                    </td>
                    <td>
                      <Details row={row} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      {!preview.applicable && <p className="muted">{t('import.preview.nothingToApply')}</p>}
      <div className="import-actions">
        <button type="button" onClick={props.onBack}>
          {t('import.preview.back')}
        </button>
        {props.canMap && (
          <button type="button" onClick={props.onMap}>
            {t('import.preview.mapping')}
          </button>
        )}
        <button type="button" className="primary" disabled={!preview.applicable} onClick={props.onNext}>
          {t('import.preview.next')}
        </button>
      </div>
    </div>
  );
}
