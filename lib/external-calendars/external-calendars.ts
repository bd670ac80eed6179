import { db, type DbClient } from "../db";
import { AppError } from "../errors";
import { enqueue, QUEUES } from "../jobs/boss";
import { checkCalendarUrl, CalendarReadError, defaultPolicy, type FetchPolicy } from "./calendar-fetch";
import { sealCalendarSecret } from "./calendar-secret";
import type { ConnectCalendarInput, ExternalCalendarView } from "./external-calendar.schema";

/**
 * A person's connected calendars: connect, list, remove, ask for a refresh.
 * Everything is scoped to the caller in the query itself; someone else's
 * calendar is "not found". Reading happens in the worker (refresh-calendar.ts).
 */
export const MAX_CALENDARS_PER_PERSON = 5;
/** How many upcoming busy times the page lists per calendar; all of them still block. */
const BUSY_SHOWN = 30;

export interface CalendarRefreshJob {
  calendarId?: string;
}

type Owner = { id: string };

export async function connectCalendar(
  caller: Owner,
  input: ConnectCalendarInput,
  policy: FetchPolicy = defaultPolicy(),
): Promise<ExternalCalendarView> {
  let url: URL;
  try {
    url = await checkCalendarUrl(input.url, policy);
  } catch (error) {
    if (error instanceof CalendarReadError)
      throw new AppError("BAD_REQUEST", error.message, { fieldErrors: { url: [error.message] } });
    throw error;
  }
  const secret =
    input.kind === "ICS"
      ? { kind: "ICS" as const, url: url.href }
      : { kind: "CALDAV" as const, url: url.href, username: input.username, password: input.password };
  const sealed = sealCalendarSecret(secret);
  const id = await db().$transaction(async (tx) => {
    // Serialises one person's connects, so two at once cannot both pass the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('external-calendars:' || ${caller.id}))`;
    const count = await tx.externalCalendar.count({ where: { userId: caller.id } });
    if (count >= MAX_CALENDARS_PER_PERSON) {
      throw new AppError("CONFLICT", `You can connect up to ${MAX_CALENDARS_PER_PERSON} calendars. Remove one first.`);
    }
    const row = await tx.externalCalendar.create({
      data: { userId: caller.id, kind: input.kind, label: url.hostname, secret: sealed },
      select: { id: true },
    });
    await enqueue(tx, QUEUES.calendarRefresh, { calendarId: row.id } satisfies CalendarRefreshJob);
    return row.id;
  });
  const [view] = await listCalendars(caller, new Date(), db(), id);
  return view!;
}

export async function listCalendars(
  caller: Owner,
  now: Date = new Date(),
  client: DbClient = db(),
  onlyId?: string,
): Promise<ExternalCalendarView[]> {
  const rows = await client.externalCalendar.findMany({
    where: { userId: caller.id, ...(onlyId ? { id: onlyId } : {}) },
    select: {
      id: true,
      kind: true,
      label: true,
      lastReadAt: true,
      lastError: true,
      createdAt: true,
      busyTimes: {
        where: { endsAt: { gt: now } },
        select: { startsAt: true, endsAt: true },
        orderBy: { startsAt: "asc" },
        take: BUSY_SHOWN,
      },
      _count: { select: { busyTimes: { where: { endsAt: { gt: now } } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    label: r.label,
    lastReadAt: r.lastReadAt?.toISOString() ?? null,
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    busy: r.busyTimes.map((b) => ({ start: b.startsAt.toISOString(), end: b.endsAt.toISOString() })),
    busyCount: r._count.busyTimes,
  }));
}

export async function removeCalendar(caller: Owner, calendarId: string, client: DbClient = db()): Promise<void> {
  // Its busy times go with it (ON DELETE CASCADE), and the trigger bumps the schedule version.
  const { count } = await client.externalCalendar.deleteMany({ where: { id: calendarId, userId: caller.id } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such calendar.");
}

/** "Refresh now": the worker reads it within seconds; a second click while one is queued adds nothing. */
export async function requestCalendarRefresh(caller: Owner, calendarId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const found = await tx.externalCalendar.findFirst({
      where: { id: calendarId, userId: caller.id },
      select: { id: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "No such calendar.");
    await enqueue(tx, QUEUES.calendarRefresh, { calendarId } satisfies CalendarRefreshJob, {
      singletonKey: `calendar:${calendarId}`,
    });
  });
}
