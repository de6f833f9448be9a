import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestItem } from '../../../../shared/contract/requestViews';
import type { RejectionReason } from '../../../../shared/domain/requests/request';
import { api } from '../../api/client';
import { Modal } from '../../app/Modal';
import type { Language } from '../../i18n';
import { ruleText } from './requestsLanguage';

const reasonCodes = ['staff_shortage', 'group_full', 'outside_rules', 'structural_extra_care', 'other'] as const;
type ReasonCode = (typeof reasonCodes)[number];

/** Reject with a reason from the list plus free text; shows the message the parent will receive. */
export function RejectDialog({
  item,
  onReject,
  onCancel,
}: {
  item: RequestItem;
  onReject: (reason: RejectionReason) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const failures = item.check?.failures ?? [];
  const ratioFailure = failures.find((f) => f.rule === 'request.group_full');
  const ruleFailures = failures.filter((f) => !f.rule.startsWith('request.ratio_') && f.rule !== 'request.group_full');
  const suggested: ReasonCode =
    ruleFailures.length > 0 ? 'outside_rules' : ratioFailure ? 'group_full' : failures.length > 0 ? 'staff_shortage' : 'other';
  const [code, setCode] = useState<ReasonCode>(suggested);
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState<{ key: string; message: string } | null>(null);

  const reason = (): RejectionReason | null => {
    const text = note.trim();
    if (code === 'other') return text ? { code, note: text } : null;
    if (code === 'outside_rules') {
      if (ruleFailures.length === 0) return null;
      return {
        code,
        rules: ruleFailures.map((f) => ({ rule: f.rule, params: f.params, message: f.message })),
        ...(text ? { note: text } : {}),
      };
    }
    return { code, ...(text ? { note: text } : {}) };
  };
  const current = reason();
  const key = JSON.stringify(current);

  useEffect(() => {
    let live = true;
    const r = key === 'null' ? null : (JSON.parse(key) as RejectionReason);
    if (r) {
      void api['requests.message']({ requestId: item.id, decision: 'reject', reason: r }).then((result) => {
        if (live && result.ok) setPreview({ key, message: result.value.message });
      });
    }
    return () => {
      live = false;
    };
  }, [key, item.id]);
  const shownPreview = preview?.key === key ? preview.message : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (current) onReject(current);
  };

  return (
    <Modal title={t('requests.reject.title', { child: item.childName })} className="rq-dialog" onCancel={onCancel}>
      <form className="rq-form" onSubmit={submit}>
        <fieldset>
          <legend>{t('requests.reject.reason')}</legend>
          {reasonCodes.map((c) => (
            <label key={c} className="radio">
              <input
                type="radio"
                name="reason"
                value={c}
                checked={code === c}
                disabled={c === 'outside_rules' && ruleFailures.length === 0}
                onChange={() => setCode(c)}
              />
              {t(`requests.reason.${c}`)}
            </label>
          ))}
        </fieldset>
        {code === 'outside_rules' && (
          <ul className="rq-rules">
            {ruleFailures.map((f, i) => (
              <li key={i}>{ruleText(f, language)}</li>
            ))}
          </ul>
        )}
        <label>
          <span>{code === 'other' ? t('requests.reject.noteRequired') : t('requests.reject.note')}</span>
          <textarea rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {shownPreview && (
          <div className="rq-message">
            <h3>{t('requests.detail.messageToParent')}</h3>
            <blockquote lang="nl">{shownPreview}</blockquote>
          </div>
        )}
        <div className="rq-dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('requests.cancel')}
          </button>
          <button type="submit" className="danger" disabled={!current}>
            {t('requests.reject.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** A reason, required: approving out of queue order, or revoking an approval. */
export function ReasonDialog({
  title,
  intro,
  label,
  confirm,
  danger,
  onDone,
  onCancel,
}: {
  title: string;
  intro: string;
  label: string;
  confirm: string;
  danger?: boolean;
  onDone: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <Modal title={title} className="rq-dialog" onCancel={onCancel}>
      <form
        className="rq-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onDone(text.trim());
        }}
      >
        <p className="muted">{intro}</p>
        <label>
          <span>{label}</span>
          <textarea rows={3} maxLength={1000} required value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        </label>
        <div className="rq-dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('requests.cancel')}
          </button>
          <button type="submit" className={danger ? 'danger' : 'primary'} disabled={text.trim() === ''}>
            {confirm}
          </button>
        </div>
      </form>
    </Modal>
  );
}
