import { CalendarClock, UserRound } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { ApiError } from '../../../../shared/contract/errors';
import type { LatePickupForm, LatePickupFormChild } from '../../../../shared/contract/views';
import { isLocalDate, localMinutesAt } from '../../../../shared/domain/time/localDate';
import { formatTime, parseTime } from '../../../../shared/domain/time/timeOfDay';
import { api } from '../../api/client';
import { noticeText, type Notice } from '../../app/NoticeLine';
import { ErrorState, Loading } from '../../app/StateViews';
import { formatDay, formatMoney } from '../../i18n/format';
import type { Language } from '../../i18n';
import { closureName } from '../ratio/ratioLanguage';
import { errorText, lineText } from './latePickupLanguage';
import { useLatePickupsStore } from './latePickupsStore';
import type { RegistrationPreset } from './registrationPreset';
import { previewOf } from './registrationPreview';

const PICKED_UP_BY = ['moeder', 'vader', 'ouders', 'oma', 'opa', 'oppas', 'buurvrouw'];
const GROUP_KEY = 'opvangdesk.latePickups.group';

/**
 * Registering a late pickup in seconds: date, group, the children picked up late together (their
 * contracted end filled in from the plan, siblings in other groups listed too), the time, who
 * picked up and a note. Ctrl+Enter registers from anywhere in the form.
 *
 * A `preset` (a late check-out in the group's day view, see `registrationPreset.ts`) starts it on
 * that day and group with the child ticked and the pickup time filled in; what is left is who
 * picked up (focused), siblings picked up with it, and a note. Give the form a `key` per preset.
 */
