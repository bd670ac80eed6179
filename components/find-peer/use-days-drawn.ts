"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * How many of a week's days to draw: one more per task until all are, starting
 * again at one when `week` changes (a new week or interview type, not a refetch
 * of the same one, which redraws in place).
 *
 * A week holds a couple of hundred open times. Drawn in one commit, inserting
 * them and laying them out was one long task of ~40 ms on a fast machine, four
 * times that on a mid-range phone (Lighthouse's "total blocking time" on Find a
 * peer): taps waited for it. A day per task keeps each one short, and the
 * browser paints between them, so the first day shows sooner too.
 */
export function useDaysDrawn(total: number, week: string, ready: boolean): number {
  const [drawn, setDrawn] = useState({ week, count: 1 });
  // A different week starts over, decided during render so no frame draws the whole new week at once.
  const current = drawn.week === week ? drawn : { week, count: 1 };
  if (current !== drawn) setDrawn(current);

  useEffect(() => {
    if (!ready || current.count >= total) return;
    const timer = setTimeout(() => {
      startTransition(() =>
        setDrawn((d) => (d.week === current.week ? { week: d.week, count: Math.max(d.count, current.count + 1) } : d)),
      );
    }, 0);
    return () => clearTimeout(timer);
  }, [ready, total, current.week, current.count]);

  return ready ? current.count : 0;
}
