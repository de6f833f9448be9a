import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { ContractPreview } from '../../../../shared/contract/childrenViews';
import type { ApiError } from '../../../../shared/contract/errors';
import type { ChildDetail, GroupOption, PlacementView } from '../../../../shared/contract/views';
import { checkContractFields, groupFitsChild, readDays, type TypedDay } from '../../../../shared/domain/masterData/childRules';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';
import type { PlacementDay } from '../../../../shared/model/rows';
import { api } from '../../api/client';
import type { Notice } from '../../app/NoticeLine';
import { Modal } from '../../app/Modal';
import { formatDay } from '../../i18n/format';
import type { Language } from '../../i18n';
import { dayBefore } from './dates';
import { FieldError, FieldStateContext, useFieldError } from './FormFields';
import { planText } from './planLanguage';

/** The weekdays a contract can have (the location's working week). */
const WEEKDAYS = [1, 2, 3, 4, 5] as const;
/** How long typing settles before the preview is asked again. */
const PREVIEW_DELAY_MS = 250;

type DayDraft = { on: boolean; start: string; end: string };

/** The days switched on, with their times as typed. */
const typedDays = (draft: Record<number, DayDraft>): TypedDay[] =>
  WEEKDAYS.flatMap((weekday) => {
    const d = draft[weekday];
    return d?.on ? [{ weekday, start: d.start, end: d.end }] : [];
  });

function initialDays(detail: ChildDetail, placement: PlacementView | null): Record<number, DayDraft> {
  const open = { start: formatTime(detail.hours.opensAt), end: formatTime(detail.hours.closesAt) };
  return Object.fromEntries(
    WEEKDAYS.map((weekday) => {
      const own = placement?.days.find((d) => d.weekday === weekday);
      return [weekday, own ? { on: true, start: formatTime(own.start), end: formatTime(own.end) } : { on: false, ...open }];
    }),
  );
}

/**
 * "Nieuw contract" (no `placement`) or "Dagen wijzigen" (`placement`): the group (those that fit
 * the child's age and care type first; another one needs a recorded reason), the start or
 * effective date (the 1st or 16th), days and times, and the group's occupancy per weekday with
 * this contract, asked from the core (`children.contractPreview`: the shared preview and the
 * mutator's own verdict) while the form changes. Confirming is possible only when the verdict is
 * that it would be accepted; a day over the licensed places names the ways out.
 */
