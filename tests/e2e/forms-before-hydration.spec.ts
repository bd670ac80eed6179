import { E2E_ORIGIN, expect, test, type Page } from "./support/fixtures";

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
      const response = await page.request.post("/api/v1/auth/demo", { headers: E2E_ORIGIN, data: { userId: "demo-sofia" } });
      expect(response.status()).toBe(204);
    }
    await withoutJavaScript(page);
    await page.goto(form.path);
    const region = page.getByRole("region", { name: form.region });
    const value = form.field === "E-mail address" ? "private.words@example.com" : SECRET_TEXT;
    await region.getByLabel(form.field).fill(value);

    const navigation = page.waitForRequest((request) => request.isNavigationRequest() && request.frame() === page.mainFrame());
    await region.getByRole("button", { name: form.button }).click();
    const submitted = await navigation;

    expect(submitted.method()).toBe("POST");
    expect(new URL(submitted.url()).search).toBe("");
    await expect(page.getByRole("region", { name: form.region })).toBeVisible();
    expect(new URL(page.url()).search).toBe("");
    expect(page.url()).not.toContain(encodeURIComponent(value).slice(0, 10));
  });
}
