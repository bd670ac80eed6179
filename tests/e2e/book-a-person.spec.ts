import { randomUUID } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import { expect, test, watchCsp, type Page } from "./support/fixtures";
import { e2eDatabase } from "./support/e2e-database";
import { createOwnUser, signedInContext, signedInPage as signedIn, type E2eDb as Db } from "./support/own-people";
import { baseURL as configBaseURL } from "../../playwright.config";

// Personal booking pages (decision 0032). Every person here is this spec's own, made per test with a
// unique suffix: new people sign in through a session written to the e2e database (as live-room.spec.ts
// does) or, for the visitor of a shared link, through the e-mail link in the demo outbox.

// Auth.js builds its redirects from localhost: keep the whole flow on that origin (auth-magic-link.spec.ts).
test.use({ baseURL: configBaseURL.replace("127.0.0.1", "localhost") });
// Each test is a whole story across three or four browsers (onboarding twice, an e-mail sign-in).
test.describe.configure({ timeout: 180_000 });

const unique = () => randomUUID().slice(0, 8);

// The people booked here are interviewers in UTC.
const createUser = (db: Db, id: string, name?: string) =>
  createOwnUser(db, id, name, { track: "INTERVIEWER", level: "SENIOR", timeZone: "UTC" });

/** Onboarding's required answers; the track decides where saving leads. */
async function onboard(page: Page, name: string, track: "Interviewing others" | "Preparing for TPM interviews") {
  await expect(page.getByRole("heading", { level: 1, name: "Tell us about yourself" })).toBeVisible();
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("radio", { name: new RegExp(track) }).check();
  await page.getByRole("radio", { name: "Senior" }).check();
  await page
    .getByRole("group", { name: "Do you have an engineering background?" })
    .getByRole("radio", { name: "Yes" })
    .check();
  await page.getByRole("checkbox", { name: /System design/ }).check();
  await page.getByLabel("Time zone").selectOption("UTC");
}

/** UTC hours 03:00–06:00 every day for system design, no notice: this spec's slot to share. */
async function openEarlyHours(context: BrowserContext, baseURL: string) {
  const early = [{ start: "03:00", end: "06:00" }];
  const saved = await context.request.put("/api/v1/me/availability", {
    headers: { origin: baseURL },
    data: {
      timeZone: "UTC",
      weekly: { "1": early, "2": early, "3": early, "4": early, "5": early, "6": early, "7": early },
      overrides: [],
      offeredTypes: ["system-design"],
      minNoticeHours: 0,
      bufferMinutes: 0,
      maxPerWeek: null,
      horizonDays: 60,
    },
  });
  expect(saved.status()).toBe(200);
}

/** Monday of next week (UTC, the viewers' zone here) and a day of it as the calendar names it. */
function nextWeek() {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  const monday = d.toISOString().slice(0, 10);
  const wednesday = new Date(d.getTime() + 2 * 86_400_000);
  const label = new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
  }).format(wednesday);
  return { monday, wednesday: label };
}

