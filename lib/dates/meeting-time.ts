import { dateTimeFormat } from "./date-time-format";
import type { Locale } from "./locale";
import { clockOptions } from "./viewer-time";

/** Intl throws on a zone it does not know; a profile's zone is validated, but an old one may have gone. */
function knownZone(zone: string): string {
  try {
    return dateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}

/**
 * An interview's time for an e-mail, read without the app around it: the full date, the clock in the
 * locale's hour cycle and the zone named with its offset. "Tuesday, 1 December 2026, 15:00–16:00
 * (Europe/Berlin, GMT+1)" in en-GB, "Tuesday, December 1, 2026, 3:00 PM–4:00 PM (Europe/Berlin, GMT+1)"
 * in en-US. An unknown zone falls back to UTC.
 */
export function formatMeetingTime(start: Date, end: Date, zone: string, locale: Locale): string {
  const timeZone = knownZone(zone);
  const day = dateTimeFormat(locale, {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(start);
  const clock = dateTimeFormat(locale, { timeZone, ...clockOptions(locale) });
  const named =
    timeZone === "UTC"
      ? "UTC"
      : `${timeZone}, ${
          dateTimeFormat(locale, { timeZone, timeZoneName: "shortOffset" })
            .formatToParts(start)
            .find((p) => p.type === "timeZoneName")?.value ?? ""
        }`;
  return `${day}, ${clock.format(start)}–${clock.format(end)} (${named})`;
}
