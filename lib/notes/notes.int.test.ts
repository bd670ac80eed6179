import { beforeAll, describe, expect, it } from "vitest";
import { GET as roomRoute } from "../../app/api/v1/interviews/[id]/route";
import { GET as getNotesRoute, PUT as putNotesRoute } from "../../app/api/v1/interviews/[id]/notes/route";
import { db } from "../db";
import { FEEDBACK_LIMITS } from "../feedback/feedback.schema";
import { getCurrentRubric, publishRubricVersion } from "../rubrics/rubrics";
import { insertTestBooking } from "../../tests/factories/bookings";
import { apiRequest, sameOrigin } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";

const MINUTE = 60_000;
const p = (id: string) => ({ params: Promise.resolve({ id }) });

const getNotes = (user: TestUser, id: string) =>
  getNotesRoute(apiRequest(`/api/v1/interviews/${id}/notes`, { headers: bearer(user) }), p(id));
const putNotes = (user: TestUser, id: string, body: unknown) =>
  putNotesRoute(apiRequest(`/api/v1/interviews/${id}/notes`, { method: "PUT", body, headers: bearer(user) }), p(id));
const getRoom = (user: TestUser, id: string) =>
  roomRoute(apiRequest(`/api/v1/interviews/${id}`, { headers: bearer(user) }), p(id));

let seq = 0;
/** A booking starting `minutesFromNow` from now, each in its own hour so the exclusion constraint never bites. */
async function booking(minutesFromNow: number) {
  const interviewer = await createTestUser();
  const candidate = await createTestUser();
  const start = new Date(Date.now() + minutesFromNow * MINUTE + seq++ * 1000);
  const row = await insertTestBooking(candidate, interviewer, start);
  return { interviewer, candidate, id: row.id };
}

beforeAll(async () => {
  await ensureInterviewTypes();
  await publishRubricVersion(null, "system-design", {
    title: "System design v1",
    competencies: [
      {
        key: "architecture",
        name: "Architecture",
        description: "Components and how they talk.",
        weight: 1,
        descriptors: ["No structure", "Some parts", "Sound design", "Elegant and complete"],
      },
    ],
  });
});

describe("private notes", () => {
  it("saves and reads back the author's own notes once the room is open", async () => {
    const { interviewer, candidate, id } = await booking(5);
    const empty = await getNotes(interviewer, id);
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ body: "", updatedAt: null });

    const saved = await putNotes(interviewer, id, { body: "Asked about caching first." });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { body: string }).body).toBe("Asked about caching first.");

    const again = await putNotes(interviewer, id, { body: "Asked about caching first. Then sharding." });
    expect(again.status).toBe(200);
    const read = (await (await getNotes(interviewer, id)).json()) as { body: string; updatedAt: string };
    expect(read.body).toBe("Asked about caching first. Then sharding.");
    expect(read.updatedAt).not.toBeNull();

    // The other participant has their own, empty notes: nothing leaks across.
    expect(((await (await getNotes(candidate, id)).json()) as { body: string }).body).toBe("");
    await putNotes(candidate, id, { body: "Remember to ask about the team." });
    expect(((await (await getNotes(interviewer, id)).json()) as { body: string }).body).toBe(
      "Asked about caching first. Then sharding.",
    );
    expect(await db().interviewNote.count({ where: { bookingId: id } })).toBe(2);
  });

  it("answers 404 to a third user, for reading and for writing, and writes nothing", async () => {
    const { interviewer, id } = await booking(-30);
    await putNotes(interviewer, id, { body: "secret" });
    const stranger = await createTestUser();
    expect((await getNotes(stranger, id)).status).toBe(404);
    expect((await putNotes(stranger, id, { body: "mine now" })).status).toBe(404);
    const admin = await createTestUser({ role: "ADMIN" });
    expect((await getNotes(admin, id)).status).toBe(404);
    expect(await db().interviewNote.count({ where: { bookingId: id } })).toBe(1);
    expect((await db().interviewNote.findFirstOrThrow({ where: { bookingId: id } })).body).toBe("secret");
  });

  it("refuses notes before the room opens (10 minutes before the start)", async () => {
    const { interviewer, id } = await booking(30);
    const read = await getNotes(interviewer, id);
    expect(read.status).toBe(409);
    const write = await putNotes(interviewer, id, { body: "too early" });
    expect(write.status).toBe(409);
    expect(((await write.json()) as { detail: string }).detail).toMatch(/10 minutes before the start/);
    expect(await db().interviewNote.count({ where: { bookingId: id } })).toBe(0);
  });

  it("refuses notes over the length limit with a field error, keeping what was saved", async () => {
    const { candidate, id } = await booking(-5);
    await putNotes(candidate, id, { body: "kept" });
    const tooLong = await putNotes(candidate, id, { body: "x".repeat(FEEDBACK_LIMITS.notes + 1) });
    expect(tooLong.status).toBe(400);
    const problem = (await tooLong.json()) as { errors: Record<string, string[]> };
    expect(problem.errors.body?.[0]).toMatch(/at most/);
    expect((await putNotes(candidate, id, { body: 42 })).status).toBe(400);
    expect(((await (await getNotes(candidate, id)).json()) as { body: string }).body).toBe("kept");
    expect((await putNotes(candidate, id, { body: "y".repeat(FEEDBACK_LIMITS.notes) })).status).toBe(200);
  });

  it("refuses a cookie write from another site", async () => {
    const { interviewer, id } = await booking(0);
    const forged = await putNotesRoute(
      apiRequest(`/api/v1/interviews/${id}/notes`, {
        method: "PUT",
        body: { body: "forged" },
        sessionToken: interviewer.sessionToken,
        headers: { origin: "https://evil.example" },
      }),
      p(id),
    );
    expect(forged.status).toBe(403);
    const ok = await putNotesRoute(
      apiRequest(`/api/v1/interviews/${id}/notes`, {
        method: "PUT",
        body: { body: "mine" },
        sessionToken: interviewer.sessionToken,
        headers: sameOrigin,
      }),
      p(id),
    );
    expect(ok.status).toBe(200);
  });
});

