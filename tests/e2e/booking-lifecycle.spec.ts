import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { DateTime } from "luxon";

// demo-wei (candidate, Singapore) and demo-kenji (interviewer here, Los Angeles) are booked only
// by this spec. Their seeded interviews fall within the next few days; ours are 9 and 11 days out.
// Each test rewrites Kenji's hours whole, so this file's tests run in order, one at a time.
test.describe.configure({ mode: "default" });
const LA = "America/Los_Angeles";
const SG = "Asia/Singapore";
const TYPE = "technical-depth";
const DURATION_MINUTES = 45;

/** Kenji opens only the given hours on one date in his zone, for technical depth, with no notice or buffer. */
async function openKenjisHours(kenji: Page, baseURL: string, date: DateTime, start: string, end: string) {
  const saved = await kenji.request.put("/api/v1/me/availability", {
    headers: { origin: baseURL },
    data: {
      timeZone: LA,
      weekly: { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] },
      overrides: [{ date: date.toISODate(), ranges: [{ start, end }] }],
      offeredTypes: [TYPE],
      minNoticeHours: 0,
      bufferMinutes: 0,
      maxPerWeek: null,
      horizonDays: 60,
    },
  });
  expect(saved.status()).toBe(200);
}

const laDay = (daysAhead: number) => DateTime.now().setZone(LA).startOf("day").plus({ days: daysAhead });
const clock = (at: DateTime, zone: string) => at.setZone(zone).toFormat("HH:mm");
const span = (at: DateTime, zone: string) =>
  `${clock(at, zone)}–${clock(at.plus({ minutes: DURATION_MINUTES }), zone)}`;
const dayName = (at: DateTime, zone: string) => at.setZone(zone).setLocale("en-GB").toFormat("cccc d LLLL");

