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

test("the page has an icon, a web app manifest and a social preview image that all load", async ({ page, request }) => {
  await page.goto("/");
  for (const selector of ['link[rel="icon"]', 'link[rel="manifest"]', 'meta[property="og:image"]']) {
    const element = page.locator(selector).first();
    const url = (await element.getAttribute("href")) ?? (await element.getAttribute("content"));
    expect(url, selector).toBeTruthy();
    const response = await request.get(new URL(url!, page.url()).pathname);
    expect(response.status(), `${selector} → ${url}`).toBe(200);
  }
});
