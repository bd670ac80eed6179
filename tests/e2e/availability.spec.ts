import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { demoAvailability } from "../../prisma/seed-data/availability";
import { E2E_ORIGIN, expect, test } from "./support/fixtures";
import { e2eDatabase } from "./support/e2e-database";
import { createOwnUser, signInOwnUser, type E2eDb } from "./support/own-people";

// Each test edits the hours of an interviewer of its own in Europe/London, who starts with the seed's weekly hours
// for Oliver (demo-oliver, whom other specs read, is left alone), so the tests run side by side.
let db: E2eDb;
test.beforeAll(async () => {
  db = await e2eDatabase();
});
test.afterAll(async () => {
  await db.end();
});
type Day = "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
type Ranges = [start: string, end: string][];

/** The first Monday of next month (always in the future), and the Tuesday after it, as YYYY-MM-DD. */
function futureDates(now = new Date()): { monday: string; tuesday: string } {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  const monday = d.toISOString().slice(0, 10);
  d.setUTCDate(d.getUTCDate() + 1);
  return { monday, tuesday: d.toISOString().slice(0, 10) };
}

async function openEditor(page: Page, baseURL: string) {
  const id = `e2e-hours-${randomUUID().slice(0, 8)}`;
  await createOwnUser(db, id, `Olive Hours ${id.slice(-8)}`, {
    track: "INTERVIEWER",
    level: "SENIOR",
    timeZone: "Europe/London",
  });
  await signInOwnUser(db, page.context(), baseURL, id);
  const seeded = demoAvailability().find((entry) => entry.userId === "demo-oliver")!.availability;
  expect((await page.request.put("/api/v1/me/availability", { headers: E2E_ORIGIN, data: seeded })).status()).toBe(200);
  await page.goto("/settings/availability");
  await expect(page.getByRole("heading", { level: 1, name: "Your availability" })).toBeVisible();
}

const rangeInput = (page: Page, label: string, n: number, edge: "start" | "end") =>
  page.getByLabel(`${label} range ${n} ${edge}`, { exact: true });

/** Reads a day's ranges from the inputs, in order. */
async function readRanges(page: Page, label: string): Promise<Ranges> {
  const ranges: Ranges = [];
  for (let n = 1; (await rangeInput(page, label, n, "start").count()) > 0; n++) {
    ranges.push([
      await rangeInput(page, label, n, "start").inputValue(),
      await rangeInput(page, label, n, "end").inputValue(),
    ]);
  }
  return ranges;
}

async function expectRanges(page: Page, label: string, ranges: Ranges) {
  for (const [i, [start, end]] of ranges.entries()) {
    await expect(rangeInput(page, label, i + 1, "start")).toHaveValue(start);
    await expect(rangeInput(page, label, i + 1, "end")).toHaveValue(end);
  }
  await expect(rangeInput(page, label, ranges.length + 1, "start")).toHaveCount(0);
}

async function setDay(page: Page, day: Day, ranges: Ranges) {
  const removeFirst = page.getByRole("button", { name: `Remove ${day} range 1`, exact: true });
  while ((await removeFirst.count()) > 0) await removeFirst.click();
  const group = page.getByRole("group", { name: day, exact: true });
  await expect(group.getByText("Unavailable")).toBeVisible();
  for (const [i, [start, end]] of ranges.entries()) {
    await page.getByRole("button", { name: `Add hours on ${day}`, exact: true }).click();
    // The new range's start takes focus, so keyboard users can type straight away.
    await expect(rangeInput(page, day, i + 1, "start")).toBeFocused();
    await rangeInput(page, day, i + 1, "start").fill(start);
    await rangeInput(page, day, i + 1, "end").fill(end);
  }
}

/** Reloads a page with unsaved edits, accepting the "leave without saving?" prompt it must show. */
async function reloadDiscarding(page: Page) {
  let prompt: string | undefined;
  page.once("dialog", (dialog) => {
    prompt = dialog.type();
    void dialog.accept();
  });
  await page.reload();
  expect(prompt).toBe("beforeunload");
}

