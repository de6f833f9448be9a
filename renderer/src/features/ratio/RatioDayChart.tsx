import { useTranslation } from 'react-i18next';
import { ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RatioLevel, RatioSlot } from '../../../../shared/contract/views';
import { SLOT_MINUTES } from '../../../../shared/domain/ratio/ratio';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';
import { formatTimeRange } from '../../i18n/format';

/** Width of each y-axis, so the slot strip under the chart can line up with the plot area. */
export const CHART_AXIS_WIDTH = 36;
const HEIGHT = 190;

/** Shading per level (SVG attributes cannot read CSS variables); the strip and detail carry icon and word. */
const SHADE: Record<Exclude<RatioLevel, 'ok'>, string> = {
  deviation: '#f2b233',
  over_budget: '#e0662c',
  understaffed: '#c62828',
  over_max: '#7a1020',
};

type Point = {
  t: number;
  required: number | null;
  staff: number | null;
  minimum: number | null;
  children: number | null;
  slot: RatioSlot | null;
};

/** The chart's time range: whole quarters from opening (or the first slot) to closing (or the last). */
export function chartRange(slots: readonly RatioSlot[], opensAt: number, closesAt: number): { from: number; to: number } {
  const from = Math.min(opensAt - (opensAt % SLOT_MINUTES), slots[0]?.start ?? opensAt);
  const to = Math.max(closesAt, slots[slots.length - 1]?.end ?? closesAt);
  return { from, to };
}

function pointsOf(slots: readonly RatioSlot[], from: number, to: number): Point[] {
  const byStart = new Map(slots.map((s) => [s.start, s]));
  const points: Point[] = [];
  for (let t = from; t < to; t += SLOT_MINUTES) {
    const slot = byStart.get(t) ?? null;
    points.push({
      t,
      required: slot ? (slot.required ?? null) : null,
      staff: slot ? slot.countingStaff : null,
      minimum: slot ? (slot.minStaffDuringDeviation ?? null) : null,
      children: slot ? slot.children : null,
      slot,
    });
  }
  // The last step runs to the end of its slot.
  const last = points[points.length - 1];
  if (last) points.push({ ...last, t: to, slot: null });
  return points;
}

/** Runs of consecutive slots with the same problem level, for shading. */
function runsOf(slots: readonly RatioSlot[]): { level: Exclude<RatioLevel, 'ok'>; start: number; end: number }[] {
  const runs: { level: Exclude<RatioLevel, 'ok'>; start: number; end: number }[] = [];
  for (const s of slots) {
    if (s.level === 'ok') continue;
    const last = runs[runs.length - 1];
    if (last && last.level === s.level && last.end === s.start) last.end = s.end;
    else runs.push({ level: s.level, start: s.start, end: s.end });
  }
  return runs;
}

/**
 * A unit's day: required and present counting professionals as steps, children present as a line
 * (right axis), deviation and violation slots shaded, the opened slot outlined. Clicking the plot
 * opens the slot under the pointer; the slot strip below does the same from the keyboard.
 */
export function RatioDayChart({
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
  const { from, to } = chartRange(slots, opensAt, closesAt);
  const points = pointsOf(slots, from, to);
  const maxStaff = Math.max(1, ...slots.map((s) => Math.max(s.required ?? 0, s.countingStaff)));
  const maxChildren = Math.max(4, ...slots.map((s) => s.children));
  const hours: number[] = [];
  for (let h = Math.ceil(from / 60) * 60; h <= to; h += 60) hours.push(h);
  return (
    <div className="ratio-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart
          data={points}
          margin={{ top: 8, right: 0, bottom: 0, left: 0 }}
          accessibilityLayer={false}
          onClick={(state) => {
            const index = Number(state.activeTooltipIndex);
            const slot = Number.isInteger(index) ? points[index]?.slot : null;
            if (slot) onSelect(slot.start);
          }}
        >
          <XAxis
            dataKey="t"
            type="number"
            domain={[from, to]}
            ticks={hours}
            tickFormatter={(m: number) => formatTime(m)}
            tick={{ fontSize: 11 }}
            height={22}
          />
          <YAxis
            yAxisId="staff"
            width={CHART_AXIS_WIDTH}
            allowDecimals={false}
            domain={[0, maxStaff + 1]}
            tick={{ fontSize: 11 }}
            label={{ value: t('ratio.chart.staffAxis'), angle: -90, position: 'insideLeft', fontSize: 11, offset: 12 }}
          />
          <YAxis
            yAxisId="children"
            orientation="right"
            width={CHART_AXIS_WIDTH}
            allowDecimals={false}
            domain={[0, maxChildren + 2]}
            tick={{ fontSize: 11 }}
            label={{ value: t('ratio.chart.childrenAxis'), angle: 90, position: 'insideRight', fontSize: 11, offset: 12 }}
          />
          {runsOf(slots).map((r) => (
            <ReferenceArea
              key={`${r.level}-${r.start}`}
              yAxisId="staff"
              x1={r.start}
              x2={r.end}
              fill={SHADE[r.level]}
              fillOpacity={r.level === 'deviation' ? 0.22 : 0.3}
              ifOverflow="hidden"
            />
          ))}
          {selectedStart !== null && (
            <ReferenceArea
              yAxisId="staff"
              x1={selectedStart}
              x2={selectedStart + SLOT_MINUTES}
              fill="#2f5fb3"
              fillOpacity={0.12}
              stroke="#2f5fb3"
              strokeWidth={2}
            />
          )}
          <Tooltip
            isAnimationActive={false}
            content={({ active, payload }) => {
              const point = (payload?.[0]?.payload as Point | undefined) ?? null;
              const slot = point?.slot;
              if (!active || !slot) return null;
              return (
                <div className="chart-tooltip">
                  <strong>{formatTimeRange(slot.start, slot.end)}</strong> · {t(`ratio.level.${slot.level}`)}
                  <br />
                  {t('ratio.chart.tooltip', { staff: slot.countingStaff, required: slot.required ?? '–', count: slot.children })}
                </div>
              );
            }}
          />
          <Line
            yAxisId="staff"
            dataKey="required"
            name={t('ratio.chart.required')}
            type="stepAfter"
            stroke="#1d2430"
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="staff"
            dataKey="minimum"
            name={t('ratio.chart.minimum')}
            type="stepAfter"
            stroke="#8a93a3"
            strokeWidth={1}
            strokeDasharray="2 3"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="staff"
            dataKey="staff"
            name={t('ratio.chart.staff')}
            type="stepAfter"
            stroke="#1f6f5c"
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="children"
            dataKey="children"
            name={t('ratio.chart.children')}
            type="stepAfter"
            stroke="#7a4fb5"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
          <Legend verticalAlign="top" height={24} iconType="plainline" itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
