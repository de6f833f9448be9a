import { useTranslation } from 'react-i18next';
import type { RejectedChange } from '../../../../shared/contract/views';
import { formatInstant } from '../../i18n/format';
import type { Language } from '../../i18n';

/** One change the hub refused: what was done, why it was refused, and what the hub has now. */
export function RejectedChangeCard({ change, onResolve }: { change: RejectedChange; onResolve: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const title = t(`sync.mutationNames.${change.name}`, { defaultValue: change.name });
  return (
    <article className="card rejection" aria-label={title}>
      <header className="card-header">
        <h3>{title}</h3>
        <span className="muted">{t('sync.madeBy', { name: change.actor.name, when: formatInstant(change.createdAt, language) })}</span>
        <span className="spacer" />
        <button type="button" onClick={onResolve}>
          {t('sync.resolve')}
        </button>
      </header>
      <p className="reason">
        <strong>{t('sync.reason')}:</strong> {change.reason.message}
        {change.reason.rule && <code className="rule-id">{change.reason.rule}</code>}
      </p>
      <div className="versions">
        <section>
          <h4>{t('sync.yourChange')}</h4>
          <pre>{JSON.stringify(change.args, null, 2)}</pre>
        </section>
        <section>
          <h4>{t('sync.hubVersion')}</h4>
          {change.serverRows.length === 0 || change.serverRows.every((r) => r.row === null) ? (
            <p className="muted">{t('sync.hubHasNothing')}</p>
          ) : (
            <pre>
              {JSON.stringify(
                change.serverRows.map((r) => r.row),
                null,
                2,
              )}
            </pre>
          )}
        </section>
      </div>
    </article>
  );
}
