import { ArrowRight, Check, MessageSquareText, PhoneCall, ShieldOff, UserRound, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestItem } from '../../../../shared/contract/requestViews';
import { formatHours } from '../../../../shared/domain/requests/requestText';
import { navigate } from '../../app/navigation';
import { RatioLevelBadge } from '../ratio/RatioLevelBadge';
import { formatDay, formatInstant, formatTimeRange } from '../../i18n/format';
import type { Language } from '../../i18n';
import { FitBadge, ItemFlags, whenText } from './QueueList';
import { ruleText } from './requestsLanguage';

type Props = {
  item: RequestItem;
  role: 'manager' | 'assistant' | null;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
  onRevoke: () => void;
  onConfirm: (stillNeeded: boolean) => void;
  onResolveConflict: (seq: number) => void;
  onSetThreshold: (threshold: number) => void;
};

/** Why the approve button is off, or null when it may be used. */
function approveBlocked(item: RequestItem, role: Props['role']): string | null {
  if (item.status !== 'submitted') return 'decided';
  if (item.expired) return 'expired';
  if (item.check && !item.check.fits) return 'doesNotFit';
  if (role !== 'manager' && (item.outOfOrder || item.late)) return 'managerOnly';
  return null;
}

/** One request: what is asked, whether it fits and why, the ratio effect, balances, the parent's message, the history. */
export function RequestDetail({ item, role, busy, onApprove, onReject, onRevoke, onConfirm, onResolveConflict, onSetThreshold }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const blocked = approveBlocked(item, role);
  const open = item.status === 'submitted';
  return (
    <article className="card rq-detail" aria-labelledby="rq-detail-title">
      <header className="card-header rq-detail-header">
        <div>
          <h2 id="rq-detail-title">
            {item.childName} · {t(`requests.kind.${item.kind}`)}
          </h2>
          <p className="muted">
            {whenText(item, language)} · {item.groupName}
            {item.homeGroupName && ` (${t('requests.detail.homeGroup', { group: item.homeGroupName })})`}
            {item.originalDate && ` · ${t('requests.detail.instead', { day: formatDay(item.originalDate, language) })}`}
          </p>
        </div>
        <FitBadge item={item} />
      </header>

      <div className="rq-detail-body">
        <ItemFlags item={item} />

        {item.conflict && (
          <section className="rq-conflict" aria-label={t('requests.conflict.title')}>
            <h3>{t('requests.conflict.title')}</h3>
            <p>{item.conflict.reason.message}</p>
            <dl className="rq-versions">
              <div>
                <dt>{t('requests.conflict.ours')}</dt>
                <dd>
                  {t(`requests.conflict.mutation.${item.conflict.ours.mutation.replace('request.', '')}`, {
                    defaultValue: item.conflict.ours.mutation,
                  })}{' '}
                  · {item.conflict.ours.byName} · {formatInstant(item.conflict.ours.at, language)}
                </dd>
              </div>
              <div>
                <dt>{t('requests.conflict.hub')}</dt>
                <dd>
                  {t(`requests.status.${item.conflict.hub.status}`)}
                  {item.conflict.hub.byName && ` · ${item.conflict.hub.byName}`}
                  {item.conflict.hub.at && ` · ${formatInstant(item.conflict.hub.at, language)}`}
                </dd>
              </div>
            </dl>
            <button type="button" onClick={() => onResolveConflict(item.conflict!.seq)}>
              {t('requests.conflict.seen')}
            </button>
          </section>
        )}

        {open && item.check && (
          <section aria-labelledby="rq-check-title">
            <h3 id="rq-check-title">{item.check.fits ? t('requests.detail.fitsTitle') : t('requests.detail.whyNot')}</h3>
            {item.check.failures.length > 0 ? (
              <ul className="rq-rules">
                {item.check.failures.map((f, i) => (
                  <li key={`${f.rule}-${i}`}>
                    {ruleText(f, language)}
                    <code className="rule-id">{f.rule}</code>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('requests.detail.allRulesHold')}</p>
            )}
          </section>
        )}

        {open && item.check && item.kind !== 'absence' && (
          <section aria-labelledby="rq-effect-title">
            <h3 id="rq-effect-title">{t('requests.detail.effect', { unit: item.check.unitName })}</h3>
            {item.check.changes.length === 0 ? (
              <p className="muted">{t('requests.detail.noEffect')}</p>
            ) : (
              <ul className="rq-effect">
                {item.check.changes.map((c) => (
                  <li key={c.start}>
                    <span className="rq-effect-time">{formatTimeRange(c.start, c.end)}</span>
                    <RatioLevelBadge level={c.from} />
                    <ArrowRight aria-label={t('requests.detail.becomes')} size={14} />
                    <RatioLevelBadge level={c.to} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}

        <section aria-labelledby="rq-facts-title">
          <h3 id="rq-facts-title" className="rq-sr-only">
            {t('requests.detail.facts')}
          </h3>
          <dl className="rq-facts">
            <div>
              <dt>{t('requests.detail.balanceSwap')}</dt>
              <dd>{formatHours(item.balances.swapHours, language)}</dd>
            </div>
            {item.balances.flex !== null && (
              <div>
                <dt>{t('requests.detail.balanceFlex')}</dt>
                <dd>{formatHours(item.balances.flex, language)}</dd>
              </div>
            )}
            {item.payment && (
              <div>
                <dt>{t('requests.detail.payment')}</dt>
                <dd>{t(`requests.payment.${item.payment}`)}</dd>
              </div>
            )}
            {item.schoolClosure && (
              <div>
                <dt>{t('requests.detail.closureRegistered')}</dt>
                <dd>
                  {t('requests.detail.closureOpening', {
                    count: item.schoolClosure.registered,
                    threshold: item.schoolClosure.threshold,
                  })}
                  {!item.schoolClosure.thresholdSet && <span className="muted"> ({t('requests.detail.closureDefault')})</span>}
                </dd>
              </div>
            )}
            {item.billing && (
              <div>
                <dt>{t('requests.detail.invoice')}</dt>
                <dd>
                  {formatHours(item.billing.charged, language)}
                  {item.billing.credited > 0 &&
                    ` · ${t('requests.detail.credited', { hours: formatHours(item.billing.credited, language) })}`}
                </dd>
              </div>
            )}
            <div>
              <dt>{t('requests.detail.arrived')}</dt>
              <dd>
                {formatInstant(item.submittedAt, language)} · {t(`requests.channel.${item.channel}`)}
                {item.enteredByName && ` (${t('requests.detail.enteredBy', { name: item.enteredByName })})`}
              </dd>
            </div>
            {item.expiresAt && (
              <div>
                <dt>{t('requests.detail.expiresAt')}</dt>
                <dd>{formatInstant(item.expiresAt, language)}</dd>
              </div>
            )}
            {item.decidedAt && (
              <div>
                <dt>{t('requests.detail.decided')}</dt>
                <dd>
                  {item.decidedByName ?? t('requests.detail.parent')} · {formatInstant(item.decidedAt, language)}
                </dd>
              </div>
            )}
            {item.outOfOrderReason && (
              <div>
                <dt>{t('requests.detail.outOfOrderReason')}</dt>
                <dd>{item.outOfOrderReason}</dd>
              </div>
            )}
            {item.parentNote && (
              <div>
                <dt>{t('requests.detail.parentNote')}</dt>
                <dd>{item.parentNote}</dd>
              </div>
            )}
          </dl>
        </section>

        {item.schoolClosure && role === 'manager' && (open || item.status === 'approved') && (
          <ThresholdForm
            key={`${item.id}-${item.schoolClosure.threshold}`}
            day={formatDay(item.date, language)}
            threshold={item.schoolClosure.threshold}
            busy={busy}
            onSave={onSetThreshold}
          />
        )}

        {item.intakeFailures.length > 0 && !open && (
          <section aria-labelledby="rq-intake-title">
            <h3 id="rq-intake-title">{t('requests.detail.intake')}</h3>
            <ul className="rq-rules">
              {item.intakeFailures.map((f, i) => (
                <li key={`${f.rule}-${i}`}>{ruleText(f, language)}</li>
              ))}
            </ul>
          </section>
        )}

        {item.parentMessage && (
          <section className="rq-message" aria-labelledby="rq-message-title">
            <h3 id="rq-message-title">
              <MessageSquareText aria-hidden size={16} />
              {open ? t('requests.detail.messageIfApproved') : t('requests.detail.message')}
            </h3>
            <blockquote lang="nl">{item.parentMessage}</blockquote>
            {item.provisional && <p className="muted">{t('requests.detail.waitsForSync')}</p>}
          </section>
        )}

        {item.history.length > 0 && (
          <details className="rq-history">
            <summary>{t('requests.detail.history', { count: item.history.length })}</summary>
            <ol>
              {item.history.map((e, i) => (
                <li key={i}>
                  <span>{formatInstant(e.at, language)}</span> {t(`requests.event.${e.action}`, { defaultValue: e.action })}
                  {' · '}
                  {e.byName ?? t('requests.detail.parent')}
                  {e.note && <em> — {e.note}</em>}
                </li>
              ))}
            </ol>
          </details>
        )}
      </div>

      <footer className="rq-actions">
        {open && (
          <>
            <button
              type="button"
              className="primary"
              disabled={busy || blocked !== null}
              onClick={onApprove}
              title={
                blocked ? t(`requests.blocked.${blocked}`) : t('requests.shortcut', { label: t('requests.action.approve'), keys: 'A' })
              }
            >
              <Check aria-hidden size={16} />
              {t('requests.action.approve')}
            </button>
            <button
              type="button"
              disabled={busy || item.expired}
              onClick={onReject}
              title={t('requests.shortcut', { label: t('requests.action.reject'), keys: 'R' })}
            >
              <X aria-hidden size={16} />
              {t('requests.action.reject')}
            </button>
          </>
        )}
        {item.status === 'approved' && item.awaitingParentConfirmation && (
          <>
            <button type="button" disabled={busy} onClick={() => onConfirm(true)}>
              <PhoneCall aria-hidden size={16} />
              {t('requests.action.stillNeeded')}
            </button>
            <button type="button" disabled={busy} onClick={() => onConfirm(false)}>
              {t('requests.action.notNeeded')}
            </button>
          </>
        )}
        {item.status === 'approved' && item.kind !== 'absence' && role === 'manager' && (
          <button type="button" className="danger" disabled={busy} onClick={onRevoke}>
            <ShieldOff aria-hidden size={16} />
            {t('requests.action.revoke')}
          </button>
        )}
        <span className="spacer" />
        <button
          type="button"
          onClick={() => navigate('children', { child: item.childId })}
          title={t('requests.shortcut', { label: t('requests.action.openChild'), keys: 'O' })}
        >
          <UserRound aria-hidden size={16} />
          {t('requests.action.openChild')}
        </button>
      </footer>
    </article>
  );
}

/** The manager's number for a school closure day: from how many registered children the BSO opens. */
function ThresholdForm({ day, threshold, busy, onSave }: { day: string; threshold: number; busy: boolean; onSave: (n: number) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(threshold));
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= 500;
  return (
    <form
      className="rq-threshold"
      aria-label={t('requests.threshold.title', { day })}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid && n !== threshold) onSave(n);
      }}
    >
      <label>
        {t('requests.threshold.label', { day })}
        <input
          type="number"
          min={1}
          max={500}
          inputMode="numeric"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={!valid}
        />
      </label>
      <button type="submit" disabled={busy || !valid || n === threshold}>
        {t('requests.threshold.save')}
      </button>
    </form>
  );
}
