import type { Locator } from "@playwright/test";
import { expect, test, type Page } from "./support/fixtures";

// The main loop with the keyboard alone: no click, no mouse. demo-aisha books three weeks out (no other spec
// books her); demo-daniel gives feedback on the seed's interview with demo-lena that awaits it (no other spec
// writes to it).
test.slow();

/** Presses Tab until `target` has the focus, as a keyboard user would, and fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  await expect(target).toBeVisible();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function signInWithKeyboard(page: Page, name: string) {
  await page.goto("/sign-in");
  await tabTo(page, page.getByRole("button", { name: `Sign in as ${name}` }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function goWithKeyboard(page: Page, link: string, url: RegExp, heading: string) {
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(url);
  // Focus starts at the new page's heading, not on the page body.
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeFocused();
}

test("sign in, find a peer, book, open the room, give feedback and read progress with the keyboard alone", async ({
  page,
}) => {
  await test.step("sign in and find a peer", async () => {
    await signInWithKeyboard(page, "Aisha Khan");
    await goWithKeyboard(page, "Find a peer", /\/find/, "Find a peer");
  });

  await test.step("the week's open times are one Tab stop, moved through with the arrow keys", async () => {
    // System design has the most interviewers; typing on the focused list picks it, as a keyboard user would.
    await tabTo(page, page.getByLabel("Interview type"));
    await page.keyboard.type("System design");
    await expect(page.getByLabel("Interview type")).toHaveValue("system-design");
    // A later week than other specs book in, the first from next week on that has open times.
    const next = page.getByRole("button", { name: "Next week", exact: true });
    const week = page.getByRole("navigation", { name: "Weeks" }).getByRole("heading");
    const times = page.locator("button[data-start]");
    for (let i = 0; i < 3; i++) {
      const before = (await week.textContent()) ?? "";
      await tabTo(page, next);
      await page.keyboard.press("Enter");
      await expect(week).not.toHaveText(before);
      const status = page.getByRole("status").filter({ hasText: /this week$/ });
      await expect(status).toBeVisible();
      if (/^\d+ open/.test((await status.textContent()) ?? "") || !(await next.isEnabled())) break;
    }
    await expect(times.first()).toBeVisible();
    await expect(page.locator("button[data-start][tabindex='0']")).toHaveCount(1);
    await tabTo(page, page.locator("button[data-start][tabindex='0']"));
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.start);
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.start);
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.keyboard.press("Enter");
    await expect(page.locator(`button[data-start="${second}"]`)).toHaveAttribute("aria-pressed", "true");
  });

  await test.step("book the best match and go to my interviews", async () => {
    await tabTo(page, page.getByRole("button", { name: /^Book with / }).first());
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "You're booked" })).toBeVisible();
    await tabTo(page, page.getByRole("link", { name: "See my interviews" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/bookings$/);
    await expect(page.getByRole("heading", { level: 1, name: "My interviews" })).toBeFocused();
  });

  await test.step("sign out, and sign in as someone whose interview just ended", async () => {
    await tabTo(page, page.getByRole("button", { name: "Sign out" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sign-in/);
    await signInWithKeyboard(page, "Daniel Okafor");
  });

  await test.step("open the room and give feedback", async () => {
    await tabTo(page, page.getByRole("link", { name: /Give feedback/ }).first());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/interviews\/seed-await-daniel-lena#feedback-heading$/);
    await expect(page.locator("#feedback-heading")).toBeFocused();
    const form = page.getByRole("form", { name: "Your feedback on the interviewer" });
    for (const legend of ["Preparedness", "Quality of the question", "Usefulness of the feedback", "Respect"]) {
      const group = form.getByRole("group", { name: legend });
      await tabTo(page, group.getByRole("radio").first());
      // Arrow keys move through a radio group and choose as they go: four steps from 1 to 5.
      for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
      await expect(group.getByRole("radio", { name: "5, Excellent" })).toBeChecked();
    }
    await tabTo(page, form.getByRole("radio", { name: "Yes" }));
    await page.keyboard.press("Space");
    await expect(form.getByRole("radio", { name: "Yes" })).toBeChecked();
    await tabTo(page, form.getByRole("textbox", { name: /Comments/ }));
    await page.keyboard.type("Well prepared, and the question fitted the level.");
    await tabTo(page, form.getByRole("button", { name: "Submit feedback" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: /Your feedback on Lena Fischer/ })).toBeVisible();
  });

  await test.step("read progress", async () => {
    await goWithKeyboard(page, "Progress", /\/progress$/, "Progress");
  });
});

test("someone who only interviews starts on the interviewer's side", async ({ page, signInAs }) => {
  await signInAs("demo-marcus");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "How you interview" })).toBeVisible();
  await page.goto("/progress");
  const tabs = page.getByRole("navigation", { name: "Whose progress" });
  await expect(tabs.getByRole("link", { name: "As interviewer" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "As candidate" })).toHaveAttribute("href", "/progress?view=candidate");
});
