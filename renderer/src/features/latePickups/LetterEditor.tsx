import { Copy, X } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import type { LatePickupLetter } from '../../../../shared/contract/views';
import { api } from '../../api/client';
import { ErrorState } from '../../app/StateViews';
import { useLatePickupsStore } from './latePickupsStore';

/** The draft letter a registration calls for, as Dutch text the manager edits and copies. */
export function LetterEditor({ registrationId, onClose }: { registrationId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const say = useLatePickupsStore((s) => s.say);
  const id = useId();
  const [letter, setLetter] = useState<LatePickupLetter | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [text, setText] = useState('');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void api['latePickups.letter']({ id: registrationId }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setError(null);
        setLetter(result.value);
        setText(result.value.text);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [registrationId, attempt]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      say({ kind: 'success', key: 'latePickups.letter.copied' });
    } catch {
      say({ kind: 'error', key: 'latePickups.letter.copyFailed' });
    }
  }

  if (error) return <ErrorState error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!letter) return <p className="muted">{t('latePickups.letter.loading')}</p>;
  const kind = t(letter.kind === 'warning' ? 'latePickups.actions.warningLetter' : 'latePickups.actions.fineNotice');
  return (
    <section className="lp-letter" aria-labelledby={`${id}-title`}>
      <header>
        <h3 id={`${id}-title`}>{t('latePickups.letter.title', { kind, name: letter.childName })}</h3>
        <button type="button" className="link-button" onClick={onClose} aria-label={t('latePickups.letter.close')}>
          <X aria-hidden size={16} />
        </button>
      </header>
      <p className="muted small">{t('latePickups.letter.hint')}</p>
      <label>
        <span className="lp-sr-only">{t('latePickups.letter.text')}</span>
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={Math.min(28, text.split('\n').length + 2)}
          spellCheck
          lang="nl"
        />
      </label>
      <div className="lp-actions">
        <button type="button" onClick={() => void copy()}>
          <Copy aria-hidden size={16} />
          {t('latePickups.letter.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('latePickups.letter.close')}
        </button>
      </div>
    </section>
  );
}
