/**
 * What the last action did, kept as data (an i18n key with its params, or the refused call) and put
 * into words when shown: switching the language re-renders it in the new one.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract/errors';
import { formatDate, formatDay, formatList, formatMoney } from '../i18n/format';
import type { Language } from '../i18n';

/**
 * A param of a notice: as is, or a value formatted in the language shown (`day`: `ma 23 nov`,
 * `date`: `1 dec 2026`, `cents`: `€ 27,50`, `list`: `Noor en Daan`), or another text by its key.
 */
export type NoticeParam =
  string | number | { day: string } | { date: string } | { cents: number } | { list: readonly string[] } | { key: string };

export type NoticeParams = Record<string, NoticeParam>;

/** A text by its i18n key: what an action did, or what is wrong with what was typed. */
export type NoticeMessage = { key: string; params?: NoticeParams };

/** The status line's notice: a message, or a refused call (the feature's language helper renders its rule). */
export type Notice = ({ kind: 'success' | 'error' } & NoticeMessage) | { kind: 'error'; error: ApiError };

/** How a feature renders a refused call in the language shown (`planText`, `errorText`, ...). */
export type ErrorText = (error: ApiError, language: Language) => string;

function paramText(param: NoticeParam, t: TFunction, language: Language): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if ('day' in param) return formatDay(param.day, language);
  if ('date' in param) return formatDate(param.date, language);
  if ('cents' in param) return formatMoney(param.cents, language);
  if ('list' in param) return formatList(param.list, language);
  return t(param.key);
}

/** A message in the language shown. */
export function messageText(message: NoticeMessage, t: TFunction, language: Language): string {
  const params = Object.fromEntries(Object.entries(message.params ?? {}).map(([name, p]) => [name, paramText(p, t, language)]));
  return t(message.key, params);
}

/** A notice in the language shown. */
export function noticeText(notice: Notice, t: TFunction, language: Language, errorText: ErrorText): string {
  return 'error' in notice ? errorText(notice.error, language) : messageText(notice, t, language);
}

/**
 * The page's status line (`role="status"`, announced politely): `<base> <base>-success|error`, or
 * `<base>-empty` with nothing to say, so the line keeps its place.
 */
export function NoticeLine({
  notice,
  base,
  errorText,
  className,
}: {
  notice: Notice | null;
  /** The feature's class: `cp-notice`, `lp-notice`. */
  base: string;
  errorText: ErrorText;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const classes = [base, notice ? `${base}-${notice.kind}` : `${base}-empty`, className].filter(Boolean).join(' ');
  return (
    <p className={classes} role="status" aria-live="polite">
      {notice && noticeText(notice, t, i18n.language as Language, errorText)}
    </p>
  );
}
