import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LatePickupItem } from '../../../../shared/contract/views';
import { centsOfEuro } from '../../../../shared/domain/latePickup/money';
import type { MutatorName } from '../../../../shared/mutators/names';
import { noticeText, type Notice } from '../../app/NoticeLine';
import { formatTime, parseTime } from '../../../../shared/domain/time/timeOfDay';
import { formatDay, formatInstant, formatMoney } from '../../i18n/format';
import type { Language } from '../../i18n';
import { errorText } from './latePickupLanguage';
import { useLatePickupsStore } from './latePickupsStore';
import { LetterEditor } from './LetterEditor';

type NoteAction = 'dispute' | 'confirm' | 'correct' | 'withdraw' | 'conversation';

/** A history entry's note; a confirmed fine's amount (stored as `€ 27,50`) in the language's format. */
function historyNote(entry: Pick<LatePickupItem['history'][number], 'action' | 'note'>, language: Language): string {
  const cents = entry.action === 'fine_confirmed' && entry.note ? centsOfEuro(entry.note) : null;
  return cents === null ? (entry.note ?? '') : formatMoney(cents, language);
}

const MUTATOR: Record<NoteAction, MutatorName> = {
  dispute: 'latePickup.dispute',
  confirm: 'latePickup.confirm',
  correct: 'latePickup.correct',
  withdraw: 'latePickup.withdraw',
  conversation: 'latePickup.recordConversation',
};

const DONE: Record<NoteAction, string> = {
  dispute: 'latePickups.actions.disputed',
  confirm: 'latePickups.actions.confirmed',
  correct: 'latePickups.actions.corrected',
  withdraw: 'latePickups.actions.withdrawn',
  conversation: 'latePickups.actions.conversationSaved',
};

const LABEL: Record<NoteAction, string> = {
  dispute: 'latePickups.actions.disputeNote',
  confirm: 'latePickups.actions.confirmNote',
  correct: 'latePickups.actions.correctNote',
  withdraw: 'latePickups.actions.withdrawNote',
  conversation: 'latePickups.actions.outcome',
};

/**
 * A registration's follow-up: its details and history, and what can be done next: dispute,
 * confirm or withdraw (each with its note), correct a disputed time on evidence, record the structural case's conversation, draft the
 * letter, confirm the fine for billing.
 */
