import type { Locale } from "@/lib/dates/locale";
import { formatClock } from "@/lib/dates/viewer-time";
// The browser's zone, its list of zones, and a clock: client-only values, read without a hydration mismatch.
export const noSubscribe = () => () => {};
export const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
let zoneList: string[] | undefined;
// Browsers without supportedValuesOf (Safari before 15.4) still get their own zone, which is what most people pick.
export const allZones = () =>
  (zoneList ??= typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
export const everyMinute = (onChange: () => void) => {
  const timer = setInterval(onChange, 15_000);
  return () => clearInterval(timer);
};
export const currentMinute = () => Math.floor(Date.now() / 60_000);

export function groupZones(zones: string[], selected: string): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const zone of zones.includes(selected) || !selected ? zones : [...zones, selected].sort()) {
    const region = zone.includes("/") ? zone.slice(0, zone.indexOf("/")) : "Other";
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return [...groups];
}

export function clock(minute: number, timeZone: string, locale: Locale): string {
  try {
    return formatClock(minute * 60_000, timeZone, locale);
  } catch {
    return "";
  }
}
