import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { DateTime } from "luxon";
import { e2eDatabase } from "./support/e2e-database";
import { createOwnUser, signInOwnUser } from "./support/own-people";

// Lena (interviewer), Priya and Daniel (candidates) are this spec's own people, so no other spec's bookings or
// hours change what they see, and theirs change nothing for others.
const LONDON = "Europe/London";
const KOLKATA = "Asia/Kolkata";
const NEW_YORK = "America/New_York";
const TYPE = "program-execution";
const DURATION_MINUTES = 45;

/**
 * A Friday 8–14 days ahead. No seeded interviewer keeps Friday hours, so Lena's
 * evening stands out, and 18:00–20:00 London stays inside one Monday-to-Sunday
 * week in Kolkata (it runs past midnight there in winter) and New York.
 */
function targetFriday(): DateTime {
  let day = DateTime.now().setZone(LONDON).startOf("day").plus({ days: 8 });
  while (day.weekday !== 5) day = day.plus({ days: 1 });
  return day;
}

const clock = (at: DateTime, zone: string) => at.setZone(zone).toFormat("HH:mm");
const dayName = (at: DateTime, zone: string) => at.setZone(zone).setLocale("en-GB").toFormat("cccc d LLLL");
const mondayOf = (at: DateTime, zone: string) => at.setZone(zone).startOf("week").toISODate()!;
const startsWith = (label: string) => new RegExp(`^${label}\\b`);

