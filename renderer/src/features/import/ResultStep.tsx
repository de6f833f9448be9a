import { CheckCircle2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/contract/importViews';
import { navigate } from '../../app/navigation';

/** Step 5: what was saved. */
export function ResultStep(props: { result: ImportResult; onAgain(): void }) {
  const { t } = useTranslation();
  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([table, n]) => `${n} ${t(`import.preview.tables.${table}`)}`)
      .join(', ');
  const { summary } = props.result;
  return (
    <section className="card import-step" aria-labelledby="import-result-title" role="status">
      <h2 id="import-result-title">
        <CheckCircle2 aria-hidden size={20} className="import-ok" /> {t('import.result.title')}
      </h2>
      <p>{t('import.result.saved', { count: props.result.mutations })}</p>
      <dl className="facts">
        <dt>{t('import.preview.created')}</dt>
        <dd>{counts(summary.created) || '0'}</dd>
        <dt>{t('import.preview.updated')}</dt>
        <dd>{counts(summary.updated) || '0'}</dd>
        <dt>{t('import.preview.refused')}</dt>
        <dd>{summary.refused.length}</dd>
      </dl>
      <div className="import-actions">
        <button type="button" onClick={() => navigate('children')}>
          {t('import.result.children')}
        </button>
        <button type="button" className="primary" onClick={props.onAgain}>
          {t('import.result.again')}
        </button>
      </div>
    </section>
  );
}
