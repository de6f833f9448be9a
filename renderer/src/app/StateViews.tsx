import { AlertTriangle, Loader2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract/errors';

/** The loading, error and empty states every screen uses. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="state" aria-busy="true">
      <Loader2 aria-hidden className="spin" size={20} />
      <span>{t('common.loading')}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      <AlertTriangle aria-hidden size={20} />
      <div>
        <strong>{t('common.errorTitle')}</strong>
        {/* a store fault is worded from its rule, so it follows the chosen language */}
        <p>{error.rule?.startsWith('store.') ? t(`storeFault.rules.${error.rule}`, { defaultValue: error.message }) : error.message}</p>
      </div>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}