test("a candidate books a peer's evening in their own zone, and the time is gone for everyone else", async ({
  page,
  baseURL,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const LENA = `e2e-find-lena-${suffix}`;
  const LENA_NAME = `Lena Fischer ${suffix}`;
  const PRIYA = `e2e-find-priya-${suffix}`;
  const DANIEL = `e2e-find-daniel-${suffix}`;
  const db = await e2eDatabase();
  await createOwnUser(db, LENA, LENA_NAME, { track: "INTERVIEWER", level: "SENIOR", timeZone: LONDON });
  await createOwnUser(db, PRIYA, `Priya Raman ${suffix}`, { track: "CANDIDATE", level: "MID", timeZone: KOLKATA });
  await createOwnUser(db, DANIEL, `Daniel Okafor ${suffix}`, { track: "CANDIDATE", level: "MID", timeZone: NEW_YORK });
  const signInAs = (id: string) => signInOwnUser(db, page.context(), baseURL!, id);
  const friday = targetFriday();
  // Lena's bookable starts on the 30-minute grid: 18:00, 18:30 and 19:00 London (a 45-minute interview ends by 20:00).
  const starts = [0, 30, 60].map((m) => friday.set({ hour: 18 }).plus({ minutes: m }));
  const first = starts[0]!;
  const firstEnd = first.plus({ minutes: DURATION_MINUTES });

  await test.step("Lena opens a Friday evening in London, and nothing else", async () => {
    await signInAs(LENA);
    const saved = await page.request.put("/api/v1/me/availability", {
      headers: { origin: baseURL! },
      data: {
        timeZone: LONDON,
        weekly: { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] },
        overrides: [{ date: friday.toISODate(), ranges: [{ start: "18:00", end: "20:00" }] }],
        offeredTypes: [TYPE],
        minNoticeHours: 0,
        bufferMinutes: 0,
        maxPerWeek: null,
        horizonDays: 60,
      },
    });
    expect(saved.status()).toBe(200);
  });

  await test.step("Priya sees those times in Kolkata time, with the zone named", async () => {
    await signInAs(PRIYA);
    await page.goto(`/find?type=${TYPE}&week=${mondayOf(first, KOLKATA)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Find a peer" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Weeks" })).toContainText(`Times in ${KOLKATA}`);
    await expect(page.getByLabel("Interview type")).toHaveValue(TYPE);
    for (const start of starts) {
      // 18:00 London is 23:30 in Kolkata in winter, 22:30 in summer; the later ones may fall on Saturday there.
      const day = page.getByRole("group", { name: dayName(start, KOLKATA) });
      await expect(day.getByRole("button", { name: startsWith(clock(start, KOLKATA)) })).toBeVisible();
    }
  });

  await test.step("paging by seven days keeps the type and updates the address", async () => {
    const weeks = page.getByRole("navigation", { name: "Weeks" });
    const monday = mondayOf(first, KOLKATA);
    // Forward then back: seven days before that Monday may be before today, where paging stops.
    const after = DateTime.fromISO(monday).plus({ weeks: 1 }).toISODate()!;
    await weeks.getByRole("button", { name: "Next week" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]week=${after}`));
    await expect(page.getByRole("group", { name: dayName(first, KOLKATA) })).toHaveCount(0);
    await weeks.getByRole("button", { name: "Previous week" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]week=${monday}`));
    await expect(page).toHaveURL(new RegExp(`[?&]type=${TYPE}`));
    await expect(
      page
        .getByRole("group", { name: dayName(first, KOLKATA) })
        .getByRole("button", { name: startsWith(clock(first, KOLKATA)) }),
    ).toBeVisible();
  });

  await test.step("she picks the first, finds Lena among the peers free then and books in one click", async () => {
    await page
      .getByRole("group", { name: dayName(first, KOLKATA) })
      .getByRole("button", { name: startsWith(clock(first, KOLKATA)) })
      .click();
    const peers = page.getByRole("list", { name: "Peers free then" });
    const lena = peers.getByRole("listitem").filter({ hasText: LENA_NAME });
    await expect(lena).toContainText(`${clock(first, LONDON)}–${clock(firstEnd, LONDON)} their time (${LONDON})`);
    await expect(lena.getByRole("link", { name: LENA_NAME })).toHaveAttribute("href", `/people/${LENA}`);

    await lena.getByRole("button", { name: `Book with ${LENA_NAME}` }).click();
    const booked = page.getByRole("region", { name: "You're booked" });
    await expect(booked).toBeVisible();
    await expect(booked).toContainText(`Program execution with ${LENA_NAME}`);
    await expect(booked).toContainText(`${clock(first, KOLKATA)}–${clock(firstEnd, KOLKATA)}`);
    await expect(booked).toContainText(`(${KOLKATA})`);
    // She is busy then now, so the time leaves her calendar too.
    await expect(
      page
        .getByRole("group", { name: dayName(first, KOLKATA) })
        .getByRole("button", { name: startsWith(clock(first, KOLKATA)) }),
    ).toHaveCount(0);
  });

  await test.step("her interviews list it, in her zone", async () => {
    await page.getByRole("link", { name: "See my interviews" }).click();
    await expect(page).toHaveURL(/\/bookings$/);
    await expect(page.getByRole("heading", { level: 1, name: "My interviews" })).toBeVisible();
    const item = page
      .getByRole("list", { name: "Upcoming interviews" })
      .getByRole("listitem")
      .filter({ hasText: LENA_NAME });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText("Program execution");
    await expect(item).toContainText("You're the candidate");
    await expect(item).toContainText(`${clock(first, KOLKATA)}–${clock(firstEnd, KOLKATA)}`);
    await expect(item).toContainText(KOLKATA);
  });

  await test.step("Daniel, in New York, no longer gets that time with Lena", async () => {
    await signInAs(DANIEL);
    await page.goto(`/find?type=${TYPE}&week=${mondayOf(first, NEW_YORK)}`);
    await expect(page.getByRole("navigation", { name: "Weeks" })).toContainText(`Times in ${NEW_YORK}`);
    const day = page.getByRole("group", { name: dayName(first, NEW_YORK) });
    const peers = page.getByRole("list", { name: "Peers free then" });

    // Her 19:00 London start is still open, which shows the week has loaded and Lena is offered where free.
    const stillOpen = starts[2]!;
    await day.getByRole("button", { name: startsWith(clock(stillOpen, NEW_YORK)) }).click();
    await expect(peers.getByRole("listitem").filter({ hasText: LENA_NAME })).toBeVisible();

    // The booked time (and the overlapping 18:30) is either gone or offered only with someone else.
    for (const taken of starts.slice(0, 2)) {
      const button = day.getByRole("button", { name: startsWith(clock(taken, NEW_YORK)) });
      if ((await button.count()) === 0) continue;
      await button.click();
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(clock(taken, NEW_YORK)) })).toBeVisible();
      await expect(peers).not.toContainText(LENA_NAME);
    }
  });
  await db.end();
});
