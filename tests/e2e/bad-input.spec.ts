import { expect, test } from "@playwright/test";

/**
 * What the in-process route fuzz (tests/security/route-fuzz.int.test.ts) cannot
 * see: Next's own handling before a route runs. Malformed percent-encoding in a
 * path segment and a malformed session cookie get clear 4xx answers, not 500s.
 */
const MALFORMED = ["%ZZ", "%E0%A4%A", "%ED%A0%80"];

for (const segment of MALFORMED) {
  test(`an [id] API route with ${segment} in its path is a problem+json 400`, async ({ request }) => {
    for (const [method, path] of [
      ["GET", `/api/v1/users/${segment}`],
      ["POST", `/api/v1/bookings/${segment}/cancel`],
      ["GET", `/api/v1/no/such/${segment}`],
    ] as const) {
      const response = await request.fetch(path, { method, data: method === "POST" ? {} : undefined });
      expect(response.status(), `${method} ${path}`).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 400, errors: { path: [expect.any(String)] } });
    }
  });
}

test("a page with malformed percent-encoding in its address is a 400, not a 500", async ({ request }) => {
  const response = await request.get("/interviews/%E0%A4%A");
  expect(response.status()).toBe(400);
});

test("well-formed percent-encoding still reaches the route", async ({ request }) => {
  const response = await request.get("/api/v1/users/no%20such%20user");
  expect(response.status()).toBe(401);
});

for (const cookie of ["%E0%A4%A", "%00", "a%00b", "%ZZ"]) {
  test(`a malformed session cookie (${cookie}) is signed out: 401 from the API, the sign-in page for pages`, async ({
    request,
  }) => {
    const headers = { cookie: `mockloop.session=${cookie}` };
    const api = await request.get("/api/v1/me", { headers });
    expect(api.status()).toBe(401);
    expect(api.headers()["content-type"]).toContain("application/problem+json");
    const page = await request.get("/dashboard", { headers, maxRedirects: 0 });
    expect(page.status()).toBeLessThan(400);
    expect(page.headers()["location"] ?? "").toContain("/sign-in");
  });
}
