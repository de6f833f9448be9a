import { CalendarClock } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { RequestLedgers } from '../../../../shared/contract/requestViews';
import { formatHours } from '../../../../shared/domain/requests/requestText';
import { formatDay } from '../../i18n/format';
import type { Language } from '../../i18n';

/** Swap/make-up hours and flex budgets per child (balances are sums of the rows), and the credit about to lapse. */
export function LedgerView({ ledgers }: { ledgers: RequestLedgers }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <div className="rq-ledgers">
      <section className="card" aria-labelledby="rq-expiring-title">
        <header className="card-header">
          <h2 id="rq-expiring-title">
            <CalendarClock aria-hidden size={18} />
            {t('requests.ledgers.expiringTitle')}
          </h2>
        </header>
        {ledgers.expiring.length === 0 ? (
          <p className="muted rq-pad">{t('requests.ledgers.noneExpiring')}</p>
        ) : (
          <table className="rq-table">
            <thead>
              <tr>
                <th scope="col">{t('requests.ledgers.child')}</th>
                <th scope="col">{t('requests.ledgers.hours')}</th>
                <th scope="col">{t('requests.ledgers.validUntil')}</th>
                <th scope="col">{t('requests.ledgers.daysWithRoom')}</th>
              </tr>
            </thead>
            <tbody>
              {ledgers.expiring.map((e) => (
                <tr key={`${e.childId}-${e.validUntil}`}>
                  <td>
                    {e.childName} <span className="muted">{e.groupName}</span>
                  </td>
                  <td>{formatHours(e.minutes, language)}</td>
                  <td>
                    {formatDay(e.validUntil, language)}{' '}
                    <span className="muted">({t('requests.ledgers.daysLeft', { count: e.daysLeft })})</span>
                  </td>
                  <td>
                    {e.daysWithRoom.length > 0
                      ? e.daysWithRoom.map((d) => formatDay(d, language)).join(', ')
                      : t('requests.ledgers.noRoom')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card" aria-labelledby="rq-balances-title">
        <header className="card-header">
          <h2 id="rq-balances-title">{t('requests.ledgers.balancesTitle', { day: formatDay(ledgers.date, language) })}</h2>
        </header>
        <table className="rq-table">
          <thead>
            <tr>
              <th scope="col">{t('requests.ledgers.child')}</th>
              <th scope="col">{t('requests.ledgers.swapHours')}</th>
              <th scope="col">{t('requests.ledgers.flex')}</th>
              <th scope="col">{t('requests.ledgers.rows')}</th>
            </tr>
          </thead>
          <tbody>
            {ledgers.children.map((c) => (
              <tr key={c.childId}>
                <td>
                  {c.childName} <span className="muted">{c.groupName}</span>
                </td>
                <td>{formatHours(c.swapHours, language)}</td>
                <td>{c.flex === null ? '—' : formatHours(c.flex, language)}</td>
                <td>
                  <details>
                    <summary>{t('requests.ledgers.rowCount', { count: c.entries.length })}</summary>
                    <ul className="rq-ledger-rows">
                      {c.entries.map((e) => (
                        <li key={e.id}>
                          <strong className={e.minutes < 0 ? 'rq-debit' : 'rq-credit'}>
                            {e.minutes < 0 ? '−' : '+'}
                            {formatHours(Math.abs(e.minutes), language)}
                          </strong>{' '}
                          {t(`requests.cause.${e.cause === 'flex_carry_over' && e.minutes < 0 ? 'flex_carry_over_out' : e.cause}`)} ·{' '}
                          {t(`requests.account.${e.account}`)} ·{' '}
                          {t('requests.ledgers.valid', {
                            from: formatDay(e.validFrom, language),
                            until: formatDay(e.validUntil, language),
                          })}
                          {e.note && <span className="muted"> · {e.note}</span>}
                        </li>
                      ))}
                    </ul>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
