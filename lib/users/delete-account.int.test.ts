import { describe, expect, it } from "vitest";
import { DELETE as deleteMe, GET as getMe } from "../../app/api/v1/me/route";
import { GET as getPerson } from "../../app/api/v1/users/[id]/route";
import { db } from "../db";
import { apiRequest, sameOrigin } from "../../tests/factories/requests";
import { bearer, createTestUser } from "../../tests/factories/users";

describe("delete my account", () => {
  it("anonymises the user, ends every way in, and keeps rows that point at them", async () => {
    const leaving = await createTestUser();
    const staying = await createTestUser();
    // Something of the counterpart's that refers to the leaving user (bookings and feedback
    // will do the same): an audit entry authored by them must survive with its foreign key.
    await db().auditLog.create({
      data: { actorId: leaving.caller.id, action: "test.shared", entityType: "user", entityId: staying.caller.id },
    });

    const response = await deleteMe(
      apiRequest("/api/v1/me", { method: "DELETE", sessionToken: leaving.sessionToken, headers: sameOrigin }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toMatch(/Expires=Thu, 01 Jan 1970/);

    const row = await db().user.findUniqueOrThrow({ where: { id: leaving.caller.id }, include: { profile: true } });
    expect(row.email).toBeNull();
    expect(row.deletedAt).not.toBeNull();
    expect(row.profile?.displayName).toBe("Deleted user");
    expect(row.profile?.bio).toBe("");
    expect(await db().session.count({ where: { userId: leaving.caller.id } })).toBe(0);

    expect((await getMe(apiRequest("/api/v1/me", { headers: bearer(leaving) }))).status).toBe(401);
    expect((await getMe(apiRequest("/api/v1/me", { sessionToken: leaving.sessionToken }))).status).toBe(401);
    const card = await getPerson(apiRequest(`/api/v1/users/${leaving.caller.id}`, { headers: bearer(staying) }), {
      params: Promise.resolve({ id: leaving.caller.id }),
    });
    expect(card.status).toBe(404);

    const shared = await db().auditLog.findFirst({ where: { action: "test.shared", entityId: staying.caller.id } });
    expect(shared?.actorId).toBe(leaving.caller.id);
    expect((await getMe(apiRequest("/api/v1/me", { headers: bearer(staying) }))).status).toBe(200);
  });

  it("cannot be bypassed by deleting the row: foreign keys to users are RESTRICT", async () => {
    const user = await createTestUser();
    await expect(db().user.delete({ where: { id: user.caller.id } })).rejects.toThrow();
    expect(await db().user.count({ where: { id: user.caller.id } })).toBe(1);
  });
});
