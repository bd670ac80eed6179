"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

/**
 * The only module that imports recharts. It is loaded with next/dynamic from
 * lazy-trend-chart.tsx, which only the progress page uses, so no other route's
 * JavaScript carries the charting library.
 */
export interface TrendLine {
  dataKey: string;
  name: string;
  color: string;
  dashed?: boolean;
}

export interface TrendChartProps {
  data: Record<string, string | number>[];
  lines: TrendLine[];
  domain: [number, number];
  ticks: number[];
}

// Hidden from assistive technology (and out of the tab order): the data table beside each chart carries every value.
export default function TrendChart({ data, lines, domain, ticks }: TrendChartProps) {
  return (
    <LineChart
      responsive
      style={{ width: "100%", height: 220 }}
      data={data}
      margin={{ top: 8, right: 12, bottom: 4, left: -16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#475569" }} tickMargin={6} minTickGap={16} />
      <YAxis domain={domain} ticks={ticks} allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} />
      <Tooltip labelFormatter={(_, payload) => (payload[0]?.payload as { when?: string } | undefined)?.when ?? ""} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {lines.map((line) => (
        <Line
          key={line.dataKey}
          // Straight segments: a smoothed curve would invent scores between interviews.
          type="linear"
          dataKey={line.dataKey}
          name={line.name}
          stroke={line.color}
          strokeWidth={2}
          strokeDasharray={line.dashed ? "6 4" : undefined}
          dot={{ r: 3 }}
          // Charts appear at once: an animation would only delay reading them (and honours no reduced-motion setting).
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