describe("the interview room", () => {
  async function withQuestion(id: string) {
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
    const rubric = await getCurrentRubric("system-design");
    const question = await db().question.create({
      data: {
        slug: `q-${id}`,
        interviewTypeId: type.id,
        title: "Design a URL shortener",
        prompt: "Design it.",
        guide: "## What a strong answer covers\n\nScope.\n\n## Follow-up questions\n\n- What about abuse?",
        difficulty: "MEDIUM",
        status: "APPROVED",
      },
    });
    await db().booking.update({ where: { id }, data: { questionId: question.id, rubricVersionId: rubric!.id } });
  }
  type Room = { open: boolean; question: unknown; guide: string | null; rubric: { competencies: unknown[] } | null };

  it("shows the question to both once open, the guide and rubric only to the interviewer", async () => {
    const { interviewer, candidate, id } = await booking(9);
    await withQuestion(id);
    const mine = (await (await getRoom(interviewer, id)).json()) as Room & { role: string };
    expect(mine.role).toBe("INTERVIEWER");
    expect(mine.open).toBe(true);
    expect(mine.question).toMatchObject({ title: "Design a URL shortener", prompt: "Design it." });
    expect(mine.guide).toContain("Follow-up questions");
    expect(mine.rubric?.competencies).toHaveLength(1);

    const theirs = (await (await getRoom(candidate, id)).json()) as Room & { role: string };
    expect(theirs.role).toBe("CANDIDATE");
    expect(theirs.question).toMatchObject({ title: "Design a URL shortener" });
    expect(theirs.guide).toBeNull();
    expect(theirs.rubric).toBeNull();
  });

  it("keeps the question back before the room opens, and answers 404 to anyone else", async () => {
    const { interviewer, id } = await booking(60);
    await withQuestion(id);
    const early = (await (await getRoom(interviewer, id)).json()) as Room & { opensAt: string; startsAt: string };
    expect(early.open).toBe(false);
    expect(early.question).toBeNull();
    expect(early.guide).toBeNull();
    expect(Date.parse(early.startsAt) - Date.parse(early.opensAt)).toBe(10 * MINUTE);
    const stranger = await createTestUser();
    expect((await getRoom(stranger, id)).status).toBe(404);
    expect((await getRoom(stranger, "no-such-booking")).status).toBe(404);
  });
});
