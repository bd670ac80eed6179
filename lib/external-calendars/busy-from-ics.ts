import ical, { type CalendarResponse, type VEvent } from "node-ical";
import { startOfLocalDay } from "../dates/viewer-time";

/**
 * The busy intervals of iCalendar text within [from, to), with node-ical doing
 * the parsing and recurrence expansion (RRULE, EXDATE, RECURRENCE-ID overrides,
 * VTIMEZONE/TZID). An event blocks unless it is marked free (TRANSP:TRANSPARENT)
 * or cancelled. An all-day event blocks its whole date in the person's own zone:
 * a date has no zone of its own, and the person means their own day.
 */
export interface BusyInterval {
  start: Date;
  end: Date;
}

export function busyFromIcs(text: string, window: { from: Date; to: Date }, timeZone: string): BusyInterval[] {
  const parsed = ical.sync.parseICS(text);
  const out: BusyInterval[] = [];
  for (const item of Object.values(parsed)) {
    if (!item || item.type !== "VEVENT") continue;
    const event = item;
    // Overrides are expanded with their base event (its `recurrences`); alone they would count twice.
    if (event.recurrenceid && event.rrule === undefined && parsedHasBase(parsed, event)) continue;
    const instances = ical.expandRecurringEvent(event, {
      from: new Date(window.from.getTime() - 86_400_000 * 2),
      to: window.to,
      expandOngoing: true,
    });
    for (const instance of instances) {
      if (!blocks(instance.event)) continue;
      const interval = instance.isFullDay
        ? wholeDays(instance.start, instance.end, timeZone)
        : { start: new Date(instance.start.getTime()), end: new Date(instance.end.getTime()) };
      if (interval.end <= interval.start) continue;
      if (interval.end <= window.from || interval.start >= window.to) continue;
      out.push(interval);
    }
  }
  return mergeIntervals(out);
}

function parsedHasBase(parsed: CalendarResponse, event: VEvent): boolean {
  const base = parsed[event.uid];
  return base !== undefined && base !== event && base.type === "VEVENT";
}

function blocks(event: VEvent): boolean {
  if (String(event.transparency ?? "").toUpperCase() === "TRANSPARENT") return false;
  return String(event.status ?? "").toUpperCase() !== "CANCELLED";
}

/** node-ical gives a date as the server's local midnight; read its calendar date back and start it in `zone`. */
function wholeDays(start: Date, end: Date, zone: string): BusyInterval {
  const isoDate = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  const startIso = isoDate(start);
  // A DTEND-less all-day event lasts its one day.
  const endIso =
    end > start ? isoDate(end) : isoDate(new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1));
  return { start: new Date(startOfLocalDay(startIso, zone)), end: new Date(startOfLocalDay(endIso, zone)) };
}

/** Sorted, with overlapping and touching intervals joined: fewer rows, the same busy time. */
export function mergeIntervals(intervals: BusyInterval[]): BusyInterval[] {
  const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: BusyInterval[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last && next.start <= last.end) {
      if (next.end > last.end) last.end = next.end;
    } else merged.push({ start: next.start, end: next.end });
  }
  return merged;
}
