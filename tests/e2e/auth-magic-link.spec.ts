import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { baseURL } from "../../playwright.config";

// Next reports 127.0.0.1 as "localhost" in request URLs, and Auth.js builds its redirects from those: after a
// magic link on 127.0.0.1 it would send the browser to localhost, where the new session cookie does not exist.
// Browsing at localhost keeps the whole flow on one origin, as it is for anyone on a real host name.
test.use({ baseURL: baseURL.replace("127.0.0.1", "localhost") });

/** A new address per test: each one is a brand-new person, with rate limits of its own. */
const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

async function requestLink(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
}

test("a new person signs in by e-mail link, sets up a profile and reaches the dashboard", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  await requestLink(page, email);

  await expect(page).toHaveURL(/\/sign-in\/check-email\?email=/);
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  await page.getByRole("link", { name: "Open the demo outbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Demo outbox" })).toBeVisible();
  const newest = page.getByRole("article").filter({ hasText: email }).first();
  await expect(newest.getByRole("heading", { name: "Your MockLoop sign-in link" })).toBeVisible();
  await newest.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).click();

  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tell us about yourself" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  await page.getByLabel("Your name").fill("Nadia Okafor");
  await page.getByRole("radio", { name: /Preparing for TPM interviews/ }).check();
  await page.getByRole("radio", { name: "Mid" }).check();
  await page
    .getByRole("group", { name: "Do you have an engineering background?" })
    .getByRole("radio", { name: "No" })
    .check();
  await page.getByRole("checkbox", { name: /System design/ }).check();
  await page.getByRole("checkbox", { name: /Program execution/ }).check();
  await page.getByLabel("Companies you're aiming for").fill("Google, Stripe");
  await page.getByLabel("Time zone").selectOption("Europe/London");
  await expect(page.getByLabel("Time zone")).toHaveAccessibleDescription(/Europe\/London/);
  await expect(page.getByLabel("Languages you can interview in")).toHaveValue("English");
  await page.getByRole("button", { name: "Save and go to my dashboard" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome, Nadia Okafor" })).toBeVisible();
  await expect(page.getByText("Europe/London")).toBeVisible();

  // A newcomer has nothing behind them yet: each empty page says so and leads to booking.
  await page.goto("/bookings?when=past");
  await expect(page.getByRole("link", { name: "Past" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("No past interviews yet.")).toBeVisible();
  await page.goto("/history");
  await expect(page.getByRole("main").getByRole("link", { name: "Book your first mock" })).toHaveAttribute(
    "href",
    "/find",
  );
  await page.goto("/progress");
  await expect(page.getByText("Nothing to chart yet.")).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Book your first mock" }).click();
  await expect(page).toHaveURL(/\/find$/);
  await expect(page.getByRole("heading", { level: 1, name: "Find a peer" })).toBeVisible();
});

test("a used sign-in link says it has expired and offers a new one", async ({ page }) => {
  const email = uniqueEmail("reuse");
  await requestLink(page, email);
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  const href = await page.getByRole("article").first().getByRole("link").first().getAttribute("href");
  expect(href).toBeTruthy();

  await page.goto(href!);
  await expect(page).toHaveURL(/\/onboarding$/);
  await page.context().clearCookies();
  await page.goto(href!);

  await expect(page).toHaveURL(/\/sign-in\?error=Verification/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    /That link has expired or was already used\. Ask for a new one/,
  );
  await expect(page.getByRole("button", { name: "E-mail me a sign-in link" })).toBeVisible();
});

test("onboarding points at what is missing and moves focus to it", async ({ page }) => {
  const email = uniqueEmail("incomplete");
  await requestLink(page, email);
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  await page.getByRole("article").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/onboarding$/);
  // The zone is read from the device once the form has hydrated; a click before that would submit the
  // server-rendered form natively, and on a busy machine the click can come first.
  await expect(page.getByText("We picked it from your device.")).toBeVisible();

  await page.getByLabel("Your name").fill("Sam");
  await page.getByRole("button", { name: "Save and go to my dashboard" }).click();

  const firstMissing = page.getByRole("radio", { name: /Preparing for TPM interviews/ });
  await expect(firstMissing).toBeFocused();
  await expect(page.getByRole("group", { name: "What brings you to MockLoop?" })).toHaveAccessibleDescription(
    /Choose what you are here for/,
  );
  await expect(page.getByText("Choose at least one focus area")).toBeVisible();
  await expect(page).toHaveURL(/\/onboarding$/);
});

test("a mistyped address gets a field error next to the field", async ({ page }) => {
  await requestLink(page, "not-an-address");
  const field = page.getByLabel("E-mail address");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Enter an e-mail address like name@example\.com/);
  await expect(field).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("asking for too many links for one address says to wait", async ({ page, request }) => {
  const email = uniqueEmail("eager");
  for (let i = 0; i < 5; i++) {
    const response = await request.post("/api/v1/auth/magic-link", { data: { email } });
    expect(response.status()).toBe(202);
  }
  await requestLink(page, email);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    /We've sent several links to this address already/,
  );
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("button", { name: "E-mail me a sign-in link" })).toBeEnabled();
});

test("someone using MockLoop at 127.0.0.1 gets a link to 127.0.0.1 and is signed in there", async ({ page }) => {
  const email = uniqueEmail("loopback");
  const other = baseURL.replace("localhost", "127.0.0.1");
  expect(other).not.toBe(baseURL);
  await page.goto(`${other}/sign-in`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(page).toHaveURL(new RegExp(`^${other.replace(/\./g, "\\.")}/sign-in/check-email\\?email=`));

  await page.goto(`${other}/dev/outbox?to=${encodeURIComponent(email)}`);
  const link = page
    .getByRole("article")
    .first()
    .getByRole("link", { name: /\/api\/auth\/callback\/email/ });
  await expect(link).toHaveAttribute("href", new RegExp(`^${other.replace(/\./g, "\\.")}/api/auth/callback/email\\?`));
  await link.click();

  await expect(page).toHaveURL(`${other}/onboarding`);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
});
