import { expect, test } from "./support/fixtures";

test("signing in as a demo user lands on their dashboard; signing out locks the dashboard again", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Try it as a demo user" })).toBeVisible();
  const priya = page.getByRole("button", { name: /Sign in as Priya Raman/ });
  await expect(priya).toContainText("Asia/Kolkata");
  await expect(priya).toContainText("Candidate · mid level");
  await priya.click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome, Priya Raman" })).toBeVisible();

  // Signed in, the sign-in page is no longer where you belong.
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to MockLoop" })).toBeVisible();

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in$/);
});
