import { createDAVClient, type DAVCalendar } from "tsdav";
import { busyFromIcs, mergeIntervals, type BusyInterval } from "./busy-from-ics";
import { calendarFetch, CalendarReadError, defaultPolicy, type FetchPolicy } from "./calendar-fetch";
import type { CalendarSecret } from "./calendar-secret";

/**
 * Reads one external calendar's busy times over a window: an iCalendar
 * subscription is one GET of the whole file; a CalDAV account is asked, through
 * tsdav, for the events of its calendars that touch the window (the server
 * narrows them; recurrences are still expanded here, by node-ical).
 */
export interface ReadWindow {
  from: Date;
  to: Date;
  timeZone: string;
}

export async function readCalendarBusy(
  secret: CalendarSecret,
  window: ReadWindow,
  policy: FetchPolicy = defaultPolicy(),
): Promise<BusyInterval[]> {
  return secret.kind === "ICS" ? readIcs(secret.url, window, policy) : readCaldav(secret, window, policy);
}

async function readIcs(url: string, window: ReadWindow, policy: FetchPolicy): Promise<BusyInterval[]> {
  const response = await calendarFetch(policy)(url, { headers: { accept: "text/calendar, */*;q=0.5" } });
  const host = new URL(response.url || url.replace(/^webcals?:/i, "https:")).hostname;
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    throw new CalendarReadError(
      `${host} answered ${response.status}: the address is wrong or no longer shared. Copy the secret address again from your calendar's settings.`,
    );
  }
  if (!response.ok) throw new CalendarReadError(`${host} answered ${response.status} instead of the calendar.`);
  const text = await response.text();
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) {
    throw new CalendarReadError(`${host} sent something that is not an iCalendar file (.ics).`);
  }
  return parse(text, window);
}

async function readCaldav(
  secret: Extract<CalendarSecret, { kind: "CALDAV" }>,
  window: ReadWindow,
  policy: FetchPolicy,
): Promise<BusyInterval[]> {
  const host = new URL(secret.url).hostname;
  const fetch = calendarFetch(policy);
  let calendars: DAVCalendar[];
  let client: Awaited<ReturnType<typeof createDAVClient>>;
  try {
    client = await createDAVClient({
      serverUrl: secret.url,
      credentials: { username: secret.username, password: secret.password },
      authMethod: "Basic",
      defaultAccountType: "caldav",
      fetch,
    });
    calendars = await client.fetchCalendars({ fetch });
  } catch (error) {
    throw caldavError(error, host);
  }
  const eventCalendars = calendars.filter((c) => !c.components || c.components.includes("VEVENT"));
  // An address that names one calendar reads that one; the account's address reads them all.
  const given = new URL(secret.url).pathname.replace(/\/?$/, "/");
  const named = eventCalendars.filter((c) => new URL(c.url, secret.url).pathname.replace(/\/?$/, "/") === given);
  const chosen = named.length > 0 ? named : eventCalendars;
  if (chosen.length === 0) throw new CalendarReadError(`${host} has no event calendars for this account.`);
  const busy: BusyInterval[] = [];
  for (const calendar of chosen) {
    let objects;
    try {
      objects = await client.fetchCalendarObjects({
        calendar,
        timeRange: { start: window.from.toISOString(), end: window.to.toISOString() },
        fetch,
      });
    } catch (error) {
      throw caldavError(error, host);
    }
    for (const object of objects) {
      if (typeof object.data === "string" && object.data.includes("BEGIN:VCALENDAR"))
        busy.push(...parse(object.data, window));
    }
  }
  return mergeIntervals(busy);
}

function parse(text: string, window: ReadWindow): BusyInterval[] {
  try {
    return busyFromIcs(text, window, window.timeZone);
  } catch (cause) {
    throw new CalendarReadError("The calendar could not be understood (its iCalendar data is malformed).", { cause });
  }
}

/** tsdav's errors are terse ("Invalid credentials", "cannot find homeUrl"); say what to do instead. */
function caldavError(error: unknown, host: string): CalendarReadError {
  if (error instanceof CalendarReadError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/credential|unauthori[sz]ed|401|403/i.test(message)) {
    return new CalendarReadError(
      `${host} did not accept the user name and password. Many providers (iCloud, Fastmail, Google) need an app-specific password.`,
      { cause: error },
    );
  }
  return new CalendarReadError(`${host} did not answer as a CalDAV server (${message.slice(0, 120)}).`, {
    cause: error,
  });
}
