import { beforeAll, describe, expect, it } from "vitest";
import { PATCH, GET } from "../../app/api/v1/me/route";
import { db } from "../db";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes } from "../../tests/factories/users";

const valid = {
  displayName: "Ada Lovelace",
  track: "CANDIDATE",
  level: "SENIOR",
  hasEngineeringBackground: false,
  focusAreas: ["system-design", "program-execution"],
  targetCompanies: ["Google"],
  timeZone: "Asia/Kathmandu",
  languages: ["English"],
  bio: "Analyst moving into TPM.",
  meetingUrl: null,
};

beforeAll(ensureInterviewTypes);

async function patch(user: Awaited<ReturnType<typeof createTestUser>>, body: unknown) {
  return PATCH(apiRequest("/api/v1/me", { method: "PATCH", body, headers: bearer(user) }));
}

describe("PATCH /api/v1/me", () => {
  it("completes onboarding for a new user and returns the profile", async () => {
    const user = await createTestUser({ onboarded: false });
    const response = await patch(user, valid);
    expect(response.status).toBe(200);
    const me = (await response.json()) as { onboarded: boolean; profile: { focusAreas: string[]; timeZone: string } };
    expect(me.onboarded).toBe(true);
    expect(me.profile.focusAreas.sort()).toEqual(["program-execution", "system-design"]);
    expect(me.profile.timeZone).toBe("Asia/Kathmandu");
  });

  it.each([
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone"],
    ["an unknown focus area", { focusAreas: ["underwater-basket-weaving"] }, "focusAreas"],
    ["an over-long bio", { bio: "x".repeat(501) }, "bio"],
    ["an over-long display name", { displayName: "y".repeat(61) }, "displayName"],
    ["a non-https meeting link", { meetingUrl: "http://zoom.example.com/me" }, "meetingUrl"],
    ["an unknown field", { favouriteColour: "teal" }, "_"],
  ])("rejects %s with a 400 naming the field and stores nothing", async (_what, change, field) => {
    const user = await createTestUser({ onboarded: false });
    const response = await patch(user, { ...valid, ...change });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors)).toContain(field);
    expect(await db().profile.findUnique({ where: { userId: user.caller.id } })).toBeNull();
    expect(await db().profileFocusArea.count({ where: { userId: user.caller.id } })).toBe(0);
  });

  it("refuses a first save that is not a whole profile, naming what is missing", async () => {
    const user = await createTestUser({ onboarded: false });
    const response = await patch(user, { displayName: "Only a name" });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors)).toEqual(expect.arrayContaining(["track", "level", "timeZone", "focusAreas"]));
  });

  it("keeps the old profile intact when an edit is invalid", async () => {
    const user = await createTestUser({ onboarded: false });
    await patch(user, valid);
    const bad = await patch(user, { focusAreas: ["nope"], bio: "changed" });
    expect(bad.status).toBe(400);
    const me = (await (await GET(apiRequest("/api/v1/me", { headers: bearer(user) }))).json()) as {
      profile: { bio: string; focusAreas: string[] };
    };
    expect(me.profile.bio).toBe(valid.bio);
    expect(me.profile.focusAreas).toHaveLength(2);
  });

  it("answers malformed JSON with a 400, not a 500", async () => {
    const user = await createTestUser();
    const response = await PATCH(
      apiRequest("/api/v1/me", { method: "PATCH", rawBody: "{oops", headers: bearer(user) }),
    );
    expect(response.status).toBe(400);
  });
});
