import { describe, expect, it } from "vitest";
import { GET as getMe } from "../../app/api/v1/me/route";
import { DELETE as signOutEverywhere } from "../../app/api/v1/me/sessions/route";
import { PATCH as adminPatchUser } from "../../app/api/v1/admin/users/[id]/route";
import { db } from "../db";
import { apiRequest, sameOrigin } from "../../tests/factories/requests";
import { bearer, createTestUser } from "../../tests/factories/users";
import { revokeApiToken } from "./api-tokens";

const me = (headers: Record<string, string>) => getMe(apiRequest("/api/v1/me", { headers }));

describe("Bearer token authentication", () => {
  it("authenticates a valid token as its owner and records when it was used", async () => {
    const user = await createTestUser();
    const response = await me(bearer(user));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe(user.caller.id);
    const stored = await db().apiToken.findFirstOrThrow({ where: { userId: user.caller.id } });
    expect(stored.lastUsedAt).not.toBeNull();
    // Only the hash is stored, never the secret.
    expect(stored.tokenHash).not.toContain(user.apiToken);
    expect(JSON.stringify(stored)).not.toContain(user.apiToken);
  });

  it("refuses a revoked token", async () => {
    const user = await createTestUser();
    const token = await db().apiToken.findFirstOrThrow({ where: { userId: user.caller.id } });
    await revokeApiToken(user.caller, token.id);
    const response = await me(bearer(user));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it('stops working after "Sign out everywhere", with every session', async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    expect((await me(bearer(user))).status).toBe(200);
    const response = await signOutEverywhere(
      apiRequest("/api/v1/me/sessions", { method: "DELETE", sessionToken: user.sessionToken, headers: sameOrigin }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ revoked: 1, tokensRevoked: 1 });
    expect((await me(bearer(user))).status).toBe(401);
    expect((await getMe(apiRequest("/api/v1/me", { sessionToken: user.sessionToken }))).status).toBe(401);
    // Only the caller's own: someone else's token keeps working.
    expect((await me(bearer(other))).status).toBe(200);
  });

  it("refuses a wrong token, even when a valid session cookie is also sent", async () => {
    const user = await createTestUser();
    const response = await getMe(
      apiRequest("/api/v1/me", {
        headers: { authorization: "Bearer ml_not-a-real-token" },
        sessionToken: user.sessionToken,
      }),
    );
    expect(response.status).toBe(401);
    expect((await me({ authorization: "Basic dXNlcjpwYXNz" })).status).toBe(401);
  });

  it("stops working when an admin suspends the user, and their sessions are revoked", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const user = await createTestUser();
    const suspend = await adminPatchUser(
      apiRequest(`/api/v1/admin/users/${user.caller.id}`, {
        method: "PATCH",
        body: { suspended: true },
        headers: bearer(admin),
      }),
      { params: Promise.resolve({ id: user.caller.id }) },
    );
    expect(suspend.status).toBe(200);
    expect((await me(bearer(user))).status).toBe(401);
    expect((await getMe(apiRequest("/api/v1/me", { sessionToken: user.sessionToken }))).status).toBe(401);
    expect(await db().session.count({ where: { userId: user.caller.id } })).toBe(0);
  });

  it("a revoke by someone else is a 404 and leaves the token working", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const token = await db().apiToken.findFirstOrThrow({ where: { userId: owner.caller.id } });
    await expect(revokeApiToken(other.caller, token.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await me(bearer(owner))).status).toBe(200);
  });
});
