import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import type { StaffDetail } from '../../../../shared/contract/staffViews';
import { checkLastDay, shiftsAfter } from '../../../../shared/domain/masterData/staffRules';
import { Modal } from '../../app/Modal';
import { formatDay, formatTimeRange } from '../../i18n/format';
import type { Language } from '../../i18n';
import { staffRuleText } from './staffLanguage';
import { useStaffStore } from './staffStore';

/**
 * "Uit dienst": the last working day, checked as it is typed, and the confirmation listing the
 * shifts after it that end with the work (`staff.end.v2` removes exactly those, or refuses when the
 * roster changed meanwhile). Enter confirms, Escape closes.
 */
export function EndStaffDialog({ staff, onClose }: { staff: StaffDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { run, say, reload } = useStaffStore.getState();
  const [lastDay, setLastDay] = useState(staff.today);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const checked = checkLastDay(lastDay, staff.today, staff.activeFrom);
  const after = checked.ok
    ? shiftsAfter(
        staff.upcomingShifts.map((s) => ({ ...s, id: s.shiftId })),
        checked.value,
      )
    : [];

  const submit = async () => {
    if (!checked.ok || saving) return;
    setSaving(true);
    const error = await run('staff.end.v2', { staffId: staff.staffId, lastDay: checked.value, removeShiftIds: after.map((s) => s.id) });
    setSaving(false);
    if (error) {
      setRefusal(error);
      void reload(); // the shifts listed may have changed meanwhile
      return;
    }
    const params = { name: staff.name, date: { day: checked.value }, count: after.length };
    say({ kind: 'success', key: after.length > 0 ? 'staff.notices.endedShifts' : 'staff.notices.ended', params });
    onClose();
  };

  return (
    <Modal title={t('staff.end.title', { name: staff.name })} className="st-dialog" onCancel={onClose}>
      <form
        className="st-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="st-field">
          <label htmlFor={id}>{t('staff.end.lastDay')}</label>
          <input
            id={id}
            type="date"
            value={lastDay}
            autoFocus
            aria-invalid={!checked.ok}
            aria-describedby={`${id}-hint${checked.ok ? '' : ` ${id}-error`}`}
            onChange={(e) => {
              setLastDay(e.target.value);
              setRefusal(null);
            }}
          />
          <span id={`${id}-hint`} className="muted small">
            {t('staff.end.lastDayHint')}
          </span>
          {!checked.ok && (
            <span id={`${id}-error`} className="st-invalid small">
              {staffRuleText(checked, language)}
            </span>
          )}
        </div>
        {checked.ok && (
          <div className="st-end-shifts" aria-live="polite">
            {after.length === 0 ? (
              <p>{t('staff.end.noShifts', { name: staff.firstName })}</p>
            ) : (
              <>
                <p>{t('staff.end.shifts', { name: staff.firstName, count: after.length })}</p>
                <ul aria-label={t('staff.detail.shifts')}>
                  {after.map((s) => (
                    <li key={s.id}>
                      <span className="st-shift-day">{formatDay(s.date, language)}</span>
                      <span>{formatTimeRange(s.start, s.end)}</span>
                      <span className="muted">{s.groupName}</span>
                    </li>
                  ))}
                </ul>
                <p className="muted small">{t('staff.end.shiftsAfter')}</p>
              </>
            )}
          </div>
        )}
        {refusal && (
          <p className="st-invalid" role="alert">
            {staffRuleText(refusal, language)}
          </p>
        )}
        <div className="st-dialog-actions">
          <button type="button" onClick={onClose}>
            {t('staff.form.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!checked.ok || saving}>
            {after.length > 0
              ? t('staff.end.confirmWithShifts', { count: after.length })
              : t('staff.end.confirm', { date: checked.ok ? formatDay(checked.value, language) : '' })}
          </button>
        </div>
      </form>
    </Modal>
  );
}
