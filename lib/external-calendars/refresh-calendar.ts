import { createHash } from "node:crypto";
import { db } from "../db";
import { DAY_MS, MINUTE_MS } from "../dates/day-numbers";
import { toAppError } from "../errors";
import { logger } from "../logger";
import type { BusyInterval } from "./busy-from-ics";
import { CalendarReadError, defaultPolicy, type FetchPolicy } from "./calendar-fetch";
import { openCalendarSecret } from "./calendar-secret";
import { readCalendarBusy } from "./read-calendar";

/**
 * Reads a calendar and keeps what it says: its busy times over the person's
 * booking horizon replace the stored ones, in one transaction with the digest
 * whose change bumps the schedule version (unchanged times write nothing the
 * slot caches see). A calendar that cannot be read keeps its last busy times
 * and gets the reason in `last_error`: stale busy time offers too little, never
 * a time the person is known to be in a meeting (decision 0026).
 */
export const DEFAULT_HORIZON_DAYS = 28;
/** A scheduled sweep skips calendars read more recently than this. */
export const REFRESH_EVERY_MS = 15 * MINUTE_MS;
const SWEEP_LIMIT = 200;
const SWEEP_CONCURRENCY = 4;

export type RefreshOutcome = { read: number } | { failed: string } | { skipped: string };

export interface RefreshOptions {
  now?: Date;
  policy?: FetchPolicy;
}

export async function refreshCalendar(calendarId: string, options: RefreshOptions = {}): Promise<RefreshOutcome> {
  const now = options.now ?? new Date();
  // Worker-side: the job names the calendar; there is no caller to scope by.
  const row = await db().externalCalendar.findUnique({
    where: { id: calendarId },
    select: {
      id: true,
      userId: true,
      secret: true,
      busyDigest: true,
      user: {
        select: { profile: { select: { timeZone: true } }, availabilitySettings: { select: { horizonDays: true } } },
      },
    },
  });
  if (!row) return { skipped: "calendar removed" };
  const horizonDays = row.user.availabilitySettings?.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const window = {
    from: new Date(now.getTime() - DAY_MS),
    to: new Date(now.getTime() + (horizonDays + 1) * DAY_MS),
    timeZone: row.user.profile?.timeZone ?? "UTC",
  };
  let busy: BusyInterval[];
  try {
    busy = await readCalendarBusy(openCalendarSecret(row.secret), window, options.policy ?? defaultPolicy());
  } catch (error) {
    const message = readErrorMessage(error);
    logger.info({ calendarId, error: message }, "external calendar could not be read");
    await db().externalCalendar.updateMany({ where: { id: row.id }, data: { lastError: message } });
    return { failed: message };
  }
  await storeBusy(row.id, row.userId, row.busyDigest, busy, now);
  return { read: busy.length };
}

async function storeBusy(
  calendarId: string,
  userId: string,
  oldDigest: string | null,
  busy: BusyInterval[],
  now: Date,
) {
  const digest = createHash("sha256")
    .update(busy.map((b) => `${b.start.toISOString()}/${b.end.toISOString()}`).join(","))
    .digest("hex");
  await db().$transaction(async (tx) => {
    // updateMany: a calendar removed while it was being read stays removed (0 rows, nothing inserted).
    const { count } = await tx.externalCalendar.updateMany({
      where: { id: calendarId },
      data: { lastReadAt: now, lastError: null, ...(digest !== oldDigest ? { busyDigest: digest } : {}) },
    });
    if (count === 0 || digest === oldDigest) return;
    await tx.externalBusyTime.deleteMany({ where: { calendarId } });
    if (busy.length > 0) {
      await tx.externalBusyTime.createMany({
        data: busy.map((b) => ({ calendarId, userId, startsAt: b.start, endsAt: b.end })),
      });
    }
  });
}

function readErrorMessage(error: unknown): string {
  if (error instanceof CalendarReadError) return error.message;
  const known = toAppError(error);
  if (known) return known.message;
  return "The calendar could not be read (an unexpected error). MockLoop will try again in a few minutes.";
}

/** The periodic sweep: every calendar not read in the last REFRESH_EVERY_MS, oldest first, a few at a time. */
export async function refreshDueCalendars(options: RefreshOptions = {}): Promise<{ read: number; failed: number }> {
  const now = options.now ?? new Date();
  const due = await db().externalCalendar.findMany({
    where: {
      OR: [{ lastReadAt: null }, { lastReadAt: { lt: new Date(now.getTime() - REFRESH_EVERY_MS + MINUTE_MS) } }],
    },
    select: { id: true },
    orderBy: { lastReadAt: { sort: "asc", nulls: "first" } },
    take: SWEEP_LIMIT,
  });
  let read = 0;
  let failed = 0;
  const queue = due.map((d) => d.id);
  const work = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      const outcome = await refreshCalendar(id, options);
      if ("read" in outcome) read++;
      else if ("failed" in outcome) failed++;
    }
  };
  await Promise.all(Array.from({ length: SWEEP_CONCURRENCY }, work));
  return { read, failed };
}
