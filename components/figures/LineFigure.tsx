'use client';
/** A line chart of several series over one x column (recharts). Data arrive as plain JSON from the server. */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { COLORS } from './palette';

export interface Series {
  key: string;
  name: string;
  dashed?: boolean;
}

export function LineFigure(props: {
  data: Record<string, number | null>[];
  xKey: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  logY?: boolean;
  yDomain?: [number, number];
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={props.height ?? 300}>
      <LineChart data={props.data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid stroke="#e6ebf0" />
        <XAxis dataKey={props.xKey} type="number" domain={['dataMin', 'dataMax']} label={{ value: props.xLabel, position: 'insideBottom', offset: -12 }} />
        <YAxis
          scale={props.logY ? 'log' : 'auto'}
          domain={props.yDomain ?? (props.logY ? ['auto', 'auto'] : ['auto', 'auto'])}
          allowDataOverflow={!!props.yDomain}
          tickFormatter={(v: number) => (props.logY ? v.toExponential(0) : String(Number(v.toPrecision(3))))}
          label={{ value: props.yLabel, angle: -90, position: 'insideLeft' }}
          width={64}
        />
        <Tooltip formatter={(v) => (typeof v === 'number' ? Number(v.toPrecision(4)) : v)} />
        <Legend verticalAlign="top" />
        {props.series.map((s, i) => (
          <Line key={s.key} dataKey={s.key} name={s.name} stroke={COLORS[i % COLORS.length]} strokeDasharray={s.dashed ? '6 4' : undefined} dot={false} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
