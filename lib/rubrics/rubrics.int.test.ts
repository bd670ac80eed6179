import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as book } from "../../app/api/v1/bookings/route";
import { PUT as putRubric, GET as getRubric } from "../../app/api/v1/rubrics/[type]/route";
import { db } from "../db";
import { apiRequest } from "../../tests/factories/requests";
import { openAvailability } from "../../tests/factories/availability";
import { testCompetency as competency } from "../../tests/factories/feedback";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import type { RubricInput } from "./rubric.schema";

const v1: RubricInput = {
  title: "Technical depth v1",
  competencies: [competency("fundamentals", 0.5), competency("databases-data", 0.5)],
};
const v2: RubricInput = {
  title: "Technical depth v2",
  competencies: [
    competency("fundamentals", 0.4),
    competency("databases-data", 0.3),
    competency("debugging-reasoning", 0.3),
  ],
};

let admin: TestUser;
const params = { params: Promise.resolve({ type: "technical-depth" }) };
const publish = (user: TestUser, body: unknown) =>
  putRubric(apiRequest("/api/v1/rubrics/technical-depth", { method: "PUT", body, headers: bearer(user) }), params);

beforeAll(async () => {
  await ensureInterviewTypes();
  admin = await createTestUser({ role: "ADMIN" });
});

describe("rubric versions", () => {
  it("editing creates a new version; a booking made before the edit keeps the old one", async () => {
    const first = (await (await publish(admin, v1)).json()) as { id: string; version: number };
    const interviewer = await createTestUser();
    await openAvailability(interviewer.caller);
    const candidate = await createTestUser();
    const start = new Date(Date.now() + 5 * 86_400_000);
    start.setUTCHours(10, 0, 0, 0);
    const response = await book(
      apiRequest("/api/v1/bookings", {
        method: "POST",
        body: { interviewerId: interviewer.caller.id, interviewType: "technical-depth", start: start.toISOString() },
        headers: { ...bearer(candidate), "idempotency-key": randomUUID() },
      }),
    );
    expect(response.status).toBe(201);
    const { id: bookingId } = (await response.json()) as { id: string };

    const second = (await (await publish(admin, v2)).json()) as { id: string; version: number };
    expect(second.version).toBe(first.version + 1);
    const current = (await (
      await getRubric(apiRequest("/api/v1/rubrics/technical-depth", { headers: bearer(candidate) }), params)
    ).json()) as {
      id: string;
      competencies: { key: string }[];
    };
    expect(current.id).toBe(second.id);
    expect(current.competencies.map((c) => c.key)).toEqual(["fundamentals", "databases-data", "debugging-reasoning"]);

    const booking = await db().booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(booking.rubricVersionId).toBe(first.id);
    const old = await db().rubricCompetency.findMany({ where: { rubricVersionId: first.id } });
    expect(old.map((c) => c.weight)).toEqual([0.5, 0.5]);
  });

  it("refuses weights that don't add up to 1, duplicate keys, and non-admins", async () => {
    const bad = await publish(admin, {
      ...v1,
      competencies: [competency("fundamentals", 0.5), competency("fundamentals", 0.2)],
    });
    expect(bad.status).toBe(400);
    const errors = ((await bad.json()) as { errors: Record<string, string[]> }).errors;
    expect(errors["competencies"]?.[0]).toMatch(/add up to 1/);
    expect(errors["competencies.1.key"]?.[0]).toMatch(/only once/);
    const user = await createTestUser();
    expect((await publish(user, v1)).status).toBe(404);
  });
});
