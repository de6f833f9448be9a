import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatioSlot } from '../../../../shared/contract/views';
import { SLOT_MINUTES } from '../../../../shared/domain/ratio/ratio';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';
import { chartRange } from './RatioDayChart';
import { levelIcons } from './RatioLevelBadge';

/**
 * The day's 15-minute slots as a row of buttons under the chart, from opening to closing: a
 * slot with a problem shows its level's icon, so the row reads without colour. Arrow keys move
 * between slots (Home/End to the ends), Enter or Space opens one.
 */
export function SlotStrip({
  slots,
  opensAt,
  closesAt,
  label,
  selectedStart,
  onSelect,
}: {
  slots: readonly RatioSlot[];
  opensAt: number;
  closesAt: number;
  label: string;
  selectedStart: number | null;
  onSelect: (start: number) => void;
}) {
  const { t } = useTranslation();
  const row = useRef<HTMLDivElement>(null);
  const byStart = new Map(slots.map((s) => [s.start, s]));
  const { from, to } = chartRange(slots, opensAt, closesAt);
  const starts: number[] = [];
  for (let s = from; s < to; s += SLOT_MINUTES) starts.push(s);
  const tabStop = selectedStart !== null && byStart.has(selectedStart) ? selectedStart : (slots[0]?.start ?? null);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(row.current?.querySelectorAll<HTMLButtonElement>('button[data-start]') ?? [])];
    const index = buttons.findIndex((b) => b === document.activeElement);
    if (index < 0) return;
    let next = index;
    if (e.key === 'ArrowRight') next = Math.min(buttons.length - 1, index + 1);
    else if (e.key === 'ArrowLeft') next = Math.max(0, index - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    else return;
    e.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <div
      className="slot-strip"
      role="group"
      aria-label={label}
      ref={row}
      onKeyDown={onKeyDown}
      style={{ gridTemplateColumns: `repeat(${starts.length}, minmax(0, 1fr))` }}
    >
      {starts.map((start) => {
        const slot = byStart.get(start);
        if (!slot) return <span key={start} className="slot-cell slot-empty" aria-hidden />;
        const Icon = levelIcons[slot.level];
        const name = t('ratio.slots.slot', {
          from: formatTime(slot.start),
          to: formatTime(slot.end),
          level: t(`ratio.level.${slot.level}`),
        });
        return (
          <button
            key={start}
            type="button"
            data-start={start}
            className={`slot-cell level-${slot.level}`}
            aria-label={name}
            aria-pressed={selectedStart === start}
            title={name}
            tabIndex={tabStop === start ? 0 : -1}
            onClick={() => onSelect(start)}
          >
            {slot.level !== 'ok' && <Icon aria-hidden size={12} />}
          </button>
        );
      })}
    </div>
  );
}
