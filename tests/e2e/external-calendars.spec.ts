import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { expect, test } from "./support/fixtures";
import { e2eDatabase } from "./support/e2e-database";
import { createOwnUser, signedInPage as signedIn, type E2eDb as Db } from "./support/own-people";

// An interviewer connects an .ics address served by this spec's own HTTP server; the worker reads it, the
// availability page lists the busy time, and a candidate is not offered that time. People are this spec's own.
const suffix = randomUUID().slice(0, 8);
const INTERVIEWER = `e2e-cal-int-${suffix}`;
const CANDIDATE = `e2e-cal-cand-${suffix}`;
const HOUR = 3_600_000;

/** Three days ahead, 10:00–11:00 UTC: inside the interviewer's 08:00–14:00 UTC hours. */
function busyWindow(): { start: Date; end: Date; day: Date } {
  const day = new Date(Date.now() + 3 * 24 * HOUR);
  day.setUTCHours(0, 0, 0, 0);
  return { day, start: new Date(day.getTime() + 10 * HOUR), end: new Date(day.getTime() + 11 * HOUR) };
}

const createUser = (db: Db, id: string, name: string) =>
  createOwnUser(db, id, name, { track: "BOTH", level: "MID", timeZone: "UTC" });

const icsStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

test("an interviewer's calendar busy time is listed on the availability page and not offered to candidates", async ({
  browser,
  baseURL,
  cspViolations,
}) => {
  // The app's first enqueue starts its job queue, and the worker's read waits on its poll: slow on a busy machine.
  test.slow();
  const { day, start, end } = busyWindow();
  const ics = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//MockLoop e2e//EN",
    "BEGIN:VEVENT",
    `UID:busy-${suffix}@e2e`,
    `DTSTAMP:${icsStamp(new Date())}`,
    `DTSTART:${icsStamp(start)}`,
    `DTEND:${icsStamp(end)}`,
    "SUMMARY:Team meeting",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
  const server: Server = createServer((request, response) => {
    if (request.url === `/cal-${suffix}.ics`) response.writeHead(200, { "content-type": "text/calendar" }).end(ics);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const icsUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/cal-${suffix}.ics`;
  const db = await e2eDatabase();
  try {
    await createUser(db, INTERVIEWER, "Cal Interviewer");
    await createUser(db, CANDIDATE, "Cal Candidate");
    const interviewer = await signedIn(db, browser, baseURL!, INTERVIEWER, cspViolations);
    const candidate = await signedIn(db, browser, baseURL!, CANDIDATE, cspViolations);
    const hours = [{ start: "08:00", end: "14:00" }];
    const saved = await interviewer.request.put("/api/v1/me/availability", {
      headers: { origin: baseURL! },
      data: {
        timeZone: "UTC",
        weekly: { "1": hours, "2": hours, "3": hours, "4": hours, "5": hours, "6": hours, "7": hours },
        overrides: [],
        offeredTypes: ["system-design"],
        minNoticeHours: 0,
        bufferMinutes: 0,
        maxPerWeek: null,
        horizonDays: 28,
      },
    });
    expect(saved.status()).toBe(200);

    const offeredStarts = async () => {
      const params = new URLSearchParams({
        interviewType: "system-design",
        from: new Date(day.getTime() + 8 * HOUR).toISOString(),
        to: new Date(day.getTime() + 14 * HOUR).toISOString(),
        interviewer: INTERVIEWER,
      });
      const answer = await candidate.request.get(`/api/v1/slots?${params.toString()}`);
      expect(answer.status()).toBe(200);
      return ((await answer.json()) as { slots: { start: string }[] }).slots.map((s) => Date.parse(s.start));
    };
    // A 60-minute interview overlapping 10:00–11:00 starts after 09:00 and before 11:00.
    const clashes = (starts: number[]) => starts.filter((s) => s > start.getTime() - HOUR && s < end.getTime());
    expect(clashes(await offeredStarts()).length).toBeGreaterThan(0);

    await test.step("the interviewer connects the calendar and sees the busy time it gave", async () => {
      await interviewer.goto("/settings/availability");
      const section = interviewer.getByRole("region", { name: "Your calendars" });
      await expect(section).toContainText("No calendars connected yet");
      await section.getByLabel("Secret address in iCal format").fill(icsUrl);
      await section.getByRole("button", { name: "Connect calendar" }).click();
      const item = section
        .getByRole("listitem")
        .filter({ has: interviewer.getByRole("heading", { name: /127\.0\.0\.1/ }) });
      await expect(item).toBeVisible({ timeout: 30_000 });
      // The worker reads it within seconds; the page asks again every two.
      await expect(item).toContainText("Last read", { timeout: 30_000 });
      await expect(item).toContainText("1 busy time ahead (in UTC)");
      await expect(item.locator(`time[datetime="${start.toISOString()}"]`)).toHaveText(/10:00–11:00/);
    });

    await test.step("a candidate is no longer offered a start that clashes with it", async () => {
      const starts = await offeredStarts();
      expect(clashes(starts)).toEqual([]);
      expect(starts).toContain(start.getTime() - 2 * HOUR);
      expect(starts).toContain(end.getTime());
    });
  } finally {
    await db.query(`DELETE FROM external_calendars WHERE user_id = $1`, [INTERVIEWER]).catch(() => undefined);
    await db.end();
    await new Promise((resolve) => server.close(resolve));
  }
});
