import type { PgBoss } from "pg-boss";
import { QUEUES } from "../jobs/boss";
import type { CalendarRefreshJob } from "./external-calendars";
import { refreshCalendar, refreshDueCalendars, type RefreshOutcome } from "./refresh-calendar";

/**
 * External calendars are read in the worker, never in a request: a job names
 * one calendar ("Refresh now", a new connection), and pg-boss's cron runs a
 * sweep of every calendar due (one run per slot however many workers).
 */
export const CALENDAR_REFRESH_CRON = "*/15 * * * *";

export type CalendarRefreshOutcome = RefreshOutcome | { swept: { read: number; failed: number } };

/** A calendar that cannot be read is an outcome recorded on it, not a job failure; only database errors retry. */
export async function handleCalendarRefresh(data: CalendarRefreshJob): Promise<CalendarRefreshOutcome> {
  if (data.calendarId) return refreshCalendar(data.calendarId);
  return { swept: await refreshDueCalendars() };
}

export async function scheduleCalendarRefresh(boss: PgBoss): Promise<void> {
  await boss.schedule(QUEUES.calendarRefresh, CALENDAR_REFRESH_CRON, {} satisfies CalendarRefreshJob, {
    singletonKey: "calendar-sweep",
  });
}
