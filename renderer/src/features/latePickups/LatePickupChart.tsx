import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LatePickupChart as ChartData } from '../../../../shared/contract/views';
import type { Language } from '../../i18n';

/** One colour per group (SVG cannot read CSS variables); the legend and tooltip name the groups. */
const PALETTE = ['#1f6f5c', '#2f5fb3', '#b5621f', '#7a4fb5', '#c0392b', '#4d8a2a', '#8a6d1f', '#3b7f99', '#a3456e', '#5b6472'];

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

function monthLabel(month: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { month: 'short', timeZone: 'UTC' })
    .format(new Date(`${month}-01T00:00:00Z`))
    .replace('.', '');
}

/** Late pickups per month of the year, stacked per group. */
export function LatePickupChart({ chart }: { chart: ChartData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const groups = chart.groups.filter((g) => chart.months.some((m) => (m.byGroup[g.groupId] ?? 0) > 0));
  const data = chart.months.map((m) => ({
    label: monthLabel(m.month, language),
    ...Object.fromEntries(groups.map((g) => [g.groupId, m.byGroup[g.groupId] ?? 0])),
  }));
  const max = Math.max(1, ...chart.months.map((m) => m.total));
  // a group keeps its colour whichever groups have late pickups this year
  const colourOf = (groupId: string) =>
    PALETTE[
      Math.max(
        0,
        chart.groups.findIndex((g) => g.groupId === groupId),
      ) % PALETTE.length
    ];

  return (
    <div className="lp-chart" role="img" aria-label={t('latePickups.chart.label', { year: chart.year })}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e4e7ec" />
          <XAxis dataKey="label" tickLine={false} fontSize={12} />
          <YAxis allowDecimals={false} width={28} fontSize={12} domain={[0, max]} />
          <Tooltip cursor={{ fill: 'rgba(31, 111, 92, 0.08)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {groups.map((g) => (
            <Bar key={g.groupId} dataKey={g.groupId} name={g.name} stackId="groups" fill={colourOf(g.groupId)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
