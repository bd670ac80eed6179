"use client";

import { useSyncExternalStore } from "react";

const TICK_MS = 15_000;

function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, TICK_MS);
  return () => clearInterval(timer);
}

// Rounded to the tick so the snapshot stays the same between ticks, as useSyncExternalStore needs.
const snapshot = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;

/**
 * The current time, updated every few seconds, so actions that depend on the
 * clock (report a no-show after the start, the late-cancellation warning)
 * appear on a page left open. Hydrates with the server's render time.
 */
export function useNow(renderedAt: string): number {
  return useSyncExternalStore(subscribe, snapshot, () => Date.parse(renderedAt));
}
