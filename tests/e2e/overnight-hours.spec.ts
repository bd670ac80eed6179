import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { expect, test, type Page } from "./support/fixtures";
import { e2eDatabase } from "./support/e2e-database";
import { createOwnUser, insertOwnBooking, signedInPage as signedIn, type E2eDb as Db } from "./support/own-people";

// This spec's people are its own (written to the e2e server's database), so it shares nothing with other specs.
// Their times sit at 05:30–09:00 UTC, where no demo interviewer keeps hours on a weekday, so the
// peer list shows them among the best matches.

const suffix = randomUUID().slice(0, 8);
const LONDON = "Europe/London";
const CHICAGO = "America/Chicago";
const TYPE = "system-design"; // 60 minutes

const createUser = (db: Db, id: string, name: string, zone: string, track: "CANDIDATE" | "BOTH") =>
  createOwnUser(db, id, name, { track, level: "SENIOR", timeZone: zone });

/** A weekday `from` days or more ahead in `zone` whose next UTC day is not a Saturday (Kolkata's demo mornings). */
function quietDay(zone: string, from: number): DateTime {
  let day = DateTime.now().setZone(zone).startOf("day").plus({ days: from });
  while (day.plus({ days: 1 }).weekday === 6) day = day.plus({ days: 1 });
  return day;
}

const dayName = (at: DateTime, zone: string) => at.setZone(zone).setLocale("en-GB").toFormat("cccc d LLLL");
const clock = (at: DateTime, zone: string) => at.setZone(zone).toFormat("HH:mm");
const startsWith = (label: string) => new RegExp(`^${label}\\b`);

/**
 * Opens Find a peer and picks the time. A search made while another search's index refresh is in flight leaves out
 * the people whose hours just changed, for that one answer (decision 0011), and the page keeps its answer: on a busy
 * machine the interviewer who has just saved their hours can be missing from the first load, so look again.
 */
