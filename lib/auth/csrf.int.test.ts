import { describe, expect, it } from "vitest";
import { PATCH } from "../../app/api/v1/me/route";
import { POST as createToken } from "../../app/api/v1/me/tokens/route";
import { db } from "../db";
import { apiRequest, sameOrigin } from "../../tests/factories/requests";
import { createTestUser } from "../../tests/factories/users";

// A cross-site form or fetch can send a text/plain POST with the victim's cookie and no
// CORS preflight; the Origin check is what stops it.
describe("cross-site request protection for cookie-authenticated writes", () => {
  it("refuses a cross-origin text/plain POST carrying the session cookie", async () => {
    const user = await createTestUser();
    const response = await createToken(
      apiRequest("/api/v1/me/tokens", {
        method: "POST",
        rawBody: JSON.stringify({ name: "stolen" }),
        headers: { "content-type": "text/plain", origin: "https://evil.example" },
        sessionToken: user.sessionToken,
      }),
    );
    expect(response.status).toBe(403);
    expect(await db().apiToken.count({ where: { userId: user.caller.id, name: "stolen" } })).toBe(0);
  });

  it("refuses a cookie-authenticated write with no Origin or Referer at all", async () => {
    const user = await createTestUser();
    const response = await PATCH(
      apiRequest("/api/v1/me", { method: "PATCH", body: { bio: "hijacked" }, sessionToken: user.sessionToken }),
    );
    expect(response.status).toBe(403);
  });

  it("allows a write from the address the browser used (127.0.0.1 beside a localhost PUBLIC_URL), not from another", async () => {
    const user = await createTestUser();
    const write = (headers: Record<string, string>) =>
      createToken(
        apiRequest("/api/v1/me/tokens", {
          method: "POST",
          body: { name: "by-address" },
          headers,
          sessionToken: user.sessionToken,
        }),
      );
    expect((await write({ host: "127.0.0.1:3999", origin: "http://127.0.0.1:3999" })).status).toBe(201);
    expect((await write({ host: "127.0.0.1:3999", origin: "http://127.0.0.1:4000" })).status).toBe(403);
    expect((await write({ host: "127.0.0.1:3999", origin: "https://evil.example" })).status).toBe(403);
  });

  it("allows the same write from our own origin", async () => {
    const user = await createTestUser();
    const response = await createToken(
      apiRequest("/api/v1/me/tokens", {
        method: "POST",
        body: { name: "mine" },
        headers: sameOrigin,
        sessionToken: user.sessionToken,
      }),
    );
    expect(response.status).toBe(201);
  });
});
