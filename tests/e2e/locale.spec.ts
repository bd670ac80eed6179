import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// Only reads pages, so a demo person will do; it changes nothing of Sofia's (she both books and interviews, so every page is hers).
const USER_ID = "demo-sofia";

/**
 * The app writes dates in the locale the browser asks for, and the browser's own locale is what Chromium
 * draws native date and time inputs in: the page's lang, the browser's Intl default and navigator.language
 * agree, so inputs and text read alike (decision 0030).
 */
async function expectBrowserAndPageAgree(page: Page, locale: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  const browser = await page.evaluate(() => ({
    intl: new Intl.DateTimeFormat().resolvedOptions().locale,
    language: navigator.language,
  }));
  expect(browser).toEqual({ intl: locale, language: locale });
}

async function weekLabel(page: Page): Promise<string> {
  await page.goto("/find");
  const heading = page.getByRole("navigation", { name: "Weeks" }).getByRole("heading", { level: 2 });
  await expect(heading).toContainText("Seven days:");
  return ((await heading.textContent()) ?? "").replace("Seven days:", "").replace(/\s/g, " ").trim();
}

async function zoneClock(page: Page): Promise<string> {
  await page.goto("/settings");
  const hint = page.getByText(/Times on MockLoop are shown in .+, where it's .+ now\./);
  await expect(hint).toBeVisible();
  return /where it's (.+) now/.exec(((await hint.textContent()) ?? "").replace(/\s/g, " "))![1]!;
}

async function availabilityInputs(page: Page) {
  await page.goto("/settings/availability");
  await expect(page.getByRole("heading", { level: 1, name: "Your availability" })).toBeVisible();
  await expect(page.locator('input[type="time"]').first()).toBeVisible();
}

test.describe("a browser that asks for American English", () => {
  test.use({ locale: "en-US" });

  test("sees US dates on a page, formatted alike by the server and the browser", async ({ page, signInAs }) => {
    // The server and the browser format alike: React reports no hydration mismatch (#418 in production).
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await signInAs(USER_ID);
    expect(await weekLabel(page)).toMatch(/^[A-Z][a-z]+ \d{1,2}(, \d{4})? – ([A-Z][a-z]+ )?\d{1,2}, \d{4}$/);
    await expectBrowserAndPageAgree(page, "en-US");
    expect(errors.filter((e) => /hydrat|#418|#425/i.test(e))).toEqual([]);
  });

  test("sees a 12-hour clock", async ({ page, signInAs }) => {
    await signInAs(USER_ID);
    expect(await zoneClock(page)).toMatch(/^\d{1,2}:\d{2} [AP]M$/);
  });

  test("gets time inputs in the same locale as the page", async ({ page, signInAs }) => {
    await signInAs(USER_ID);
    await availabilityInputs(page);
    await expectBrowserAndPageAgree(page, "en-US");
  });
});

test.describe("a browser that asks for British English", () => {
  test.use({ locale: "en-GB" });

  test("sees day-month dates on a page", async ({ page, signInAs }) => {
    await signInAs(USER_ID);
    expect(await weekLabel(page)).toMatch(/^\d{1,2}( [A-Z][a-z]+( \d{4})?)? – \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expectBrowserAndPageAgree(page, "en-GB");
  });

  test("sees a 24-hour clock", async ({ page, signInAs }) => {
    await signInAs(USER_ID);
    expect(await zoneClock(page)).toMatch(/^\d{2}:\d{2}$/);
  });

  test("gets time inputs in the same locale as the page", async ({ page, signInAs }) => {
    await signInAs(USER_ID);
    await availabilityInputs(page);
    await expectBrowserAndPageAgree(page, "en-GB");
  });
});

test.describe("a browser in a language MockLoop has no format for", () => {
  test.use({ locale: "ja-JP" });

  test("gets British dates and English text", async ({ page, signInAs }) => {
    await signInAs(USER_ID);
    expect(await weekLabel(page)).toMatch(/ \d{4}$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  });
});
