import { BarChart3, ChevronLeft, ChevronRight, FileDown, FileSpreadsheet } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAppStore } from '../../app/appStore';
import { usePageParams } from '../../app/navigation';
import { NoticeLine } from '../../app/NoticeLine';
import { Empty, ErrorState, Loading } from '../../app/StateViews';
import { formatMoney } from '../../i18n/format';
import type { Language } from '../../i18n';
import { ChildPanel } from './ChildPanel';
import { downloadFile } from './download';
import { LatePickupChart } from './LatePickupChart';
import { errorText } from './latePickupLanguage';
import { shiftMonth, useLatePickupsStore } from './latePickupsStore';
import { LatePickupTable } from './LatePickupTable';
import { presetOf } from './registrationPreset';
import { RegisterForm } from './RegisterForm';
import './latePickups.css';
import { useReloadOnChange } from '../../app/useReloadOnChange';

const RELOAD_ON = new Set(['latePickups', 'children', 'groups', 'placements', 'organisations', 'locations']);
const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

function monthName(month: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/**
 * Te laat: register a late pickup in seconds, follow the month's registrations up (disputes,
 * letters, the structural case, fines confirmed for billing), export the month for billing, and
 * see the year per month and group. Alt+PageUp and Alt+PageDown go to the previous and next month.
 * Opened with a late check-out (`#/latePickups?child=&group=&date=&pickup=`, from the group's day
 * view) the form is filled in for it and the month of that day is shown.
 */
export function LatePickupsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const locationId = useAppStore((s) => s.locationId);
  const today = useAppStore((s) => s.info?.today ?? null);
  const { month, list, listStatus, listError, chart, chartStatus, chartError, notice, child } = useLatePickupsStore();
  const { open, reload, openChild, say } = useLatePickupsStore.getState();
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);
  const search = usePageParams().toString();
  const preset = useMemo(() => (today ? presetOf(new URLSearchParams(search), today) : null), [search, today]);
  const presetMonth = preset?.date?.slice(0, 7) ?? null;

  useEffect(() => {
    if (!locationId || !today) return;
    const remembered = useLatePickupsStore.getState();
    const month = presetMonth ?? (remembered.locationId === locationId && remembered.month ? remembered.month : today.slice(0, 7));
    void open(locationId, month);
  }, [locationId, today, open, presetMonth]);

  useReloadOnChange(RELOAD_ON, () => void reload());

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'PageUp' && e.key !== 'PageDown')) return;
      const { locationId: loc, month: m } = useLatePickupsStore.getState();
      if (!loc || !m) return;
      e.preventDefault();
      void open(loc, shiftMonth(m, e.key === 'PageUp' ? -1 : 1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (!locationId || !today) return <Empty>{t('location.none')}</Empty>;
  const shown = month ?? today.slice(0, 7);
  const label = monthName(shown, language);
  const thisMonth = today.slice(0, 7);

  async function exportMonth(format: 'csv' | 'xlsx') {
    if (!locationId) return;
    setExporting(format);
    const result = await api['latePickups.export']({ locationId, month: shown, format });
    setExporting(null);
    if (!result.ok) return say({ kind: 'error', error: result.error });
    downloadFile(result.value);
    const { filename, rowCount, totalCents } = result.value;
    say(
      rowCount > 0
        ? { kind: 'success', key: 'latePickups.export.done', params: { file: filename, count: rowCount, amount: { cents: totalCents } } }
        : { kind: 'success', key: 'latePickups.export.doneEmpty', params: { file: filename } },
    );
  }

  const summary = list?.summary;
  return (
    <section className="page lp-page" aria-labelledby="lp-title">
      <div className="page-header">
        <div>
          <h1 id="lp-title">
            {t('latePickups.title')}
            {list?.locationName && ` · ${list.locationName}`}
          </h1>
          <p className="muted">{t('latePickups.subtitle')}</p>
        </div>
        <div className="week-nav" role="group" aria-label={t('latePickups.monthNav')}>
          <button
            type="button"
            onClick={() => void open(locationId, shiftMonth(shown, -1))}
            aria-label={t('latePickups.previousMonth')}
            title={t('latePickups.shortcut', { label: t('latePickups.previousMonth'), keys: 'Alt+PageUp' })}
          >
            <ChevronLeft aria-hidden size={18} />
          </button>
          <button type="button" onClick={() => void open(locationId, thisMonth)} disabled={shown === thisMonth}>
            {t('latePickups.thisMonth')}
          </button>
          <button
            type="button"
            onClick={() => void open(locationId, shiftMonth(shown, 1))}
            disabled={shown >= thisMonth}
            aria-label={t('latePickups.nextMonth')}
            title={t('latePickups.shortcut', { label: t('latePickups.nextMonth'), keys: 'Alt+PageDown' })}
          >
            <ChevronRight aria-hidden size={18} />
          </button>
          <span className="week-label">
            <strong className="lp-month-label">{label}</strong>
          </span>
        </div>
      </div>

      <NoticeLine notice={notice} base="lp-notice" errorText={errorText} />

      <div className="lp-layout">
        <RegisterForm key={preset?.key ?? ''} locationId={locationId} today={today} preset={preset} />

        <div className="lp-main">
          <section className="card" aria-labelledby="lp-list-title">
            <header className="card-header lp-list-header">
              <h2 id="lp-list-title">{t('latePickups.list.title', { month: label })}</h2>
              {summary && (
                <ul className="lp-summary" aria-label={t('latePickups.summary.label')}>
                  <li>{t('latePickups.summary.registrations', { count: summary.registrations })}</li>
                  {summary.disputed > 0 && <li>{t('latePickups.summary.disputed', { count: summary.disputed })}</li>}
                  {summary.toConfirm > 0 && (
                    <li className="lp-summary-todo">
                      {t('latePickups.summary.toConfirm', {
                        count: summary.toConfirm,
                        amount: formatMoney(summary.toConfirmCents, language),
                      })}
                    </li>
                  )}
                  {summary.confirmed > 0 && (
                    <li>
                      {t('latePickups.summary.confirmed', {
                        count: summary.confirmed,
                        amount: formatMoney(summary.confirmedCents, language),
                      })}
                    </li>
                  )}
                  {summary.openStructural > 0 && (
                    <li className="lp-summary-todo">{t('latePickups.summary.structural', { count: summary.openStructural })}</li>
                  )}
                </ul>
              )}
            </header>
            {listStatus === 'loading' && <Loading />}
            {listStatus === 'error' && listError && <ErrorState error={listError} onRetry={() => void reload()} />}
            {list && listStatus === 'ready' && list.items.length === 0 && <Empty>{t('latePickups.list.empty')}</Empty>}
            {list && listStatus === 'ready' && list.items.length > 0 && (
              <LatePickupTable
                items={list.items}
                caption={t('latePickups.list.caption', { month: label })}
                today={today}
                onOpenChild={(childId) => void openChild(childId, Number(shown.slice(0, 4)))}
              />
            )}
            <footer className="lp-export">
              <div>
                <strong>{t('latePickups.export.title')}</strong>
                <span className="muted small">{t('latePickups.export.hint')}</span>
              </div>
              <button
                type="button"
                onClick={() => void exportMonth('csv')}
                disabled={exporting !== null}
                aria-label={t('latePickups.export.download', { format: 'CSV', month: label })}
              >
                <FileDown aria-hidden size={16} />
                {t('latePickups.export.csv')}
              </button>
              <button
                type="button"
                onClick={() => void exportMonth('xlsx')}
                disabled={exporting !== null}
                aria-label={t('latePickups.export.download', { format: 'Excel', month: label })}
              >
                <FileSpreadsheet aria-hidden size={16} />
                {t('latePickups.export.xlsx')}
              </button>
            </footer>
          </section>

          {child && <ChildPanel today={today} />}

          <section className="card" aria-labelledby="lp-chart-title">
            <header className="card-header">
              <BarChart3 aria-hidden size={18} />
              <h2 id="lp-chart-title">{t('latePickups.chart.title', { year: shown.slice(0, 4) })}</h2>
            </header>
            {chartStatus === 'loading' && !chart && <Loading />}
            {chartStatus === 'error' && chartError && <ErrorState error={chartError} onRetry={() => void reload()} />}
            {chart && chart.months.every((m) => m.total === 0) && <Empty>{t('latePickups.chart.empty', { year: chart.year })}</Empty>}
            {chart && chart.months.some((m) => m.total > 0) && <LatePickupChart chart={chart} />}
          </section>
        </div>
      </div>
    </section>
  );
}
