'use client';
/** Grouped bars over a categorical or binned x column (histograms, counts). */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { COLORS } from './palette';
import type { Series } from './LineFigure';

export function BarFigure(props: { data: Record<string, number | null>[]; xKey: string; xLabel: string; yLabel: string; series: Series[]; height?: number }) {
  return (
    <ResponsiveContainer width="100%" height={props.height ?? 280}>
      <BarChart data={props.data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid stroke="#e6ebf0" vertical={false} />
        <XAxis dataKey={props.xKey} label={{ value: props.xLabel, position: 'insideBottom', offset: -12 }} />
        <YAxis label={{ value: props.yLabel, angle: -90, position: 'insideLeft' }} width={56} />
        <Tooltip />
        {props.series.length > 1 && <Legend verticalAlign="top" />}
        {props.series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={COLORS[i % COLORS.length]} fillOpacity={0.8} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