test("an interviewer's weekly hours, date overrides and rules survive a reload, in their zone", async ({
  page,
  baseURL,
}) => {
  const { monday, tuesday } = futureDates();
  await openEditor(page, baseURL!);
  await expect(page.getByText("Times are in Europe/London")).toBeVisible();
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("Europe/London");
  await expect(page.getByRole("link", { name: "Back to Settings" })).toHaveAttribute("href", "/settings");

  const untouched = new Map<Day, Ranges>();
  for (const day of ["Tuesday", "Thursday", "Friday", "Saturday", "Sunday"] as const) {
    untouched.set(day, await readRanges(page, day));
  }

  await setDay(page, "Monday", [
    ["09:00", "12:00"],
    ["14:00", "17:30"],
  ]);
  await setDay(page, "Wednesday", [["18:00", "21:00"]]);

  const removeOverride = page.getByRole("button", { name: "Remove date for override 1" });
  while ((await removeOverride.count()) > 0) await removeOverride.click();
  await page.getByRole("button", { name: "Add a date" }).click();
  await expect(page.getByLabel("Override 1 date")).toBeFocused();
  await page.getByLabel("Override 1 date").fill(monday);
  const first = page.getByRole("group", { name: /^Override 1:/ });
  await first.getByRole("radio", { name: "Different hours" }).check();
  await rangeInput(page, "Override 1", 1, "start").fill("10:00");
  await rangeInput(page, "Override 1", 1, "end").fill("11:00");

  await page.getByRole("button", { name: "Add a date" }).click();
  await page.getByLabel("Override 2 date").fill(tuesday);
  const second = page.getByRole("group", { name: /^Override 2:/ });
  await expect(second.getByRole("radio", { name: "Day off" })).toBeChecked();

  const types = page.getByRole("group", { name: "Interview types you offer" }).getByRole("checkbox");
  for (const box of await types.all()) await box.uncheck();
  await page.getByRole("checkbox", { name: "System design" }).check();
  await page.getByLabel("Minimum notice (hours)").fill("24");
  await page.getByLabel("Buffer between interviews (minutes)").fill("15");
  await page.getByLabel("Most interviews per week").fill("4");
  await page.getByLabel("How far ahead people may book (days)").fill("21");

  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved/ })).toBeVisible();

  await page.reload();
  await expect(page.getByText("Times are in Europe/London")).toBeVisible();
  await expectRanges(page, "Monday", [
    ["09:00", "12:00"],
    ["14:00", "17:30"],
  ]);
  await expectRanges(page, "Wednesday", [["18:00", "21:00"]]);
  for (const [day, ranges] of untouched) await expectRanges(page, day, ranges);

  await expect(page.getByLabel("Override 1 date")).toHaveValue(monday);
  await expect(
    page.getByRole("group", { name: /^Override 1:/ }).getByRole("radio", { name: "Different hours" }),
  ).toBeChecked();
  await expectRanges(page, "Override 1", [["10:00", "11:00"]]);
  await expect(page.getByLabel("Override 2 date")).toHaveValue(tuesday);
  await expect(page.getByRole("group", { name: /^Override 2:/ }).getByRole("radio", { name: "Day off" })).toBeChecked();
  await expect(page.getByLabel("Override 3 date")).toHaveCount(0);

  await expect(page.getByRole("checkbox", { name: "System design" })).toBeChecked();
  await expect(types.and(page.locator(":checked"))).toHaveCount(1);
  await expect(page.getByLabel("Minimum notice (hours)")).toHaveValue("24");
  await expect(page.getByLabel("Buffer between interviews (minutes)")).toHaveValue("15");
  await expect(page.getByLabel("Most interviews per week")).toHaveValue("4");
  await expect(page.getByLabel("How far ahead people may book (days)")).toHaveValue("21");
});

test("overlapping ranges are flagged on the second range, and nothing is saved", async ({ page, baseURL }) => {
  await openEditor(page, baseURL!);
  const before = await readRanges(page, "Tuesday");
  let puts = 0;
  page.on("request", (request) => {
    if (request.method() === "PUT" && request.url().endsWith("/api/v1/me/availability")) puts++;
  });

  await setDay(page, "Tuesday", [
    ["09:00", "12:00"],
    ["11:00", "13:00"],
  ]);
  await page.getByRole("button", { name: "Save availability" }).click();

  const overlapping = rangeInput(page, "Tuesday", 2, "start");
  await expect(overlapping).toHaveAttribute("aria-invalid", "true");
  await expect(overlapping).toHaveAccessibleDescription("Overlaps 09:00–12:00");
  await expect(overlapping).toBeFocused();
  await expect(rangeInput(page, "Tuesday", 1, "start")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("nothing was saved")).toBeVisible();

  // Fixing the range clears its error straight away.
  await overlapping.fill("12:00");
  await expect(overlapping).not.toHaveAttribute("aria-invalid", "true");
  await overlapping.fill("11:00");
  await expect(overlapping).toHaveAttribute("aria-invalid", "true");

  await reloadDiscarding(page);
  await expectRanges(page, "Tuesday", before);
  expect(puts).toBe(0);
});

test("errors the server finds are shown on the same fields", async ({ page, baseURL }) => {
  await openEditor(page, baseURL!);
  await page.route("**/api/v1/me/availability", async (route) => {
    if (route.request().method() !== "PUT") return route.fallback();
    await route.fulfill({
      status: 400,
      contentType: "application/problem+json",
      body: JSON.stringify({
        status: 400,
        detail: "Some fields are missing or invalid.",
        errors: { "weekly.1.0.end": ["Ends too late"], bufferMinutes: ["Too long a break"] },
      }),
    });
  });
  await setDay(page, "Monday", [["09:00", "12:00"]]);
  await page.getByRole("button", { name: "Save availability" }).click();

  const end = rangeInput(page, "Monday", 1, "end");
  await expect(end).toHaveAttribute("aria-invalid", "true");
  await expect(end).toHaveAccessibleDescription("Ends too late");
  await expect(end).toBeFocused();
  const buffer = page.getByLabel("Buffer between interviews (minutes)");
  await expect(buffer).toHaveAttribute("aria-invalid", "true");
  await expect(buffer).toHaveAccessibleDescription(/^Too long a break/);
  await expect(page.getByRole("button", { name: "Save availability" })).toBeEnabled();
});
