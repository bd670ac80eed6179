import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { E2E_ORIGIN, expect, test } from "./support/fixtures";
import { e2eDatabase } from "./support/e2e-database";
import { createOwnUser, signedInPage } from "./support/own-people";

/**
 * The "not found" page. Its HTTP status is 200, not 404: app/loading.tsx puts
 * every page under a Suspense boundary, so the response has started streaming
 * before a page calls notFound() (Next then adds a noindex tag instead).
 */
async function expectNotFoundPage(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
}

// Who this spec signs in as: demo-sofia (tokens, profile cards), demo-aisha (edits her bio), a person of its own
// (signed out everywhere), demo-priya (looks at a deleted profile) and demo-grace (deleted).
test("an API token is shown once, works as a Bearer token, and stops working once revoked", async ({
  page,
  signInAs,
  request,
}) => {
  await signInAs("demo-sofia");
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "API tokens" });
  await expect(section.getByText("Times are shown in your zone, America/New_York.")).toBeVisible();

  await section.getByLabel("Token name").fill("E2E calendar script");
  await section.getByRole("button", { name: "Create token" }).click();

  await expect(section.getByText("Copy your new token now. You won't see it again.")).toBeVisible();
  const secretField = section.getByRole("textbox", { name: "Your new token" });
  await expect(secretField).toBeFocused();
  await expect(secretField).toHaveAttribute("readonly", "");
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^ml_[\w-]{40,}$/);

  const item = section
    .getByRole("list", { name: "API tokens" })
    .getByRole("listitem")
    .filter({ hasText: "E2E calendar script" });
  await expect(item).toContainText(`${secret.slice(0, 9)}…`);
  await expect(item).toContainText("Never");

  const asToken = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(asToken.status()).toBe(200);
  expect(await asToken.json()).toMatchObject({ id: "demo-sofia", email: "sofia@demo.mockloop.dev" });

  // Once dismissed (or after a reload) the secret is gone for good; the list now shows when it was used.
  await section.getByRole("button", { name: "I've copied it" }).click();
  await expect(secretField).toHaveCount(0);
  await expect(section.getByLabel("Token name")).toBeFocused();
  await page.reload();
  expect(await page.content()).not.toContain(secret);
  await expect(item).not.toContainText("Never");

  // Escape cancels the confirmation and keeps the token.
  await item.getByRole("button", { name: "Revoke E2E calendar script" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Revoke “E2E calendar script”?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(item).toBeVisible();

  await item.getByRole("button", { name: "Revoke E2E calendar script" }).click();
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(dialog).toBeHidden();
  await expect(item).toHaveCount(0);

  const revoked = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(revoked.status()).toBe(401);
});

test("a token needs a name; the field says so", async ({ page, signInAs }) => {
  await signInAs("demo-sofia");
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "API tokens" });
  await section.getByRole("button", { name: "Create token" }).click();
  const name = section.getByLabel("Token name");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Give the token a name/);
});

test("the profile section saves changes and says so", async ({ page, signInAs }) => {
  await signInAs("demo-aisha");
  await page.goto("/settings");
  const profile = page.getByRole("region", { name: "Profile" });
  await expect(profile.getByLabel("Your name")).toHaveValue("Aisha Khan");
  await profile
    .getByLabel("Short bio")
    .fill("Design program manager learning databases and APIs for my first TPM role (and summer).");
  await profile.getByRole("button", { name: "Save changes" }).click();
  await expect(profile.getByText("Saved. Your profile is up to date.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Short bio")).toHaveValue(/\(and summer\)/);
});

test("sign out everywhere ends the session on every device", async ({ browser, baseURL, cspViolations }) => {
  // A person of this test's own: admin.spec suspends the demo people's Ananya, which would sign her out too.
  const db = await e2eDatabase();
  const id = `e2e-everywhere-${randomUUID().slice(0, 8)}`;
  try {
    await createOwnUser(db, id, "Evi Everywhere");
    const laptop = await signedInPage(db, browser, baseURL!, id, cspViolations);
    // A second browser (its own cookies and session), as if on another device.
    const phone = await signedInPage(db, browser, baseURL!, id, cspViolations);
    await phone.goto("/dashboard");
    await expect(phone.getByRole("heading", { level: 1, name: "Welcome, Evi Everywhere" })).toBeVisible();

    await laptop.goto("/settings");
    await laptop.getByRole("region", { name: "Sessions" }).getByRole("button", { name: "Sign out everywhere" }).click();
    const dialog = laptop.getByRole("alertdialog", { name: "Sign out everywhere?" });
    await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(laptop).toHaveURL(/\/sign-in$/);

    await phone.goto("/dashboard");
    await expect(phone).toHaveURL(/\/sign-in$/);
    await Promise.all([laptop.context().close(), phone.context().close()]);
  } finally {
    await db.end();
  }
});

test("someone's profile card shows what they practise, never their e-mail", async ({ page, signInAs }) => {
  await signInAs("demo-sofia");
  const response = await page.goto("/people/demo-marcus");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Marcus Bell" })).toBeVisible();
  await expect(page.getByText("Interviewing others · Staff or principal")).toBeVisible();
  await expect(page.getByRole("list", { name: "Focus areas" })).toContainText("System design");
  await expect(page.getByText("America/Los_Angeles")).toBeVisible();
  expect(await page.content()).not.toContain("marcus@demo.mockloop.dev");

  await page.goto("/people/no-such-person");
  await expectNotFoundPage(page);
});

// demo-grace is used by this test only: no other spec may sign in as her, because her account is gone afterwards.
test("deleting your account needs DELETE typed, signs you out and leaves a 404 behind", async ({
  page,
  signInAs,
  pageAs,
}) => {
  await signInAs("demo-grace");
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Delete my account" });
  await expect(section).toContainText("“Deleted user”");
  await section.getByRole("button", { name: "Delete my account" }).click();

  const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
  const confirm = dialog.getByRole("button", { name: "Delete my account" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type DELETE to confirm").fill("delete");
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type DELETE to confirm").fill("DELETE");
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(page).toHaveURL(/\/$/);

  const again = await page.request.post("/api/v1/auth/demo", { headers: E2E_ORIGIN, data: { userId: "demo-grace" } });
  expect(again.status()).toBe(404);
  const gone = await page.request.get("/api/v1/me");
  expect(gone.status()).toBe(401);

  const other = await pageAs("demo-priya");
  await other.goto("/people/demo-grace");
  await expectNotFoundPage(other);
  expect((await other.request.get("/api/v1/users/demo-grace")).status()).toBe(404);
});
