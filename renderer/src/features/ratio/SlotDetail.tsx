import { Coffee, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { RatioSlot, RatioStaffEntry, RatioUnitDay } from '../../../../shared/contract/views';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';
import { formatTimeRange } from '../../i18n/format';
import type { Language } from '../../i18n';
import { explanationText } from './ratioLanguage';
import { RatioLevelBadge } from './RatioLevelBadge';

/**
 * One slot opened: its status in words, the numbers the rules worked with, the rule's own
 * explanation, and who is there (children, staff, and who is on a break).
 */
export function SlotDetail({ unit, slot, onClose }: { unit: RatioUnitDay; slot: RatioSlot; onClose?: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const headingId = `slot-${unit.unitId}-${slot.start}`;
  const children = slot.present.children.flatMap((i) => unit.children[i] ?? []);
  const staff = slot.present.staff.flatMap((i) => unit.staff[i] ?? []);
  const onBreak = slot.present.onBreak.flatMap((i) => unit.staff[i] ?? []);
  const verdict = t(`ratio.verdict.${slot.level}`, {
    staff: slot.countingStaff,
    required: slot.required ?? '–',
    minimum: slot.minStaffDuringDeviation ?? '–',
    budget: unit.budget.minutes,
    count: slot.children,
  });
  return (
    <section className={`slot-detail slot-detail-${slot.level}`} aria-labelledby={headingId}>
      <header className="slot-detail-header">
        <h3 id={headingId}>
          {formatTimeRange(slot.start, slot.end)} · {unit.name}
        </h3>
        <RatioLevelBadge level={slot.level} />
        {onClose && (
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label={t('ratio.detail.close')}
            title={t('ratio.detail.close')}
          >
            <X aria-hidden size={16} />
          </button>
        )}
      </header>
      <p className="verdict">{verdict}</p>
      {slot.at !== slot.start || slot.intervalEnd < slot.end ? (
        <p className="muted small">
          {t('ratio.detail.at', { time: formatTime(slot.at), from: formatTime(slot.intervalStart), to: formatTime(slot.intervalEnd) })}
        </p>
      ) : null}
      <div className="slot-facts">
        <dl>
          <div>
            <dt>{t('ratio.detail.children')}</dt>
            <dd>
              {slot.children}
              {slot.children > 0 && <span className="muted"> ({ageBands(unit, slot, t)})</span>}
            </dd>
          </div>
          <div>
            <dt>{t('ratio.detail.countingStaff')}</dt>
            <dd>{slot.countingStaff}</dd>
          </div>
          <div>
            <dt>{t('ratio.detail.required')}</dt>
            <dd>{slot.required ?? t('ratio.detail.overMax')}</dd>
          </div>
          <div>
            <dt>{t('ratio.detail.minimum')}</dt>
            <dd>{slot.minStaffDuringDeviation ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('ratio.detail.adults')}</dt>
            <dd>{slot.adults}</dd>
          </div>
          <div>
            <dt>{t('ratio.detail.withinMax')}</dt>
            <dd>{slot.withinMax ? t('ratio.detail.yes') : t('ratio.detail.no')}</dd>
          </div>
        </dl>
        <div className="slot-why">
          <h4>{t('ratio.detail.why')}</h4>
          <p className="explanation">{explanationText(slot.explanation, language)}</p>
          <p className="muted small" title={slot.explanation.rule}>
            {t('ratio.detail.rule', {
              rule: t(`ratio.rules.${slot.explanation.rule.replace(/\./g, '_')}`, { defaultValue: slot.explanation.rule }),
            })}
          </p>
        </div>
      </div>
      <div className="slot-people">
        <div>
          <h4>{t('ratio.detail.staffPresent', { count: staff.length })}</h4>
          {staff.length === 0 ? (
            <p className="muted small">{t('ratio.detail.nobody')}</p>
          ) : (
            <ul className="people">
              {staff.map((s) => (
                <li key={s.shiftId}>
                  <span className={`dot dot-${s.counts}`} role="img" aria-label={t(`ratio.counts.${s.counts}`)} />
                  <span className="name">{s.name}</span>
                  <span className="times">{formatTimeRange(s.start, s.end)}</span>
                </li>
              ))}
            </ul>
          )}
          {onBreak.length > 0 && (
            <>
              <h4>{t('ratio.detail.onBreak', { count: onBreak.length })}</h4>
              <ul className="people">
                {onBreak.map((s) => (
                  <li key={s.shiftId}>
                    <Coffee aria-hidden size={13} />
                    <span className="name">{s.name}</span>
                    <span className="times">{breakAt(s, slot.at)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div>
          <h4>{t('ratio.detail.childrenPresent', { count: children.length })}</h4>
          {children.length === 0 ? (
            <p className="muted small">{t('ratio.detail.nobody')}</p>
          ) : (
            <ul className="people people-columns">
              {children.map((c, i) => (
                <li key={`${c.childId}-${i}`}>
                  <span className="name">{c.name}</span>
                  <span className="age">{t('ratio.detail.age', { count: c.age })}</span>
                  <span className="times">{formatTimeRange(c.start, c.end)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

function breakAt(s: RatioStaffEntry, at: number): string {
  const b = s.breaks.find((x) => x.start <= at && at < x.end);
  return b ? formatTimeRange(b.start, b.end) : '';
}

function ageBands(unit: RatioUnitDay, slot: RatioSlot, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (unit.careType === 'BSO') {
    return [t('ratio.detail.bsoYounger', { count: slot.byAge[0] ?? 0 }), t('ratio.detail.bsoOlder', { count: slot.byAge[1] ?? 0 })].join(
      ', ',
    );
  }
  return slot.byAge
    .map((n, age) => (n > 0 ? t('ratio.detail.ageBand', { count: n, age }) : null))
    .filter((x) => x !== null)
    .join(' · ');
}