test("an interview is booked, moved by the candidate and cancelled by the interviewer, with the reason shown to both", async ({
  pageAs,
  baseURL,
}) => {
  const day = laDay(9);
  const first = day.set({ hour: 16 });
  const moved = day.set({ hour: 18 });
  const kenji = await pageAs("demo-kenji");
  const wei = await pageAs("demo-wei");
  await openKenjisHours(kenji, baseURL!, day, "16:00", "19:00");

  const booked = await wei.request.post("/api/v1/bookings", {
    headers: { origin: baseURL!, "idempotency-key": `lifecycle-${Date.now()}` },
    data: { interviewerId: "demo-kenji", interviewType: TYPE, start: first.toUTC().toISO() },
  });
  expect(booked.status()).toBe(201);
  const firstId = ((await booked.json()) as { id: string }).id;

  await test.step("both see it under My interviews, each in their own zone", async () => {
    await wei.goto("/bookings");
    const weisItem = wei
      .getByRole("listitem")
      .filter({ hasText: "Kenji Watanabe" })
      .filter({ hasText: span(first, SG) });
    await expect(weisItem).toContainText("Technical depth");
    await expect(weisItem).toContainText("You're the candidate");
    await expect(weisItem).not.toContainText("Question:");

    await kenji.goto("/bookings");
    const kenjisItem = kenji
      .getByRole("listitem")
      .filter({ hasText: "Wei Chen" })
      .filter({ hasText: span(first, LA) });
    await expect(kenjisItem).toContainText("You interview");
    await expect(kenjisItem).toContainText("Question:");
    await expect(kenjisItem).toContainText(LA);
  });

  await test.step("Wei opens it: her time and his, the call link, and the question kept hidden", async () => {
    await wei
      .getByRole("listitem")
      .filter({ hasText: "Kenji Watanabe" })
      .filter({ hasText: span(first, SG) })
      .getByRole("link", { name: /^Technical depth/ })
      .click();
    await expect(wei).toHaveURL(`/bookings/${firstId}`);
    await expect(wei.getByRole("heading", { level: 1, name: "Technical depth with Kenji Watanabe" })).toBeVisible();
    const when = wei.getByRole("region", { name: "When" });
    await expect(when).toContainText(span(first, SG));
    await expect(when).toContainText(`Your time, ${SG}`);
    await expect(when).toContainText(`For Kenji: `);
    await expect(when).toContainText(`${span(first, LA)} (${LA})`);
    const call = wei.getByRole("link", { name: /Join video call/ });
    await expect(call).toHaveAttribute("target", "_blank");
    await expect(wei.getByRole("region", { name: "Question" })).toContainText(
      "You'll see it in the room when it opens, 10 minutes before the start",
    );
    await expect(wei.getByRole("link", { name: "Kenji Watanabe" })).toHaveAttribute("href", "/people/demo-kenji");
  });

  let movedId = "";
  await test.step("Wei moves it to another of Kenji's open times, giving a reason", async () => {
    await wei.getByRole("button", { name: "Reschedule" }).click();
    const dialog = wei.getByRole("dialog", { name: "Move this interview" });
    await dialog.getByRole("button", { name: "Move interview" }).click();
    await expect(dialog.getByText("Pick a new time.")).toBeVisible();
    await expect(dialog.getByText("Tell Kenji why")).toBeVisible();

    // The week calendar opens on the interview's own week, and both times are on its day.
    const newTime = dialog
      .getByRole("group", { name: dayName(moved, SG) })
      .getByRole("button", { name: new RegExp(`^${clock(moved, SG)}\\b`) });
    await newTime.click();
    await expect(newTime).toHaveAttribute("aria-pressed", "true");
    await expect(dialog).toContainText(`For Kenji that's`);
    await dialog.getByLabel("Reason").fill("A work trip moved, sorry");
    await dialog.getByRole("button", { name: "Move interview" }).click();

    await expect(wei).not.toHaveURL(`/bookings/${firstId}`);
    await expect(wei).toHaveURL(/\/bookings\/[^/]+$/);
    movedId = wei.url().split("/").pop()!;
    await expect(wei.getByRole("region", { name: "When" })).toContainText(span(moved, SG));
    const history = wei.getByRole("list", { name: "Status history" });
    await expect(history).toContainText("Moved to this time by you");
    await expect(wei.getByRole("link", { name: "See the original booking" })).toHaveAttribute(
      "href",
      `/bookings/${firstId}`,
    );

    await wei.goto(`/bookings/${firstId}`);
    await expect(wei.getByRole("main").getByRole("status")).toContainText(`Moved to`);
    await expect(wei.getByRole("main").getByRole("status")).toContainText("Moved by you: A work trip moved, sorry");
    await expect(wei.getByRole("button", { name: "Reschedule" })).toHaveCount(0);
  });

  await test.step("Kenji opens the new booking, sees his question and cancels it", async () => {
    await kenji.goto("/bookings");
    await kenji
      .getByRole("listitem")
      .filter({ hasText: "Wei Chen" })
      .filter({ hasText: span(moved, LA) })
      .getByRole("link", { name: /^Technical depth/ })
      .click();
    await expect(kenji).toHaveURL(`/bookings/${movedId}`);
    await expect(kenji.getByRole("heading", { level: 1, name: "Technical depth with Wei Chen" })).toBeVisible();
    await expect(kenji.getByText("You're the interviewer.")).toBeVisible();
    const question = kenji.getByRole("region", { name: "Question" });
    await expect(question.getByRole("link")).toHaveAttribute("href", /^\/questions\/.+/);
    await expect(question.getByRole("button", { name: "Change question" })).toBeVisible();

    await kenji.getByRole("button", { name: "Cancel interview" }).click();
    const dialog = kenji.getByRole("dialog", { name: "Cancel this interview?" });
    await expect(dialog).not.toContainText("late cancellation");
    await dialog.getByLabel("Reason").fill("Family emergency");
    await dialog.getByRole("button", { name: "Cancel interview" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(kenji.getByRole("main").getByRole("status")).toContainText("Cancelled by you: Family emergency");
    await expect(kenji.getByRole("button", { name: "Cancel interview" })).toHaveCount(0);
  });

  await test.step("Wei sees that it's cancelled, by whom and why", async () => {
    await wei.goto(`/bookings/${movedId}`);
    await expect(wei.getByRole("main").getByRole("status")).toContainText(
      "Cancelled by Kenji Watanabe: Family emergency",
    );
    await expect(wei.getByRole("main").getByText("Cancelled", { exact: true })).toBeVisible();
    await expect(wei.getByRole("list", { name: "Status history" })).toContainText("Cancelled by Kenji Watanabe");
    await expect(wei.getByRole("link", { name: "Find another time" })).toHaveAttribute("href", `/find?type=${TYPE}`);

    await wei.goto("/bookings");
    const item = wei
      .getByRole("listitem")
      .filter({ hasText: span(moved, SG) })
      .filter({ hasText: "Kenji Watanabe" });
    await expect(item).toContainText("Cancelled: Family emergency");
  });

  await wei.context().close();
  await kenji.context().close();
});

test("Match me books the candidate with an interviewer who has hours in her window", async ({ pageAs, baseURL }) => {
  const day = laDay(11);
  const start = day.set({ hour: 16 });
  const end = day.set({ hour: 18 });
  const kenji = await pageAs("demo-kenji");
  await openKenjisHours(kenji, baseURL!, day, "16:00", "18:00");
  const wei = await pageAs("demo-wei");

  await wei.goto("/match");
  await expect(wei.getByRole("heading", { level: 1, name: "Match me" })).toBeVisible();
  await expect(wei.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Match me" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await wei.getByLabel("Interview type").selectOption(TYPE);
  await expect(wei.getByRole("main")).toContainText(SG);
  const row = wei.getByRole("group", { name: "Time window 1" });
  await row.getByLabel("Day").fill(start.setZone(SG).toISODate()!);
  await row.getByLabel("From").fill(clock(start, SG));
  await row.getByLabel("To").fill(clock(end, SG));
  await wei.getByRole("button", { name: "Match me" }).click();

  const result = wei.getByRole("region", { name: "You're booked" });
  await expect(result).toContainText("Booked with Kenji Watanabe");
  await expect(result).toContainText(span(start, SG));
  await expect(result).toContainText(`(${SG})`);

  const requests = wei.getByRole("list", { name: "Your match requests" });
  await expect(requests.getByRole("listitem").first()).toContainText("Booked");

  await result.getByRole("link", { name: "Open the interview" }).click();
  await expect(wei.getByRole("heading", { level: 1, name: "Technical depth with Kenji Watanabe" })).toBeVisible();
  await expect(wei.getByRole("region", { name: "When" })).toContainText(span(start, SG));

  await wei.context().close();
  await kenji.context().close();
});

test("an open match request can be cancelled", async ({ pageAs }) => {
  const wei = await pageAs("demo-wei");
  // A Sunday night in Singapore that nobody offers: the request stays open.
  const sunday = DateTime.now().setZone(SG).startOf("week").plus({ weeks: 2, days: 6 });
  await wei.goto("/match");
  await wei.getByLabel("Interview type").selectOption("product-sense");
  const row = wei.getByRole("group", { name: "Time window 1" });
  await row.getByLabel("Day").fill(sunday.toISODate()!);
  await row.getByLabel("From").fill("02:00");
  await row.getByLabel("To").fill("03:00");
  await wei.getByRole("button", { name: "Match me" }).click();

  const result = wei.getByRole("region", { name: /still looking/ });
  await expect(result).toContainText("We'll keep looking until");
  await expect(result).toContainText(`${sunday.setLocale("en-GB").toFormat("ccc d LLL")}, 03:00`);

  const item = wei
    .getByRole("list", { name: "Your match requests" })
    .getByRole("listitem")
    .filter({ hasText: "Product sense" });
  await expect(item.first()).toContainText("Looking");
  await item
    .first()
    .getByRole("button", { name: /Cancel request/ })
    .click();
  await expect(item.first()).toContainText("You cancelled this request.");
  await expect(item.first().getByRole("button", { name: /Cancel request/ })).toHaveCount(0);

  await wei.context().close();
});

test("cancelling inside 24 hours warns that it counts as a late cancellation", async ({ pageAs, baseURL }) => {
  // A start a couple of hours from now on the hour, kept clear of midnight in Los Angeles.
  let start = DateTime.now().setZone(LA).plus({ hours: 2 }).startOf("hour");
  if (start.hour > 22) start = start.plus({ days: 1 }).set({ hour: 1 });
  const kenji = await pageAs("demo-kenji");
  await openKenjisHours(kenji, baseURL!, start.startOf("day"), clock(start, LA), clock(start.plus({ hours: 1 }), LA));
  const wei = await pageAs("demo-wei");
  const booked = await wei.request.post("/api/v1/bookings", {
    headers: { origin: baseURL!, "idempotency-key": `late-${Date.now()}` },
    data: { interviewerId: "demo-kenji", interviewType: TYPE, start: start.toUTC().toISO() },
  });
  expect(booked.status()).toBe(201);
  const { id } = (await booked.json()) as { id: string };

  await wei.goto(`/bookings/${id}`);
  await wei.getByRole("button", { name: "Cancel interview" }).click();
  const dialog = wei.getByRole("dialog", { name: "Cancel this interview?" });
  await expect(dialog).toContainText("It starts in less than 24 hours");
  await expect(dialog).toContainText("counts as a late cancellation");
  await dialog.getByLabel("Reason").fill("Got called into an outage");
  await dialog.getByRole("button", { name: "Cancel anyway" }).click();
  const banner = wei.getByRole("main").getByRole("status");
  await expect(banner).toContainText("Cancelled by you: Got called into an outage");
  await expect(banner).toContainText("Cancelled less than 24 hours before the start.");

  await wei.context().close();
  await kenji.context().close();
});
