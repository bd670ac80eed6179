import { randomUUID } from "node:crypto";
import type { Locator } from "@playwright/test";
import { e2eDatabase } from "./support/e2e-database";
import { E2E_ORIGIN, expect, test, type Page } from "./support/fixtures";
import { createOwnUser, insertOwnBooking, signInOwnUser } from "./support/own-people";

/**
 * A click on a form's submit button before the page's JavaScript has loaded
 * must not put what was typed into the URL (and so browser history and server
 * logs): every client form posts (decision 0018). The page's script chunks are
 * blocked, so the click lands on the server-rendered HTML alone.
 */
async function withoutJavaScript(page: Page) {
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
}

const SECRET_TEXT = "Private words 4711";

const forms = [
  { path: "/settings", region: "Profile", field: "Your name", button: "Save changes" },
  { path: "/settings", region: "API tokens", field: "Token name", button: "Create token" },
  { path: "/sign-in", region: "Sign in to MockLoop", field: "E-mail address", button: "E-mail me a sign-in link" },
];

for (const form of forms) {
  test(`${form.region} on ${form.path}, submitted before hydration, keeps its fields out of the URL`, async ({
    page,
  }) => {
    if (form.path !== "/sign-in") {
      const response = await page.request.post("/api/v1/auth/demo", {
        headers: E2E_ORIGIN,
        data: { userId: "demo-sofia" },
      });
      expect(response.status()).toBe(204);
    }
    await withoutJavaScript(page);
    await page.goto(form.path);
    const region = page.getByRole("region", { name: form.region });
    const value = form.field === "E-mail address" ? "private.words@example.com" : SECRET_TEXT;
    await region.getByLabel(form.field).fill(value);

    const navigation = page.waitForRequest(
      (request) => request.isNavigationRequest() && request.frame() === page.mainFrame(),
    );
    await region.getByRole("button", { name: form.button }).click();
    const submitted = await navigation;

    expect(submitted.method()).toBe("POST");
    expect(new URL(submitted.url()).search).toBe("");
    await expect(page.getByRole("region", { name: form.region })).toBeVisible();
    expect(new URL(page.url()).search).toBe("");
    expect(page.url()).not.toContain(encodeURIComponent(value).slice(0, 10));
  });
}

/** Holds the page's scripts (not its styles) until the returned function is called: the page is there, its JavaScript not yet. */
async function holdJavaScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** React has hydrated an element once it has attached its props to it. */
async function hydrated(locator: Locator) {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps"))))
    .toBe(true);
}

test("onboarding keeps what was typed and ticked before the page's JavaScript ran", async ({ page, baseURL }) => {
  const db = await e2eDatabase();
  const id = `early-typist-${randomUUID().slice(0, 8)}`;
  try {
    await createOwnUser(db, id);
    await signInOwnUser(db, page.context(), baseURL!, id);
    const release = await holdJavaScript(page);
    await page.goto("/onboarding", { waitUntil: "commit" });
    await page.getByLabel("Your name").fill("Early Typist");
    await page.getByRole("radio", { name: /Preparing for TPM interviews/ }).check();
    await page.getByRole("checkbox", { name: /System design/ }).check();
    release();
    await hydrated(page.getByLabel("Your name"));

    await page.getByRole("radio", { name: "Mid" }).check();
    await page
      .getByRole("group", { name: "Do you have an engineering background?" })
      .getByRole("radio", { name: "No" })
      .check();
    await page.getByRole("button", { name: "Save and go to my dashboard" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Early Typist" })).toBeVisible();
  } finally {
    await db.end();
  }
});

test("sign-in sends the link to the address typed before the page's JavaScript ran", async ({ page }) => {
  const release = await holdJavaScript(page);
  await page.goto("/sign-in", { waitUntil: "commit" });
  await page.getByLabel("E-mail address").fill("early.typist@example.com");
  release();
  await hydrated(page.getByLabel("E-mail address"));
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/sign-in\/check-email\?email=early\.typist%40example\.com$/);
});

test("a token name typed before the settings page's JavaScript ran names the token", async ({ page }) => {
  const response = await page.request.post("/api/v1/auth/demo", {
    headers: E2E_ORIGIN,
    data: { userId: "demo-sofia" },
  });
  expect(response.status()).toBe(204);
  const release = await holdJavaScript(page);
  await page.goto("/settings", { waitUntil: "commit" });
  const section = page.getByRole("region", { name: "API tokens" });
  const name = `Early script ${randomUUID().slice(0, 6)}`;
  await section.getByLabel("Token name").fill(name);
  release();
  await hydrated(section.getByLabel("Token name"));
  await section.getByRole("button", { name: "Create token" }).click();
  await expect(section.getByText("Copy your new token now. You won't see it again.")).toBeVisible();
  await expect(section.getByRole("list", { name: "API tokens" })).toContainText(name);
});

test("notes typed in the interview room before its JavaScript ran are saved", async ({ page, baseURL }) => {
  // The room streams in behind its loading state (a Suspense boundary), so its fields hydrate after the page's shell.
  const db = await e2eDatabase();
  const suffix = randomUUID().slice(0, 8);
  const [candidate, interviewer, bookingId] = [`early-cand-${suffix}`, `early-int-${suffix}`, `early-room-${suffix}`];
  try {
    await createOwnUser(db, candidate, "Early Candidate");
    await createOwnUser(db, interviewer, "Early Interviewer");
    const start = new Date(Date.now() - 60_000);
    await insertOwnBooking(db, { id: bookingId, candidate, interviewer, start, minutes: 45 });
    await signInOwnUser(db, page.context(), baseURL!, interviewer);
  } finally {
    await db.end();
  }
  const release = await holdJavaScript(page);
  await page.goto(`/interviews/${bookingId}`, { waitUntil: "commit" });
  const notes = page.getByRole("textbox", { name: "Your notes" });
  await notes.fill("Asked about peak write rate first");
  release();
  await hydrated(notes);
  await expect(page.getByRole("region", { name: "Your notes" }).getByRole("status")).toHaveText(/^Saved \d\d:\d\d$/);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Your notes" })).toHaveValue("Asked about peak write rate first");
});
