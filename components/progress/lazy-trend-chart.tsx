"use client";

import dynamic from "next/dynamic";

/**
 * recharts is fetched only when a chart is on screen (client-only: it measures
 * its container). The placeholder keeps the height so the page doesn't jump.
 */
export const LazyTrendChart = dynamic(() => import("./trend-chart"), {
  ssr: false,
  loading: () => (
    <div className="flex h-[220px] items-center justify-center rounded-md bg-slate-50 text-sm text-slate-600">
      Drawing the chart…
    </div>
  ),
});
