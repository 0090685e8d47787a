'use client';
/**
 * Points in the plane, in groups: data points by class, a dense grid of faint squares for decision
 * regions, or polylines (optimizer paths, contour lines). Axes share one scale so shapes are not distorted.
 */
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';

export interface PointGroup {
  name: string;
  color: string;
  points: { x: number; y: number }[];
  /** draw as a polyline through the points */
  line?: boolean;
  /** marker: none for plain lines, 'square' for region cells */
  shape?: 'circle' | 'square' | 'none';
  size?: number;
  legend?: boolean;
}

export function ScatterFigure(props: { groups: PointGroup[]; xDomain: [number, number]; yDomain: [number, number]; xLabel: string; yLabel: string; height?: number }) {
  const Dot = ({ cx, cy, fill, size, shape }: { cx?: number; cy?: number; fill?: string; size: number; shape: string }) => {
    if (cx === undefined || cy === undefined || shape === 'none') return null;
    return shape === 'square' ? <rect x={cx - size / 2} y={cy - size / 2} width={size} height={size} fill={fill} /> : <circle cx={cx} cy={cy} r={size / 2} fill={fill} stroke="#fff" strokeWidth={0.5} />;
  };
  return (
    <>
      <p className="small" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.9rem', margin: '0 0 0.3rem' }}>
        {props.groups
          .filter((g) => g.legend !== false)
          .map((g) => (
            <span key={g.name}>
              <span aria-hidden style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: g.color, marginRight: 4 }} />
              {g.name}
            </span>
          ))}
      </p>
      <ResponsiveContainer width="100%" height={props.height ?? 380}>
      <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid stroke="#eef2f5" />
        <XAxis type="number" dataKey="x" domain={props.xDomain} allowDataOverflow label={{ value: props.xLabel, position: 'insideBottom', offset: -12 }} tickFormatter={(v: number) => String(Number(v.toFixed(2)))} />
        <YAxis type="number" dataKey="y" domain={props.yDomain} allowDataOverflow label={{ value: props.yLabel, angle: -90, position: 'insideLeft' }} width={56} tickFormatter={(v: number) => String(Number(v.toFixed(2)))} />
        <ZAxis range={[20, 20]} />
        <Tooltip cursor={false} formatter={(v) => (typeof v === 'number' ? Number(v.toPrecision(4)) : v)} />
        {props.groups.map((g) => (
          <Scatter
            key={g.name}
            name={g.name}
            data={g.points}
            fill={g.color}
            line={g.line ? { stroke: g.color, strokeWidth: 2 } : false}
            lineType="joint"
            isAnimationActive={false}
            shape={(p: object) => <Dot {...(p as { cx?: number; cy?: number })} fill={g.color} size={g.size ?? 6} shape={g.shape ?? 'circle'} />}
          />
        ))}
      </ScatterChart>
      </ResponsiveContainer>
    </>
  );
}