async function pickTime(page: Page, at: DateTime, zone: string) {
  const time = page
    .getByRole("group", { name: dayName(at, zone) })
    .getByRole("button", { name: startsWith(clock(at, zone)) });
  await expect(async () => {
    await page.goto(`/find?type=${TYPE}`);
    await time.click({ timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
}

/** An interviewer, a candidate and a third person who takes a time first, all this spec's own. */
async function refusalCast(db: Db, key: string, interviewerName: string) {
  const people = {
    interviewer: `e2e-${key}-int-${suffix}`,
    candidate: `e2e-${key}-cand-${suffix}`,
    other: `e2e-${key}-other-${suffix}`,
  };
  await createUser(db, people.interviewer, interviewerName, "UTC", "BOTH");
  await createUser(db, people.candidate, `Cas Candidate ${suffix}`, LONDON, "CANDIDATE");
  await createUser(db, people.other, `Oz Other ${suffix}`, LONDON, "CANDIDATE");
  return people;
}

/** The interviewer's hours in UTC, system design only, no notice or cap. */
async function saveHours(
  page: Page,
  baseURL: string,
  hours: { weekly?: Record<string, { start: string; end: string }[]>; overrides?: unknown[]; bufferMinutes: number },
) {
  const noHours = { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] };
  const saved = await page.request.put("/api/v1/me/availability", {
    headers: { origin: baseURL },
    data: {
      timeZone: "UTC",
      weekly: { ...noHours, ...hours.weekly },
      overrides: hours.overrides ?? [],
      offeredTypes: [TYPE],
      minNoticeHours: 0,
      bufferMinutes: hours.bufferMinutes,
      maxPerWeek: null,
      horizonDays: 60,
    },
  });
  expect(saved.status()).toBe(200);
}

/** Someone else's hour-long interview with the interviewer, written straight to the database (a race lost). */
async function othersInterview(db: Db, id: string, other: string, interviewer: string, at: DateTime) {
  await insertOwnBooking(db, { id, candidate: other, interviewer, start: at.toJSDate(), minutes: 60, type: TYPE });
}

test("hours of 22:00–02:00 in Chicago: a candidate in London books 23:30 Chicago time for an hour", async ({
  browser,
  baseURL,
  cspViolations,
}) => {
  const db = await e2eDatabase();
  const interviewer = `e2e-night-int-${suffix}`;
  const candidate = `e2e-night-cand-${suffix}`;
  const name = `Nova Night ${suffix}`;
  try {
    await createUser(db, interviewer, name, CHICAGO, "BOTH");
    await createUser(db, candidate, `Lou London ${suffix}`, LONDON, "CANDIDATE");
    const day = quietDay(CHICAGO, 2);
    const weekday = day.setLocale("en-GB").toFormat("cccc");
    const slot = day.set({ hour: 23, minute: 30 });

    await test.step("the interviewer sets 22:00 to 02:00 on one evening, and the editor says it ends the next day", async () => {
      const page = await signedIn(db, browser, baseURL!, interviewer, cspViolations);
      await page.goto("/settings/availability");
      await expect(page.getByText(`Times are in ${CHICAGO}`)).toBeVisible();
      await page.getByRole("button", { name: `Add hours on ${weekday}`, exact: true }).click();
      const end = page.getByLabel(`${weekday} range 1 end`, { exact: true });
      await page.getByLabel(`${weekday} range 1 start`, { exact: true }).fill("22:00");
      await end.fill("02:00");
      await expect(end).toHaveAccessibleDescription("Ends the next day, at 02:00");
      const types = page.getByRole("group", { name: "Interview types you offer" }).getByRole("checkbox");
      for (const box of await types.all()) await box.uncheck();
      await page.getByRole("checkbox", { name: "System design" }).check();
      await page.getByRole("button", { name: "Save availability" }).click();
      await expect(page.getByRole("status").filter({ hasText: /^Saved/ })).toBeVisible();
      await page.reload();
      await expect(page.getByLabel(`${weekday} range 1 end`, { exact: true })).toHaveValue("02:00");
    });

    await test.step("the candidate sees 05:30 London, straddling Chicago's midnight, and books it", async () => {
      const page = await signedIn(db, browser, baseURL!, candidate, cspViolations);
      await pickTime(page, slot, LONDON);
      const peer = page.getByRole("list", { name: "Peers free then" }).getByRole("listitem").filter({ hasText: name });
      await expect(peer).toContainText(`23:30–00:30 their time (${CHICAGO})`);
      await peer.getByRole("button", { name: `Book with ${name}` }).click();
      const booked = page.getByRole("region", { name: "You're booked" });
      await expect(booked).toContainText(`System design with ${name}`);
      await expect(booked).toContainText(`${clock(slot, LONDON)}–${clock(slot.plus({ hours: 1 }), LONDON)}`);
    });
  } finally {
    await db.end();
  }
});

test("a refused booking says which rule refused it and books one of the nearest times that work", async ({
  browser,
  baseURL,
  cspViolations,
}) => {
  const db = await e2eDatabase();
  const name = `Bea Buffer ${suffix}`;
  try {
    const { interviewer, candidate, other } = await refusalCast(db, "refuse", name);
    // Hours a day later than the other test's, so the two never share a day's peer list.
    const day = quietDay("UTC", 4).plus({ days: 1 });
    const interviewerPage = await signedIn(db, browser, baseURL!, interviewer, cspViolations);
    await saveHours(interviewerPage, baseURL!, {
      weekly: { [String(day.weekday)]: [{ start: "05:30", end: "10:00" }] },
      bufferMinutes: 30,
    });
    const slot = day.set({ hour: 5, minute: 30 });

    const page = await signedIn(db, browser, baseURL!, candidate, cspViolations);
    await pickTime(page, slot, LONDON);
    const peer = page.getByRole("list", { name: "Peers free then" }).getByRole("listitem").filter({ hasText: name });
    await expect(peer).toBeVisible();

    await test.step("someone else's interview lands an hour later, inside the 30-minute buffer", () =>
      othersInterview(db, `e2e-refuse-${suffix}`, other, interviewer, slot.plus({ hours: 1 })));

    await test.step("booking the earlier time is refused with the buffer named, and the nearest times offered", async () => {
      await peer.getByRole("button", { name: `Book with ${name}` }).click();
      const problem = page.getByRole("alert").filter({ hasText: "Not booked" });
      await expect(problem).toContainText("keeps 30 minutes free around each interview");
      await expect(problem).not.toContainText("just taken");
      await expect(problem).toHaveAttribute("data-reason", "buffer");
      const offered = problem.getByRole("list", { name: `Times that work with ${name}:` }).getByRole("button");
      // 07:30 + the 30-minute buffer: 08:00, 08:30 and 09:00 are the nearest that fit by 10:00.
      await expect(offered).toHaveText(["08:00", "08:30", "09:00"].map((t) => new RegExp(`, ${t}$`)));
      await offered.first().click();
    });

    await test.step("the first time offered books", async () => {
      const booked = page.getByRole("region", { name: "You're booked" });
      await expect(booked).toContainText(`System design with ${name}`);
      await expect(booked).toContainText("08:00–09:00");
    });
  } finally {
    await db.end();
  }
});

test("a refused move says why and moves to one of the nearest times that work for both", async ({
  browser,
  baseURL,
  cspViolations,
}) => {
  const db = await e2eDatabase();
  try {
    const { interviewer, candidate, other } = await refusalCast(db, "move", `Mo Mover ${suffix}`);
    const day = quietDay("UTC", 6);
    const interviewerPage = await signedIn(db, browser, baseURL!, interviewer, cspViolations);
    await saveHours(interviewerPage, baseURL!, {
      overrides: [{ date: day.toISODate(), ranges: [{ start: "05:30", end: "10:00" }] }],
      bufferMinutes: 0,
    });
    const page = await signedIn(db, browser, baseURL!, candidate, cspViolations);
    const booked = await page.request.post("/api/v1/bookings", {
      headers: { origin: baseURL!, "idempotency-key": randomUUID() },
      data: { interviewerId: interviewer, interviewType: TYPE, start: day.set({ hour: 6 }).toUTC().toISO() },
    });
    expect(booked.status()).toBe(201);
    const { id } = (await booked.json()) as { id: string };
    const wanted = day.set({ hour: 8 });

    await page.goto(`/bookings/${id}`);
    await page.getByRole("button", { name: "Reschedule" }).click();
    const dialog = page.getByRole("dialog", { name: "Move this interview" });
    await dialog
      .getByRole("group", { name: dayName(wanted, LONDON) })
      .getByRole("button", { name: startsWith(clock(wanted, LONDON)) })
      .click();
    await dialog.getByLabel("Reason").fill("A clash at work, sorry");

    await test.step("someone else books 08:00 first; the move is refused as taken, with the nearest moves offered", async () => {
      await othersInterview(db, `e2e-move-${suffix}`, other, interviewer, wanted);
      await dialog.getByRole("button", { name: "Move interview" }).click();
      await expect(dialog).toContainText("just taken");
      const offered = dialog.getByRole("list", { name: "Times that work for you both instead:" }).getByRole("button");
      // 06:30 overlaps the interview's own 06:00 (freed by the move), which itself is not offered.
      await expect(offered).toHaveText(["06:30", "07:00", "09:00"].map((t) => new RegExp(`, ${t}$`)));
      await offered.first().click();
    });

    await test.step("the first time offered moves it", async () => {
      await expect(page).not.toHaveURL(`/bookings/${id}`);
      await expect(page.getByRole("region", { name: "When" })).toContainText("06:30–07:30");
    });
  } finally {
    await db.end();
  }
});
