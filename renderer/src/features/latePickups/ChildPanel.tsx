import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import { formatMoney } from '../../i18n/format';
import type { Language } from '../../i18n';
import { LatePickupTable } from './LatePickupTable';
import { useLatePickupsStore } from './latePickupsStore';

/** One child's late pickups of a calendar year, with their follow-up. */
export function ChildPanel({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const child = useLatePickupsStore((s) => s.child);
  const { openChild, closeChild } = useLatePickupsStore.getState();
  const id = useId();
  const panel = useRef<HTMLElement>(null);
  const childId = child?.childId;
  useEffect(() => {
    // a child opened from the list: bring the panel into view
    if (childId) panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [childId]);
  if (!child) return null;
  const view = child.view;
  const title = view ? t('latePickups.child.title', { name: view.name, year: child.year }) : String(child.year);

  return (
    <section ref={panel} className="card lp-child-panel" aria-labelledby={`${id}-title`}>
      <header className="card-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <span className="spacer" />
        <button
          type="button"
          onClick={() => void openChild(child.childId, child.year - 1)}
          aria-label={t('latePickups.child.previousYear')}
          title={t('latePickups.child.previousYear')}
        >
          <ChevronLeft aria-hidden size={16} />
        </button>
        <button
          type="button"
          onClick={() => void openChild(child.childId, child.year + 1)}
          disabled={child.year >= Number(today.slice(0, 4))}
          aria-label={t('latePickups.child.nextYear')}
          title={t('latePickups.child.nextYear')}
        >
          <ChevronRight aria-hidden size={16} />
        </button>
        <button type="button" onClick={closeChild} aria-label={t('latePickups.child.close')} title={t('latePickups.child.close')}>
          <X aria-hidden size={16} />
        </button>
      </header>
      {child.status === 'loading' && <Loading />}
      {child.status === 'error' && child.error && (
        <ErrorState error={child.error} onRetry={() => void openChild(child.childId, child.year)} />
      )}
      {view && child.status === 'ready' && (
        <>
          <p className="lp-child-summary">
            {t('latePickups.child.summary', { count: view.counted, amount: formatMoney(view.fineCents, language) })}
          </p>
          {view.items.length === 0 ? (
            <Empty>{t('latePickups.child.empty', { year: child.year })}</Empty>
          ) : (
            <LatePickupTable items={view.items} caption={title} today={today} showChild={false} />
          )}
        </>
      )}
    </section>
  );
}