export function FollowUpPanel({ item, today }: { item: LatePickupItem; today: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { run, say } = useLatePickupsStore.getState();
  const id = useId();
  const [action, setAction] = useState<NoteAction | null>(null);
  const [text, setText] = useState('');
  const [heldOn, setHeldOn] = useState(today);
  const [time, setTime] = useState('');
  const [evidence, setEvidence] = useState('');
  const [problem, setProblem] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [letterOpen, setLetterOpen] = useState(false);
  const name = item.childName;
  const when = (instant: string) => formatInstant(instant, language);

  const open = (next: NoteAction) => {
    setAction(next);
    setText('');
    setTime(next === 'correct' ? formatTime(item.pickupTime) : '');
    setEvidence('');
    setProblem(null);
  };

  async function save() {
    if (!action) return;
    if (!text.trim()) return setProblem({ kind: 'error', key: 'latePickups.actions.noteRequired' });
    const pickupTime = parseTime(time);
    if (action === 'correct') {
      if (pickupTime === null) return setProblem({ kind: 'error', key: 'latePickups.actions.timeRequired' });
      if (!evidence.trim()) return setProblem({ kind: 'error', key: 'latePickups.actions.evidenceRequired' });
    }
    setBusy(true);
    const args =
      action === 'conversation'
        ? { id: item.id, heldOn, outcome: text.trim() }
        : action === 'correct'
          ? { id: item.id, pickupTime, reason: text.trim(), evidence: evidence.trim() }
          : { id: item.id, note: text.trim() };
    const error = await run(MUTATOR[action], args);
    setBusy(false);
    if (error) {
      setProblem({ kind: 'error', error });
      say({ kind: 'error', error });
      return;
    }
    // Not late once the time is at or before the contracted end (the desk's recount also applies the grace period).
    const done =
      action === 'correct' && pickupTime !== null && pickupTime <= item.contractedEnd
        ? 'latePickups.actions.correctedNotLate'
        : DONE[action];
    say({ kind: 'success', key: done, params: { name, time } });
    setAction(null);
  }

  async function confirmFine() {
    setBusy(true);
    const error = await run('latePickup.confirmFine', { id: item.id, fineCents: item.fineCents });
    setBusy(false);
    if (error) say({ kind: 'error', error });
    else say({ kind: 'success', key: 'latePickups.actions.fineConfirmed', params: { name, amount: { cents: item.fineCents } } });
  }

  const open_ = item.status !== 'withdrawn';
  const canConversation = open_ && item.structural && !item.conversation;
  const canConfirmFine = item.fine.state === 'to_confirm' || item.fine.state === 'changed';

  return (
    <div className="lp-follow-up">
      <dl className="facts">
        <dt>{t('latePickups.details.pickedUpBy')}</dt>
        <dd>{item.pickedUpBy}</dd>
        {item.note && (
          <>
            <dt>{t('latePickups.details.note')}</dt>
            <dd>{item.note}</dd>
          </>
        )}
        <dt>{t('latePickups.details.registeredBy')}</dt>
        <dd>{t('latePickups.details.registeredByValue', { name: item.registeredBy.name, when: when(item.registeredAt) })}</dd>
        {!item.endFromPlan && (
          <>
            <dt />
            <dd className="muted">{t('latePickups.details.endManual')}</dd>
          </>
        )}
        {item.disputeNote && (
          <>
            <dt>{t('latePickups.details.disputeNote')}</dt>
            <dd>{item.disputeNote}</dd>
          </>
        )}
        {item.evidenceNote && (
          <>
            <dt>{t('latePickups.details.evidenceNote')}</dt>
            <dd>{item.evidenceNote}</dd>
          </>
        )}
        {item.status === 'confirmed' && item.minutesLate === 0 && (
          <>
            <dt />
            <dd>{t('latePickups.details.notLate')}</dd>
          </>
        )}
        {item.fine.confirmedBy && item.fine.confirmedAt && (
          <>
            <dt>{t('latePickups.details.billing')}</dt>
            <dd>
              {t('latePickups.details.fineConfirmed', {
                amount: formatMoney(item.fine.confirmedCents ?? 0, language),
                name: item.fine.confirmedBy.name,
                when: when(item.fine.confirmedAt),
              })}
            </dd>
          </>
        )}
        {item.conversation && (
          <>
            <dt>{t('latePickups.structural')}</dt>
            <dd>
              {t('latePickups.conversation', { date: formatDay(item.conversation.heldOn, language), outcome: item.conversation.outcome })}
            </dd>
          </>
        )}
      </dl>
      {item.history.length > 0 && (
        <>
          <h4 className="cell-heading">{t('latePickups.details.history')}</h4>
          <ul className="lp-history">
            {item.history.map((h, i) => (
              <li key={i}>
                {t('latePickups.details.entry', { action: t(`latePickups.details.action.${h.action}`), name: h.by.name, when: when(h.at) })}
                {h.note ? `: ${historyNote(h, language)}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}

      <div className="lp-actions" role="group" aria-label={t('latePickups.list.moreLabel', { name, date: formatDay(item.date, language) })}>
        {item.status === 'registered' && (
          <button type="button" onClick={() => open('dispute')} aria-pressed={action === 'dispute'}>
            {t('latePickups.actions.dispute')}
          </button>
        )}
        {item.status === 'disputed' && (
          <button type="button" onClick={() => open('confirm')} aria-pressed={action === 'confirm'}>
            {t('latePickups.actions.confirm')}
          </button>
        )}
        {item.status === 'disputed' && (
          <button type="button" onClick={() => open('correct')} aria-pressed={action === 'correct'}>
            {t('latePickups.actions.correct')}
          </button>
        )}
        {open_ && (
          <button type="button" onClick={() => open('withdraw')} aria-pressed={action === 'withdraw'}>
            {t('latePickups.actions.withdraw')}
          </button>
        )}
        {canConversation && (
          <button type="button" onClick={() => open('conversation')} aria-pressed={action === 'conversation'}>
            {t('latePickups.actions.conversation')}
          </button>
        )}
        {item.letter && (
          <button type="button" onClick={() => setLetterOpen((o) => !o)} aria-expanded={letterOpen}>
            {t(item.letter === 'warning' ? 'latePickups.actions.warningLetter' : 'latePickups.actions.fineNotice')}
          </button>
        )}
        {canConfirmFine && (
          <button type="button" className="primary lp-compact" disabled={busy} onClick={() => void confirmFine()}>
            {t('latePickups.actions.confirmFine', { amount: formatMoney(item.fineCents, language) })}
          </button>
        )}
      </div>

      {action && (
        <form
          className="lp-note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setAction(null);
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
        >
          {action === 'withdraw' && <p className="muted small">{t('latePickups.actions.withdrawWarning')}</p>}
          {action === 'correct' && (
            <>
              <p className="muted small">{t('latePickups.actions.correctHint')}</p>
              <label>
                <span>{t('latePickups.actions.correctTime')}</span>
                <input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
              </label>
              <label>
                <span>{t('latePickups.actions.correctEvidence')}</span>
                <input type="text" value={evidence} maxLength={1000} onChange={(e) => setEvidence(e.target.value)} />
              </label>
            </>
          )}
          {action === 'conversation' && (
            <label>
              <span>{t('latePickups.actions.heldOn')}</span>
              <input type="date" value={heldOn} max={today} onChange={(e) => setHeldOn(e.target.value)} />
            </label>
          )}
          <label>
            <span>{t(LABEL[action])}</span>
            <textarea
              id={`${id}-note`}
              value={text}
              rows={3}
              autoFocus
              maxLength={action === 'conversation' ? 2000 : 1000}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          {problem && (
            <p className="lp-problem" role="alert">
              {noticeText(problem, t, language, errorText)}
            </p>
          )}
          <div className="lp-actions">
            <button type="submit" className="primary lp-compact" disabled={busy}>
              {t('latePickups.actions.save')}
            </button>
            <button type="button" onClick={() => setAction(null)}>
              {t('latePickups.actions.cancel')}
            </button>
          </div>
        </form>
      )}
      {letterOpen && <LetterEditor registrationId={item.id} onClose={() => setLetterOpen(false)} />}
    </div>
  );
}
