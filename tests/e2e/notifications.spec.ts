import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "./support/fixtures";
import { DateTime } from "luxon";
import { baseURL } from "../../playwright.config";
import { e2eDatabase } from "./support/e2e-database";
import { createOwnUser, signedInContext } from "./support/own-people";

// The interviewer (America/Los_Angeles) and the candidate (America/New_York) are this spec's own people, so the
// interviewer's hours and the candidate's outbox are nobody else's.
const headers = { origin: baseURL };

test("a booking's confirmation reaches the outbox with its invite, and the calendar feed serves it", async ({
  browser,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const marcus = `e2e-notify-marcus-${suffix}`;
  const daniel = `e2e-notify-daniel-${suffix}`;
  const db = await e2eDatabase();
  await createOwnUser(db, marcus, `Marcus Bell ${suffix}`, {
    track: "INTERVIEWER",
    level: "STAFF",
    timeZone: "America/Los_Angeles",
  });
  await createOwnUser(db, daniel, `Daniel Okafor ${suffix}`, {
    track: "CANDIDATE",
    level: "MID",
    timeZone: "America/New_York",
  });
  const interviewer = await signedInContext(db, browser, baseURL, marcus);
  const candidate = await signedInContext(db, browser, baseURL, daniel);
  await db.end();

  // The interviewer opens one Friday morning in his zone, 12 days out.
  let day = DateTime.now().setZone("America/Los_Angeles").plus({ days: 12 });
  while (day.weekday !== 5) day = day.plus({ days: 1 });
  const saved = await interviewer.request.put("/api/v1/me/availability", {
    headers,
    data: {
      timeZone: "America/Los_Angeles",
      weekly: { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] },
      overrides: [{ date: day.toISODate(), ranges: [{ start: "08:00", end: "10:00" }] }],
      offeredTypes: ["technical-depth"],
      minNoticeHours: 0,
      bufferMinutes: 0,
      maxPerWeek: null,
      horizonDays: 60,
    },
  });
  expect(saved.status()).toBe(200);
  const start = day.set({ hour: 8, minute: 0, second: 0, millisecond: 0 }).toUTC().toISO()!;
  const booked = await candidate.request.post("/api/v1/bookings", {
    headers: { ...headers, "idempotency-key": `e2e-notify-${Date.now()}` },
    data: { interviewerId: marcus, interviewType: "technical-depth", start },
  });
  expect(booked.status()).toBe(201);
  const booking = (await booked.json()) as { id: string };

  // The worker sends the confirmation to both people; the demo outbox shows it with the invite.
  const page = await candidate.newPage();
  await expect(async () => {
    await page.goto(`/dev/outbox?to=${daniel}@test.mockloop.dev`);
    await expect(page.getByRole("heading", { name: /^Booked:/ }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const email = page
    .getByRole("article")
    .filter({ hasText: /Booked:/ })
    .first();
  await expect(email.getByText("Calendar invite attached (invitation)")).toBeVisible();
  await expect(email).toContainText("America/New_York"); // Daniel's own zone, named

  // Daniel turns on his calendar feed; it serves the interview.
  const feed = await candidate.request.post("/api/v1/me/calendar-feed", { headers });
  expect(feed.status()).toBe(201);
  const { url } = (await feed.json()) as { url: string };
  const ics = await (await candidate.request.get(new URL(url).pathname)).text();
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain(`/bookings/${booking.id}`);
  expect(ics).toContain(`DTSTART:${DateTime.fromISO(start).toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'")}`);

  await interviewer.close();
  await candidate.close();
});

test("admins see the job queues", async ({ browser }) => {
  const admin = await browser.newContext({ baseURL });
  await signIn(admin.request, "demo-admin");
  const page = await admin.newPage();
  await page.goto("/admin/jobs");
  await expect(page.getByRole("heading", { name: "Job queues" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "booking-confirmation" })).toBeVisible();
  await admin.close();
});