export function ContractForm({
  detail,
  placement,
  onDone,
  onCancel,
}: {
  detail: ChildDetail;
  placement: PlacementView | null;
  onDone: (notice: Notice) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const change = placement !== null;
  const dates = useMemo(() => {
    if (!placement) return detail.effectiveDates;
    const within = detail.effectiveDates.filter((d) => d > placement.startDate && (placement.endDate === null || d <= placement.endDate));
    return placement.startDate >= detail.today ? [placement.startDate, ...within] : within;
  }, [detail, placement]);
  const [startDate, setStartDate] = useState(dates[0] ?? '');
  const fits = (g: GroupOption) => groupFitsChild(g, detail.dateOfBirth, startDate || detail.today);
  const fitting = detail.groups.filter(fits);
  const others = detail.groups.filter((g) => !fits(g));
  const [groupId, setGroupId] = useState(placement?.groupId ?? fitting[0]?.groupId ?? '');
  const [days, setDays] = useState(() => initialDays(detail, placement));
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [preview, setPreview] = useState<ContractPreview | null>(null);
  const [previewFor, setPreviewFor] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const group = detail.groups.find((g) => g.groupId === groupId) ?? null;
  const outsideAges = !change && group !== null && !fits(group);
  const typed = typedDays(days);
  const chosen = readDays(typed);
  const errors = checkContractFields({
    groupId,
    startDate,
    days: typed,
    outsideAges,
    reason,
    child: detail.firstName,
    group: group?.name ?? '',
  });
  const fieldState = {
    errors,
    shown: (path: string) => submitted || touched.has(path),
    touch: (path: string) => setTouched((s) => (s.has(path) ? s : new Set(s).add(path))),
  };
  const blocking = Object.keys(errors).filter((k) => k !== 'reason');

  const request = JSON.stringify({
    childId: detail.childId,
    groupId,
    startDate,
    days: chosen,
    ...(placement ? { placementId: placement.placementId } : {}),
    ageExceptionReason: outsideAges && reason.trim() !== '' ? reason.trim() : null,
  });
  const canPreview = blocking.length === 0;
  useEffect(() => {
    if (!canPreview) return;
    let current = true;
    const timer = setTimeout(() => {
      void api['children.contractPreview'](JSON.parse(request)).then((r) => {
        if (!current) return;
        if (r.ok) {
          setPreview(r.value);
          setPreviewFor(request);
        } else setError(r.error);
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [request, canPreview]);
  const fresh = preview !== null && previewFor === request && canPreview;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0 || !fresh || preview.refusal !== null || !group) return;
    setBusy(true);
    setError(null);
    const result = placement
      ? await api.mutate({
          name: 'placement.change',
          args: { placementId: placement.placementId, newPlacementId: uuidv7(), effectiveDate: startDate, days: chosen },
        })
      : await api.mutate({
          name: 'placement.create.v2',
          args: {
            id: uuidv7(),
            locationId: detail.locationId,
            childId: detail.childId,
            groupId,
            careType: group.careType,
            kind: 'fixed',
            startDate,
            endDate: null,
            days: chosen,
            ageExceptionReason: outsideAges ? reason.trim() : null,
          },
        });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone({
      kind: 'success',
      key: change ? 'childEdit.contract.changed' : 'childEdit.contract.created',
      params: { group: group.name, date: { day: startDate } },
    });
  };

  const title = placement
    ? t('childEdit.contract.changeTitle', { group: placement.groupName })
    : t('childEdit.contract.newTitle', { name: detail.name });
  const ids = { group: useId(), date: useId(), reason: useId(), days: useId() };
  const groupInvalid = errors.groupId !== undefined && fieldState.shown('groupId');
  return (
    <Modal title={title} className="ce-dialog" onCancel={onCancel}>
      <FieldStateContext.Provider value={fieldState}>
        <form className="ce-form" noValidate onSubmit={(e) => void submit(e)} aria-label={title}>
          <p className="muted small">{t('childEdit.keyboardHint')}</p>
          {dates.length === 0 ? (
            <p className="ce-error">{t('childEdit.contract.noDates')}</p>
          ) : (
            <div className="ce-grid">
              {!change && (
                <div className="ce-field">
                  <label htmlFor={ids.group}>{t('childEdit.contract.group')}</label>
                  {detail.groups.length === 0 ? (
                    <p className="muted">{t('childEdit.contract.noGroups')}</p>
                  ) : (
                    <select
                      id={ids.group}
                      autoFocus
                      value={groupId}
                      aria-invalid={groupInvalid ? true : undefined}
                      onChange={(e) => setGroupId(e.target.value)}
                      onBlur={() => fieldState.touch('groupId')}
                    >
                      {groupId === '' && <option value="" />}
                      {fitting.length > 0 && (
                        <optgroup label={t('childEdit.contract.fitting')}>
                          {fitting.map((g) => (
                            <GroupChoice key={g.groupId} group={g} />
                          ))}
                        </optgroup>
                      )}
                      {others.length > 0 && (
                        <optgroup label={t('childEdit.contract.other')}>
                          {others.map((g) => (
                            <GroupChoice key={g.groupId} group={g} />
                          ))}
                        </optgroup>
                      )}
                    </select>
                  )}
                  <FieldError id={`${ids.group}-error`} path="groupId" />
                </div>
              )}
              <div className="ce-field">
                <label htmlFor={ids.date}>{change ? t('childEdit.contract.effectiveDate') : t('childEdit.contract.startDate')}</label>
                <select
                  id={ids.date}
                  autoFocus={change}
                  value={startDate}
                  onChange={(e) => setStartDate(e.target.value)}
                  onBlur={() => fieldState.touch('startDate')}
                >
                  {dates.map((d) => (
                    <option key={d} value={d}>
                      {formatDay(d, language)}
                    </option>
                  ))}
                </select>
                <FieldError id={`${ids.date}-error`} path="startDate" />
                <span className="muted small">
                  {t('children.effectiveHint', { days: detail.effectiveDays.join(` ${t('children.and')} `) })}
                </span>
              </div>
            </div>
          )}

          <fieldset className="ce-section">
            <legend id={ids.days}>{t('childEdit.contract.days')}</legend>
            <table className="ce-days">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="cp-sr-only">{t('childEdit.contract.days')}</span>
                  </th>
                  <th scope="col">{t('childEdit.contract.from')}</th>
                  <th scope="col">{t('childEdit.contract.to')}</th>
                </tr>
              </thead>
              <tbody>
                {WEEKDAYS.map((weekday) => (
                  <DayRow
                    key={weekday}
                    weekday={weekday}
                    day={days[weekday]!}
                    onChange={(d) => {
                      setDays((all) => ({ ...all, [weekday]: d }));
                      fieldState.touch(`days.${weekday}`);
                      fieldState.touch('days');
                    }}
                  />
                ))}
              </tbody>
            </table>
            <FieldError id={`${ids.days}-error`} path="days" />
          </fieldset>

          {outsideAges && group && (
            <div className="ce-field">
              <label htmlFor={ids.reason}>{t('childEdit.contract.reason')}</label>
              <textarea
                id={ids.reason}
                rows={2}
                maxLength={500}
                value={reason}
                aria-describedby={`${ids.reason}-hint`}
                onChange={(e) => setReason(e.target.value)}
                onBlur={() => fieldState.touch('reason')}
              />
              <span id={`${ids.reason}-hint`} className="muted small">
                {t('childEdit.contract.reasonHint')}
              </span>
              <FieldError id={`${ids.reason}-error`} path="reason" />
            </div>
          )}

          <PreviewPanel preview={canPreview ? preview : null} fresh={fresh} placement={placement} language={language} />

          {error && (
            <p className="ce-error" role="alert">
              {planText(error, language)}
            </p>
          )}
          <div className="ce-actions">
            <button type="button" onClick={onCancel} disabled={busy}>
              {t('childEdit.cancel')}
            </button>
            <button
              type="submit"
              className="primary"
              disabled={busy || !fresh || preview.refusal !== null || Object.keys(errors).length > 0 || dates.length === 0}
            >
              {busy ? t('childEdit.busy') : change ? t('childEdit.contract.submitChange') : t('childEdit.contract.submitNew')}
            </button>
          </div>
        </form>
      </FieldStateContext.Provider>
    </Modal>
  );
}

function GroupChoice({ group }: { group: GroupOption }) {
  const { t } = useTranslation();
  return (
    <option value={group.groupId}>
      {group.name} · {t(`careType.${group.careType}`)} ·{' '}
      {t('childEdit.contract.ages', { from: group.ageMinMonths, to: group.ageMaxMonths })}
    </option>
  );
}

function DayRow({ weekday, day, onChange }: { weekday: number; day: DayDraft; onChange: (day: DayDraft) => void }) {
  const { t } = useTranslation();
  const name = t(`childEdit.weekdayLong.${weekday}`);
  const error = useFieldError(`days.${weekday}`);
  const errorId = useId();
  return (
    <>
      <tr className={day.on ? 'ce-day-on' : 'ce-day-off'}>
        <th scope="row">
          <label className="ce-check">
            <input type="checkbox" checked={day.on} onChange={(e) => onChange({ ...day, on: e.target.checked })} />
            <span>{name}</span>
          </label>
        </th>
        {(['start', 'end'] as const).map((field) => (
          <td key={field}>
            <input
              type="text"
              inputMode="numeric"
              maxLength={5}
              size={6}
              placeholder="07:30"
              aria-label={`${name} ${t(field === 'start' ? 'childEdit.contract.from' : 'childEdit.contract.to')}`}
              value={day[field]}
              disabled={!day.on}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => onChange({ ...day, [field]: e.target.value })}
            />
          </td>
        ))}
      </tr>
      {error && (
        <tr>
          <td colSpan={3}>
            <span id={errorId} className="ce-error" role="alert">
              {error}
            </span>
          </td>
        </tr>
      )}
    </>
  );
}

/**
 * The group's occupancy per weekday with this contract ("Egeltjes donderdag 17/16 vanaf do 22
 * okt"), each with an icon and a word, what changes, and the verdict: the rule that refuses it and
 * the ways out.
 */
function PreviewPanel({
  preview,
  fresh,
  placement,
  language,
}: {
  preview: ContractPreview | null;
  fresh: boolean;
  placement: PlacementView | null;
  language: Language;
}) {
  const { t } = useTranslation();
  const spans = (days: readonly PlacementDay[]) =>
    days.map((d) => `${t(`children.weekday.${d.weekday}`)} ${formatTime(d.start)}–${formatTime(d.end)}`).join(', ');
  const over = preview?.places.some((p) => p.overFrom !== null) ?? false;
  return (
    <section className="ce-preview" aria-labelledby="ce-preview-title" aria-live="polite" aria-busy={!fresh}>
      <h3 id="ce-preview-title">{t('childEdit.contract.previewTitle')}</h3>
      {!preview ? (
        <p className="muted small">{t('childEdit.contract.previewEmpty')}</p>
      ) : (
        <>
          {!fresh && <p className="muted small">{t('childEdit.contract.previewLoading')}</p>}
          <ul className="ce-places">
            {preview.places.map((p) => (
              <li key={p.weekday} className={p.overFrom ? 'ce-place-over' : 'ce-place-ok'}>
                {p.overFrom ? <AlertTriangle aria-hidden size={16} /> : <CheckCircle2 aria-hidden size={16} />}
                <strong>{p.overFrom ? t('childEdit.contract.over') : t('childEdit.contract.fits')}</strong>
                <span>
                  {t('childEdit.contract.placesRow', {
                    group: preview.groupName,
                    weekday: t(`childEdit.weekdayLong.${p.weekday}`),
                    after: p.after,
                    capacity: p.capacity,
                  })}
                  {p.overFrom ? ` ${t('childEdit.contract.placesFrom', { date: formatDay(p.overFrom, language) })}` : ''}
                </span>
                <span className="muted small">{t('childEdit.contract.placesNow', { before: p.before })}</span>
              </li>
            ))}
          </ul>
          {placement && (
            <p className="small">
              {preview.mode === 'split'
                ? t('childEdit.contract.split', {
                    last: formatDay(dayBefore(preview.effectiveDate), language),
                    date: formatDay(preview.effectiveDate, language),
                  })
                : t('childEdit.contract.replace', { date: formatDay(preview.effectiveDate, language) })}
              {preview.added.length > 0 && ` ${t('childEdit.contract.added', { days: spans(preview.added) })}.`}
              {preview.removed.length > 0 && ` ${t('childEdit.contract.removed', { days: spans(preview.removed) })}.`}
            </p>
          )}
          {preview.refusal && (
            <div className="warning ce-refusal" role="alert">
              <AlertTriangle aria-hidden size={18} />
              <div>
                <p>{planText(preview.refusal, language)}</p>
                {(over || preview.refusal.rule === 'placement.group_full') && <p className="small">{t('childEdit.contract.waysOut')}</p>}
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
