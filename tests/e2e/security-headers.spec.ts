import { expect, test } from "./support/fixtures";

/** proxy.ts: every page and API answer carries the security headers of decision 0018. */

test("a page gets a fresh nonce-based CSP and the framing, sniffing and referrer headers", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("frame-src https://meet.jit.si");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  // Next put the same nonce on its own scripts, or the page could not hydrate.
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  expect(first.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
  });
  // Served over plain http here, so no HSTS (browsers would ignore it, and a local http site must stay reachable).
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
});

test("API answers, errors included, carry the headers too", async ({ request }) => {
  for (const path of ["/api/v1/health", "/api/v1/no-such-thing", "/api/v1/me"]) {
    const response = await request.get(path);
    expect(response.headers(), path).toMatchObject({
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
    });
  }
});

test("the CSP check catches what the policy blocks", async ({ page, cspViolations }) => {
  await page.goto("/");
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "https://tracker.example/pixel.png";
    document.body.append(image);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.join("\n")).toMatch(/img-src|tracker\.example/);
  // Seen: empty the list so the fixture's own check passes.
  cspViolations.length = 0;
});