export function RegisterForm({
  locationId,
  today,
  preset = null,
}: {
  locationId: string;
  today: string;
  preset?: RegistrationPreset | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const say = useLatePickupsStore((s) => s.say);
  const run = useLatePickupsStore((s) => s.run);
  const id = useId();

  const [date, setDate] = useState(preset?.date ?? today);
  const [groupId, setGroupId] = useState<string | null>(() => preset?.groupId ?? localStorage.getItem(GROUP_KEY));
  const [form, setForm] = useState<LatePickupForm | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [reloads, setReloads] = useState(0);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [ends, setEnds] = useState<Record<string, string>>({});
  const [pickup, setPickup] = useState(() => formatTime(preset?.pickupTime ?? localMinutesAt(new Date())));
  const [pickedUpBy, setPickedUpBy] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Notice | null>(null);
  const firstChild = useRef<HTMLInputElement>(null);
  const pickedUpByInput = useRef<HTMLInputElement>(null);
  /** The preset's child, ticked once the form of its day and group arrives. */
  const presetChild = useRef(preset?.childId ?? null);
  const [presetMissing, setPresetMissing] = useState(false);

  useEffect(() => {
    let live = true;
    void api['latePickups.form']({ locationId, date, groupId }).then((result) => {
      if (!live) return;
      if (!result.ok) {
        // a remembered (or linked) group of another location: choose again
        if (groupId && result.error.code === 'not_found') {
          if (presetChild.current) setPresetMissing(true);
          presetChild.current = null;
          return setGroupId(null);
        }
        setForm(null);
        return setLoadError(result.error);
      }
      setForm(result.value);
      setLoadError(null);
      if (!groupId && result.value.groups[0]) setGroupId(result.value.groups[0].groupId);
      const present = new Set(result.value.children.filter((c) => !c.registered).map((c) => c.childId));
      const wanted = groupId ? presetChild.current : null;
      if (groupId) presetChild.current = null;
      setChecked((before) => {
        const next = new Set([...before].filter((c) => present.has(c)));
        if (wanted && present.has(wanted)) next.add(wanted);
        return next;
      });
      if (wanted && present.has(wanted)) pickedUpByInput.current?.focus();
      // not in this group that day (or already registered: the list says so)
      if (wanted && !result.value.children.some((c) => c.childId === wanted)) setPresetMissing(true);
    });
    return () => {
      live = false;
    };
  }, [locationId, date, groupId, reloads]);

  const children = form?.children ?? [];
  const inGroup = children.filter((c) => c.inGroup);
  const siblings = children.filter((c) => !c.inGroup);
  const pickupMinutes = parseTime(pickup);
  const endOf = (c: LatePickupFormChild): number | null => c.contractedEnd ?? parseTime(ends[c.childId] ?? '');
  const ticked = children.filter((c) => checked.has(c.childId));

  const toggle = (childId: string) =>
    setChecked((before) => {
      const next = new Set(before);
      if (next.has(childId)) next.delete(childId);
      else next.add(childId);
      return next;
    });

  async function submit() {
    setProblem(null);
    if (!form) return;
    if (ticked.length === 0) return setProblem({ kind: 'error', key: 'latePickups.register.chooseChild' });
    if (pickupMinutes === null) return setProblem({ kind: 'error', key: 'latePickups.register.badTime' });
    const missing = ticked.find((c) => endOf(c) === null);
    if (missing) return setProblem({ kind: 'error', key: 'latePickups.register.needEnd', params: { name: missing.firstName } });
    if (!pickedUpBy.trim()) return setProblem({ kind: 'error', key: 'latePickups.register.needPickedUpBy' });
    setBusy(true);
    const error = await run('latePickup.register', {
      locationId,
      date,
      pickupTime: pickupMinutes,
      pickedUpBy: pickedUpBy.trim(),
      note: note.trim(),
      children: ticked.map((c) => ({ id: uuidv7(), childId: c.childId, groupId: c.groupId, contractedEnd: endOf(c) })),
    });
    setBusy(false);
    if (error) {
      setProblem({ kind: 'error', error });
      say({ kind: 'error', error });
      return;
    }
    say({
      kind: 'success',
      key: 'latePickups.register.saved',
      params: { names: { list: ticked.map((c) => c.firstName) }, date: { day: date }, time: formatTime(pickupMinutes) },
    });
    setChecked(new Set());
    setNote('');
    setPickedUpBy('');
    setReloads((n) => n + 1);
    firstChild.current?.focus();
  }

  const childRow = (c: LatePickupFormChild, index: number) => {
    const end = endOf(c);
    const preview = form && checked.has(c.childId) ? previewOf(form, c, end, pickupMinutes) : null;
    return (
      <li key={c.childId} className={checked.has(c.childId) ? 'lp-child is-checked' : 'lp-child'}>
        <label className="lp-child-name">
          <input
            ref={index === 0 ? firstChild : undefined}
            type="checkbox"
            checked={checked.has(c.childId)}
            disabled={c.registered}
            onChange={() => toggle(c.childId)}
          />
          <span>{c.name}</span>
        </label>
        {c.contractedEnd !== null ? (
          <span className="lp-end">{t('latePickups.register.endFromPlan', { time: formatTime(c.contractedEnd) })}</span>
        ) : (
          <label className="lp-end lp-end-manual">
            <span>{t('latePickups.register.endManual')}</span>
            <input
              aria-label={t('latePickups.register.endFor', { name: c.name })}
              inputMode="numeric"
              placeholder={t('latePickups.register.timePlaceholder')}
              size={5}
              value={ends[c.childId] ?? ''}
              onChange={(e) => setEnds((before) => ({ ...before, [c.childId]: e.target.value }))}
            />
          </label>
        )}
        {!c.inGroup && <span className="lp-tag">{t('latePickups.register.sibling', { group: c.groupName })}</span>}
        {c.registered && <span className="lp-tag lp-tag-muted">{t('latePickups.register.alreadyRegistered')}</span>}
        {!c.registered && c.countThisYear > 0 && (
          <span className="lp-tag lp-tag-muted">{t('latePickups.register.countSoFar', { count: c.countThisYear })}</span>
        )}
        {preview && (
          <span className="lp-preview" role="note">
            {preview.minutesLate > 0 ? (
              <>
                <span>{t('latePickups.register.preview', { name: preview.name, minutes: preview.minutesLate, count: preview.count })}</span>{' '}
                {/* the fine the registration will carry: the rule's own sentences on hover */}
                <span
                  className={preview.fineCents > 0 ? 'lp-preview-fine has-fine' : 'lp-preview-fine'}
                  title={preview.lines.map((l) => lineText(l, language)).join(' ')}
                >
                  {t(preview.fineCents > 0 ? 'latePickups.register.previewFine' : 'latePickups.register.previewNoFine', {
                    stage: t(`latePickups.stage.${preview.stage}`),
                    amount: formatMoney(preview.fineCents, language),
                  })}
                </span>
              </>
            ) : (
              t('latePickups.register.previewNotLate', { name: preview.name })
            )}
          </span>
        )}
      </li>
    );
  };

  return (
    <section className="card lp-register" aria-labelledby={`${id}-title`}>
      <header className="card-header">
        <UserRound aria-hidden size={18} />
        <h2 id={`${id}-title`}>{t('latePickups.register.title')}</h2>
      </header>
      <form
        className="lp-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
        }}
      >
        {preset?.groupId && preset.date && (
          <p className="lp-preset small">
            <CalendarClock aria-hidden size={15} />
            <span>
              {t('latePickups.register.presetFrom', {
                group: form?.groups.find((g) => g.groupId === preset.groupId)?.name ?? '…',
                day: formatDay(preset.date, language),
              })}
            </span>
            <a href={`#/attendance?${new URLSearchParams({ view: 'day', group: preset.groupId, date: preset.date }).toString()}`}>
              {t('latePickups.register.backToDay')}
            </a>
          </p>
        )}
        <p className="muted small">{t('latePickups.register.hint')}</p>
        <div className="lp-form-row">
          <label>
            <span>{t('latePickups.register.date')}</span>
            <input
              type="date"
              value={date}
              max={today}
              onChange={(e) => {
                if (!isLocalDate(e.target.value)) return;
                setDate(e.target.value);
                setPresetMissing(false);
              }}
            />
          </label>
          <label>
            <span>{t('latePickups.register.group')}</span>
            <select
              aria-label={t('latePickups.register.group')}
              value={groupId ?? ''}
              onChange={(e) => {
                const value = e.target.value || null;
                if (value) localStorage.setItem(GROUP_KEY, value);
                setGroupId(value);
                setChecked(new Set());
                setPresetMissing(false);
              }}
            >
              {!groupId && <option value="">{t('latePickups.register.chooseGroup')}</option>}
              {form?.groups.map((g) => (
                <option key={g.groupId} value={g.groupId}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
        </div>

        <fieldset className="lp-children">
          <legend>{t('latePickups.register.children')}</legend>
          {loadError && <ErrorState error={loadError} onRetry={() => setReloads((n) => n + 1)} />}
          {!form && !loadError && <Loading />}
          {form && !groupId && <p className="muted">{t('latePickups.register.chooseGroupFirst')}</p>}
          {form?.closed && (
            <p className="lp-closed" role="note">
              {t('latePickups.register.closed', { day: formatDay(date, language), name: closureName(form.closed, language) })}
              {form.openDayBefore && (
                <button type="button" className="lp-compact-button" onClick={() => setDate(form.openDayBefore ?? date)}>
                  {t('latePickups.register.goToOpenDay', { day: formatDay(form.openDayBefore, language) })}
                </button>
              )}
            </p>
          )}
          {form && groupId && inGroup.length === 0 && <p className="muted">{t('latePickups.register.noChildren')}</p>}
          <ul aria-label={form?.groups.find((g) => g.groupId === groupId)?.name}>{inGroup.map(childRow)}</ul>
          {siblings.length > 0 && (
            <>
              <h3 className="cell-heading">{t('latePickups.register.siblings')}</h3>
              <ul aria-label={t('latePickups.register.siblings')}>{siblings.map((c, i) => childRow(c, inGroup.length + i))}</ul>
            </>
          )}
        </fieldset>

        <div className="lp-form-row">
          <label>
            <span>{t('latePickups.register.pickupTime')}</span>
            <input inputMode="numeric" placeholder="18:20" size={6} value={pickup} onChange={(e) => setPickup(e.target.value)} />
          </label>
          <label className="lp-grow">
            <span>{t('latePickups.register.pickedUpBy')}</span>
            <input
              ref={pickedUpByInput}
              list={`${id}-who`}
              placeholder={t('latePickups.register.pickedUpByPlaceholder')}
              value={pickedUpBy}
              maxLength={100}
              onChange={(e) => setPickedUpBy(e.target.value)}
            />
            <datalist id={`${id}-who`}>
              {PICKED_UP_BY.map((w) => (
                <option key={w} value={w} />
              ))}
            </datalist>
          </label>
        </div>
        <label>
          <span>{t('latePickups.register.note')}</span>
          <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </label>
        {presetMissing && !problem && (
          <p className="lp-problem" role="alert">
            {t('latePickups.register.presetMissing', { day: formatDay(date, language) })}
          </p>
        )}
        {problem && (
          <p className="lp-problem" role="alert">
            {noticeText(problem, t, language, errorText)}
          </p>
        )}
        <div className="lp-form-actions">
          <button type="submit" className="primary" disabled={busy} title={t('latePickups.register.shortcut')}>
            {busy ? t('latePickups.register.submitting') : t('latePickups.register.submit')}
          </button>
          <span className="muted small">{t('latePickups.register.shortcut')}</span>
        </div>
      </form>
    </section>
  );
}
