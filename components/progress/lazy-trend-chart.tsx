"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { TrendChartProps } from "./trend-chart";

// The placeholder keeps the chart's height so the page doesn't jump.
function ChartPlaceholder() {
  return (
    <div className="flex h-[220px] items-center justify-center rounded-md bg-slate-50 text-sm text-slate-600">
      Drawing the chart…
    </div>
  );
}

// recharts is client-only (it measures its container) and is fetched only when a chart is drawn.
const TrendChart = dynamic(() => import("./trend-chart"), { ssr: false, loading: ChartPlaceholder });

/**
 * How far outside the viewport a chart starts drawing: about a screen ahead, so it is usually
 * ready by the time it scrolls into view.
 */
const DRAW_AHEAD = "1000px 0px";

/**
 * A trend chart that is fetched and drawn only once it comes near the screen. recharts takes
 * about 0.2 s of main thread per chart on a development machine (Lighthouse's phone: four times
 * that), and the charts sit below the readiness, practise-next and current-level cards: drawing
 * them all at load kept a phone busy for seconds before anyone could scroll to them.
 */
export function LazyTrendChart(props: TrendChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: DRAW_AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  if (near) return <TrendChart {...props} />;
  return (
    <div ref={ref}>
      <ChartPlaceholder />
    </div>
  );
}