test("a new interviewer is led to add hours and shares their page; a newcomer opens the link, signs in and books them", async ({
  browser,
  baseURL,
  cspViolations,
}) => {
  const db = await e2eDatabase();
  const suffix = unique();
  const interviewerId = `e2e-person-int-${suffix}`;
  const name = `Ines Lindqvist ${suffix}`;
  await createUser(db, interviewerId);
  const ines = await signedIn(db, browser, baseURL!, interviewerId, cspViolations);

  let link = "";
  await test.step("onboarding tells a new interviewer that peers book them once they add hours, and leads there", async () => {
    await ines.goto("/dashboard");
    await expect(ines).toHaveURL(/\/onboarding$/);
    await onboard(ines, name, "Interviewing others");
    await expect(ines.getByText("Peers can book you only once you add your hours")).toBeVisible();
    await ines.getByRole("button", { name: "Save and add my hours" }).click();
    // Saving and the next page's render can take a while on a crowded machine.
    await expect(ines).toHaveURL(/\/settings\/availability\?welcome=1$/, { timeout: 30_000 });
    await expect(ines.getByText("One more step: your hours")).toBeVisible();
    // What they chose at onboarding is ticked already.
    await expect(ines.getByRole("checkbox", { name: "System design" })).toBeChecked();
  });

  await test.step("the dashboard says they are not bookable until hours are saved", async () => {
    await ines.goto("/dashboard");
    await expect(ines.getByRole("heading", { name: "You're not bookable yet" })).toBeVisible();
    await ines.goto("/settings/availability");
    await ines.getByRole("button", { name: "Add hours on Monday", exact: true }).click();
    await ines.getByLabel("Monday range 1 start", { exact: true }).fill("08:00");
    await ines.getByLabel("Monday range 1 end", { exact: true }).fill("20:00");
    await ines.getByRole("button", { name: "Copy Monday to weekdays" }).click();
    await ines.getByRole("button", { name: "Save availability" }).click();
    await expect(ines.getByRole("status").filter({ hasText: /^Saved/ })).toBeVisible();
    await ines.goto("/dashboard");
    await expect(ines.getByRole("heading", { name: "You're not bookable yet" })).toHaveCount(0);
    await ines.getByRole("link", { name: "Your booking page" }).click();
  });

  await test.step("their own page holds the link to share", async () => {
    await expect(ines.getByRole("heading", { name: "Your booking page" })).toBeVisible();
    const field = ines.getByLabel("Your booking page's link");
    await expect(field).toHaveValue(new RegExp(`/people/${interviewerId}$`));
    link = await field.inputValue();
    await ines.getByRole("button", { name: "Copy link" }).click();
    await expect(ines.getByRole("status").filter({ hasText: /Link copied|copy it yourself/ })).toBeVisible();
  });

  await test.step("a signed-out newcomer opens the link, signs in by e-mail and lands back on it", async () => {
    const context = await browser.newContext({ baseURL });
    const visitor = await context.newPage();
    await watchCsp(visitor, cspViolations);
    await visitor.goto(link);
    await expect(visitor).toHaveURL(/\/sign-in\?next=%2Fpeople%2F/);
    const email = `booker-${suffix}@example.com`;
    await visitor.getByLabel("E-mail address").fill(email);
    await visitor.getByRole("button", { name: "E-mail me a sign-in link" }).click();
    await visitor.getByRole("link", { name: "Open the demo outbox" }).click();
    const mail = visitor.getByRole("article").filter({ hasText: email }).first();
    await mail.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).click();
    await expect(visitor).toHaveURL(/\/onboarding\?next=%2Fpeople%2F/, { timeout: 30_000 });
    await onboard(visitor, `Bo Andersen ${suffix}`, "Preparing for TPM interviews");
    await visitor.getByRole("button", { name: "Save and go to my dashboard" }).click();
    await expect(visitor).toHaveURL(new RegExp(`/people/${interviewerId}$`), { timeout: 30_000 });

    await expect(visitor.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(visitor.getByRole("heading", { name: `Book ${name}` })).toBeVisible();
    await visitor.getByRole("button", { name: "Next week", exact: true }).click();
    const times = visitor.getByRole("region", { name: "Open times" });
    await expect(times.getByRole("status")).toHaveText(/^\d+ open times? this week$/);
    const first = times.getByRole("button", { pressed: false }).first();
    const clock = (await first.textContent())!.slice(0, 5);
    await first.click();
    await visitor.getByRole("button", { name: `Book with ${name}` }).click();
    const booked = visitor.getByRole("region", { name: /You're booked/ });
    await expect(booked).toContainText(`System design with ${name}`);
    await expect(booked).toContainText(clock);
    await context.close();
  });
  await db.end();
});

test("a candidate sees every peer free at a time, books the fourth one listed, and finds a peer by name", async ({
  browser,
  baseURL,
  cspViolations,
}) => {
  const db = await e2eDatabase();
  const suffix = unique();
  // Names sort in this order, so the ranking's tie-break is predictable whatever the signals.
  const names = ["Ama", "Ben", "Cai", "Dana", "Eli"].map((first) => `${first} Peer ${suffix}`);
  const ids = names.map((_, i) => `e2e-person-peer${i}-${suffix}`);
  for (const [i, id] of ids.entries()) {
    await createUser(db, id, names[i]);
    const peer = await signedInContext(db, browser, baseURL!, id);
    await openEarlyHours(peer, baseURL!);
    await peer.close();
  }
  const candidateId = `e2e-person-cand-${suffix}`;
  await createUser(db, candidateId, `Cleo Candidate ${suffix}`);
  await db.query(`UPDATE profiles SET track = 'CANDIDATE' WHERE user_id = $1`, [candidateId]);
  const cleo = await signedIn(db, browser, baseURL!, candidateId, cspViolations);
  const { monday, wednesday } = nextWeek();

  let fourth = "";
  await test.step("a time lists its best three, and 'Show all' lists everyone free then", async () => {
    await cleo.goto(`/find?type=system-design&week=${monday}`);
    await cleo
      .getByRole("group", { name: wednesday })
      .getByRole("button", { name: /^04:00/ })
      .click();
    const peers = cleo.getByRole("region", { name: /^Free / });
    await expect(peers.getByText(/peers are free then\. Here are your 3 best matches\./)).toBeVisible();
    await expect(peers.getByRole("list", { name: "Peers free then" }).getByRole("listitem")).toHaveCount(3);
    const showAll = peers.getByRole("button", { name: /^Show all \d+/ });
    const total = Number((await showAll.textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThanOrEqual(5);
    await showAll.click();
    const everyone = peers.getByRole("list", { name: "Peers free then" }).getByRole("listitem");
    await expect(everyone).toHaveCount(total);
    await expect(peers.getByText(`All ${total} peers free then, best match first.`)).toBeVisible();
    for (const peer of names) await expect(peers.getByRole("link", { name: peer })).toBeVisible();
    fourth = (await everyone.nth(3).getByRole("link").textContent())!;
    await everyone
      .nth(3)
      .getByRole("button", { name: `Book with ${fourth}` })
      .click();
    const booked = cleo.getByRole("region", { name: /You're booked/ });
    await expect(booked).toContainText(`System design with ${fourth}`);
    await expect(booked).toContainText("04:00");
  });

  await test.step("peer search finds someone by part of their name and opens their booking page", async () => {
    await cleo.goto("/people");
    await cleo.getByLabel("Name").fill(`eli peer ${suffix}`);
    await cleo.getByRole("button", { name: "Search" }).click();
    await expect(cleo.getByRole("heading", { name: "1 peer found" })).toBeVisible();
    await cleo.getByRole("link", { name: names[4]! }).click();
    await expect(cleo).toHaveURL(new RegExp(`/people/${ids[4]}$`));
    await expect(cleo.getByRole("heading", { name: `Book ${names[4]}` })).toBeVisible();
    await expect(cleo.getByLabel(`Link to ${names[4]}'s booking page`)).toHaveValue(new RegExp(`/people/${ids[4]}$`));
  });
  await db.end();
});
