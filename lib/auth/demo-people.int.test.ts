import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/v1/auth/demo/route";
import { DEMO_USERS } from "../../prisma/seed-data/demo-users";
import { db } from "../db";
import { env } from "../env";
import { apiRequest, sameOrigin } from "../../tests/factories/requests";
import { createTestUser } from "../../tests/factories/users";
import { listDemoUsers } from "./demo-sign-in";

// Demo mode on (DEMO_MODE=1 with this machine's database), as in the e2e server; env() is read lazily.
process.env.DEMO_MODE = "1";

const demo = (userId: string, headers: Record<string, string> = sameOrigin) =>
  POST(apiRequest("/api/v1/auth/demo", { method: "POST", body: { userId }, headers }));

beforeAll(async () => {
  for (const { id, email, role, displayName, track, level, timeZone } of DEMO_USERS) {
    await db().user.create({
      data: {
        id,
        email,
        role,
        name: displayName,
        profile: {
          create: { displayName, track, level, timeZone, hasEngineeringBackground: false, languages: ["English"] },
        },
      },
    });
  }
  // People who sign up later, named to sort before Priya: they must not crowd the demo people out.
  for (let i = 0; i < 60; i++) await createTestUser();
  await createTestUser({ role: "ADMIN" });
});

describe("demo sign-in", () => {
  it("is on in this file", () => expect(env().DEMO_MODE).toBe(true));

  it("signs in as a seeded demo person", async () => {
    const response = await demo("demo-priya");
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toMatch(/mockloop\.session=/);
  });

  it("refuses anyone else: a person who signed up, a real admin", async () => {
    for (const role of ["USER", "ADMIN"] as const) {
      const person = await createTestUser({ role });
      const before = await db().session.count({ where: { userId: person.caller.id } });
      const response = await demo(person.caller.id);
      expect(response.status).toBe(404);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(await db().session.count({ where: { userId: person.caller.id } })).toBe(before);
    }
  });

  it("refuses a request from another site (login CSRF), and one with no Origin", async () => {
    for (const headers of [{ origin: "https://evil.example" }, {}] as Record<string, string>[]) {
      const before = await db().session.count({ where: { userId: "demo-wei" } });
      const response = await demo("demo-wei", headers);
      expect(response.status).toBe(403);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(await db().session.count({ where: { userId: "demo-wei" } })).toBe(before);
    }
  });

  it("lists exactly the seeded demo people, however many others sign up", async () => {
    const listed = (await listDemoUsers()).map((u) => u.id).sort();
    expect(listed).toEqual(DEMO_USERS.map((u) => u.id).sort());
  });
});
