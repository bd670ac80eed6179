"use client";

import { useSyncExternalStore } from "react";

/**
 * The server's "now" in the browser: the browser's clock corrected by the
 * offset measured against the server, so two people in the same room see the
 * same countdown even when one laptop's clock is a minute off.
 */
const TICK_MS = 1000;

function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, TICK_MS / 4);
  return () => clearInterval(timer);
}

export function useServerNow(offsetMs: number, renderedAt: string): number {
  return useSyncExternalStore(
    subscribe,
    () => Math.floor((Date.now() + offsetMs) / TICK_MS) * TICK_MS,
    () => Math.floor(Date.parse(renderedAt) / TICK_MS) * TICK_MS,
  );
}

/** Offset from a request that took from `sentAt` to `receivedAt` (browser clock): assume the server answered midway. */
export function clockOffset(serverNow: string, sentAt: number, receivedAt: number): number {
  return Date.parse(serverNow) - (sentAt + receivedAt) / 2;
}

/**
 * "4:05", "1:02:09": whole seconds, rounded up so a countdown reaches 0:00 exactly when time is up.
 * A day or more away reads as days and hours ("1 day 20 h"), not as "44:29:16".
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  if (total >= 86_400) {
    const days = Math.floor(total / 86_400);
    const hours = Math.floor((total % 86_400) / 3600);
    return `${days} ${days === 1 ? "day" : "days"}${hours ? ` ${hours} h` : ""}`;
  }
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** "4 minutes 5 seconds", for screen readers. */
export function spokenCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const part = (n: number, unit: string) => (n ? `${n} ${unit}${n === 1 ? "" : "s"}` : null);
  return [part(h, "hour"), part(m, "minute"), part(s, "second")].filter(Boolean).join(" ") || "0 seconds";
}
