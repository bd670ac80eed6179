import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { e2eDatabase } from "./support/e2e-database";

// A new person of this spec's own (no demo person), so nothing they see was practised before.
const suffix = randomUUID().slice(0, 8);
const USER = `e2e-solo-${suffix}`;

test("a new user answers a question alone against the clock, scores themselves, sees the guide and finds it in History", async ({
  page,
  baseURL,
}) => {
  test.slow(); // many steps across five pages
  const db = await e2eDatabase();
  try {
    await db.query(`INSERT INTO users (id, email, name) VALUES ($1, $2, $3)`, [
      USER,
      `${USER}@test.mockloop.dev`,
      "Solo Tester",
    ]);
    await db.query(
      `INSERT INTO profiles (user_id, display_name, track, level, has_engineering_background, time_zone, languages, target_companies)
       VALUES ($1, 'Solo Tester', 'CANDIDATE', 'MID', false, 'Europe/London', ARRAY['English'], ARRAY[]::text[])`,
      [USER],
    );
    const token = randomBytes(32).toString("base64url");
    await db.query(
      `INSERT INTO sessions (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [randomUUID(), token, USER],
    );
    await page.context().addCookies([{ name: "mockloop.session", value: token, url: baseURL! }]);
  } finally {
    await db.end();
  }
  await page.setViewportSize({ width: 390, height: 844 });

  await test.step("solo practice lists questions of a type; one opens on a page that starts the clock", async () => {
    await page.goto("/practice?type=system-design");
    await expect(page.getByRole("heading", { level: 1, name: "Solo practice" })).toBeVisible();
    await expect(page.getByLabel("Interview type")).toHaveValue("system-design");
    const first = page.getByRole("heading", { level: 3 }).first().getByRole("link");
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/practice\/new\?question=/);
    await page.getByRole("button", { name: "Start the clock" }).click();
    await expect(page).toHaveURL(/\/practice\/(?!new)[\w-]+$/);
  });

  await test.step("the question and a running timer show; the guide does not", async () => {
    await expect(page.getByRole("heading", { name: "The question" })).toBeVisible();
    const timer = page.getByTestId("solo-timer");
    await expect(timer).toBeVisible();
    await expect(timer).toContainText(/Time left of \d+ minutes/);
    await expect(timer.getByText(/^\d+:\d\d$/)).toBeVisible();
    await expect(page.getByRole("heading", { name: /interviewer's guide/i })).toHaveCount(0);
  });

  await test.step("handing in without scores is refused, with the reasons read out", async () => {
    await page
      .getByLabel("Your answer")
      .fill("Clarify users and scale first. One service, Postgres, a cache for hot reads, a queue for slow work.");
    await page.getByRole("button", { name: "Hand in and see the guide" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Score yourself on" }).first()).toBeVisible();
  });

  await test.step("scoring every competency on its anchored descriptors and handing in shows the guide", async () => {
    const groups = page.getByRole("region", { name: "Score yourself" }).getByRole("group");
    const count = await groups.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      // Native radios, each read out with its descriptor; the third choice is "At the bar".
      const radios = groups.nth(i).getByRole("radio");
      await expect(radios).toHaveCount(4);
      await radios.nth(2).check();
      await expect(radios.nth(2)).toHaveAccessibleName(/^3 – At the bar: .+/);
    }
    await page.getByRole("button", { name: "Hand in and see the guide" }).click();
    await expect(page.getByRole("heading", { name: "Compare: the interviewer's guide" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your answer" })).toBeVisible();
    await expect(page.getByText("Clarify users and scale first.", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How you scored yourself" })).toBeVisible();
    await expect(page.getByTestId("solo-timer")).toHaveCount(0);
  });

  await test.step("History lists it with a Solo badge, and the solo filter keeps it", async () => {
    await page.goto("/history");
    const row = page.getByTestId("history-row").first();
    await expect(row.getByText("Solo", { exact: true })).toBeVisible();
    await expect(row.getByRole("list", { name: "Self-assessed scores per competency" })).toBeVisible();
    await page.getByLabel("Kind").selectOption("solo");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]kind=solo/);
    await expect(page.getByTestId("history-row")).toHaveCount(1);
    await page.getByLabel("Kind").selectOption("live");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("No interviews match these filters.")).toBeVisible();
  });

  await test.step("Progress shows it as self-assessed, apart from peer scores", async () => {
    await page.goto("/progress");
    await expect(page.getByText("1 solo attempt, self-assessed.", { exact: false })).toBeVisible();
    const table = page.getByRole("table", { name: /Current level per competency/ });
    await expect(table.getByRole("columnheader", { name: /Self-assessed/ })).toBeVisible();
  });
});
