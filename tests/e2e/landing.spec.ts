import { expect, test } from "./support/fixtures";

test("the landing page explains MockLoop and leads to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Practise TPM interviews");
  await expect(page.getByRole("link", { name: "Start practising" })).toHaveAttribute("href", "/sign-in");
  // Keyboard users reach the skip link first.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
});

test("health answers 200 with the version and database status, with a request id", async ({ request }) => {
  const response = await request.get("/api/v1/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-request-id"]).toBeTruthy();
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
});

test("an unknown API path is a problem+json 404, not an HTML page", async ({ request }) => {
  const response = await request.get("/api/v1/no-such-thing");
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  expect(await response.json()).toMatchObject({ status: 404, title: "Not found" });
});
