import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as attemptRoute } from "../../app/api/v1/me/solo-attempts/[id]/route";
import { POST as submitRoute } from "../../app/api/v1/me/solo-attempts/[id]/submit/route";
import { POST as startRoute } from "../../app/api/v1/me/solo-attempts/route";
import { ensureTestRubric, setUpFeedbackTests } from "../../tests/factories/feedback";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, type TestUser } from "../../tests/factories/users";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { chooseQuestionForBooking } from "../questions/choose-question-for-booking";
import { getQuestion } from "../questions/get-question";
import { liveOnlyQuestionIdsSql } from "../questions/live-only";
import { GET as historyRoute } from "../../app/api/v1/me/history/route";
import { GET as jsonExportRoute } from "../../app/api/v1/me/history.json/route";
import type { ExportRow } from "../progress/export-history";
import { getProgress } from "../progress/get-progress";
import type { HistoryPage } from "../progress/progress.types";
import { listSoloQuestions } from "./list-solo-questions";
import type { SoloAttemptView } from "./solo.types";

// Each type gets its own rubric and questions; this file's database is its own clone.
const SLUG = "product-sense";
setUpFeedbackTests(SLUG, ["framing", "prioritisation"]);
afterEach(() => vi.restoreAllMocks());

const p = (id: string) => ({ params: Promise.resolve({ id }) });
const start = (user: TestUser, body: unknown) =>
  startRoute(apiRequest("/api/v1/me/solo-attempts", { method: "POST", body, headers: bearer(user) }));
const read = (user: TestUser, id: string) =>
  attemptRoute(apiRequest(`/api/v1/me/solo-attempts/${id}`, { headers: bearer(user) }), p(id));
const submit = (user: TestUser, id: string, body: unknown) =>
  submitRoute(
    apiRequest(`/api/v1/me/solo-attempts/${id}/submit`, { method: "POST", body, headers: bearer(user) }),
    p(id),
  );

let typeId = "";
const questionIds: string[] = [];

beforeAll(async () => {
  await ensureTestRubric(SLUG, ["framing", "prioritisation"]);
  typeId = (await db().interviewType.findUniqueOrThrow({ where: { slug: SLUG } })).id;
  const difficulties = [
    "EASY",
    "EASY",
    "EASY",
    "MEDIUM",
    "MEDIUM",
    "MEDIUM",
    "MEDIUM",
    "HARD",
    "HARD",
    "HARD",
  ] as const;
  for (const [i, difficulty] of difficulties.entries()) {
    const q = await db().question.create({
      data: {
        slug: `solo-${i}-${randomUUID().slice(0, 8)}`,
        interviewTypeId: typeId,
        title: `Solo question ${i}`,
        prompt: `Prompt ${i}`,
        guide: `Guide ${i}: what a strong answer covers.`,
        difficulty,
        tags: [],
        companies: [],
        competencyKeys: ["framing"],
        status: "APPROVED",
      },
    });
    questionIds.push(q.id);
  }
});

async function liveOnly(): Promise<Set<string>> {
  const rows = await db().$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT id FROM questions WHERE interview_type_id = ${typeId} AND id IN (${liveOnlyQuestionIdsSql()})`,
  );
  return new Set(rows.map((r) => r.id));
}

describe("the live-only share", () => {
  it("keeps every fourth question of a type (floor((n + 2) / 4)) for live mocks, spread over difficulties, and solo never offers them", async () => {
    const kept = await liveOnly();
    expect(kept.size).toBe(3); // 10 questions
    const difficulties = await db().question.findMany({
      where: { id: { in: [...kept] } },
      select: { difficulty: true },
    });
    expect(new Set(difficulties.map((d) => d.difficulty)).size).toBeGreaterThan(1);

    const user = await createTestUser();
    const offered = await listSoloQuestions(user.caller, { type: SLUG });
    expect(offered).toHaveLength(7);
    expect(offered.some((q) => kept.has(q.id))).toBe(false);
    const res = await start(user, { questionId: [...kept][0] });
    expect(res.status).toBe(404);
  });
});

describe("a solo attempt", () => {
  it("times, takes a written answer and a self-score per competency, then shows the guide; only to its author", async () => {
    const [me, other] = [await createTestUser(), await createTestUser()];
    const kept = await liveOnly();
    const questionId = questionIds.find((id) => !kept.has(id))!;

    const started = await start(me, { questionId });
    expect(started.status).toBe(201);
    const attempt = (await started.json()) as SoloAttemptView;
    expect(attempt.status).toBe("IN_PROGRESS");
    expect(attempt.guide).toBeNull();
    expect(attempt.competencies.map((c) => c.key)).toEqual(["framing", "prioritisation"]);
    expect(attempt.competencies[0]!.descriptors).toHaveLength(4);
    expect(Date.parse(attempt.dueAt) - Date.parse(attempt.startedAt)).toBe(attempt.timeLimitMinutes * 60_000);
    expect((await getQuestion(me.caller, questionId)).canSeeGuide).toBe(false);

    // Starting again resumes the open attempt.
    const again = await start(me, { questionId });
    expect(again.status).toBe(200);
    expect(((await again.json()) as SoloAttemptView).id).toBe(attempt.id);

    // Someone else's attempt is a 404, to read and to hand in.
    expect((await read(other, attempt.id)).status).toBe(404);
    expect((await submit(other, attempt.id, { answer: "x", scores: { framing: 3, prioritisation: 3 } })).status).toBe(
      404,
    );

    const missing = await submit(me, attempt.id, { answer: "My answer", scores: { framing: 3 } });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty([
      "scores.prioritisation",
    ]);
    expect((await submit(me, attempt.id, { answer: "  ", scores: { framing: 3, prioritisation: 2 } })).status).toBe(
      400,
    );

    const done = await submit(me, attempt.id, { answer: "My answer", scores: { framing: 3, prioritisation: 2 } });
    expect(done.status).toBe(200);
    const submitted = (await done.json()) as SoloAttemptView;
    expect(submitted.status).toBe("SUBMITTED");
    expect(submitted.guide).toMatch(/^Guide/);
    expect(submitted.scores).toEqual([
      { key: "framing", name: "framing", score: 3 },
      { key: "prioritisation", name: "prioritisation", score: 2 },
    ]);
    expect((await getQuestion(me.caller, questionId)).canSeeGuide).toBe(true);
    expect((await getQuestion(other.caller, questionId)).canSeeGuide).toBe(false);

    expect((await submit(me, attempt.id, { answer: "Again", scores: { framing: 4, prioritisation: 4 } })).status).toBe(
      409,
    );
  });

  it("makes its question count as had: a live mock picks only questions not seen in solo practice", async () => {
    const me = await createTestUser();
    const kept = await liveOnly();
    for (const id of questionIds.filter((q) => !kept.has(q))) {
      expect((await start(me, { questionId: id })).status).toBe(201);
    }
    for (let run = 0; run < 10; run++) {
      vi.spyOn(Math, "random").mockReturnValue(run / 10);
      const chosen = await chooseQuestionForBooking(db(), { interviewTypeId: typeId, candidateId: me.caller.id });
      expect(kept.has(chosen!)).toBe(true);
    }
  });
});

describe("Progress", () => {
  it("shows self-assessed scores beside (never in) the peer figures, and a cached read sees a new hand-in", async () => {
    const me = await createTestUser();
    const kept = await liveOnly();
    const questionId = questionIds.find((id) => !kept.has(id))!;
    const before = await getProgress(me.caller, { type: SLUG }); // cached from here on
    expect(before.soloAttempts).toBe(0);

    const attempt = (await (await start(me, { questionId })).json()) as SoloAttemptView;
    await submit(me, attempt.id, { answer: "An answer", scores: { framing: 4, prioritisation: 2 } });

    const after = await getProgress(me.caller, {});
    expect(after.type?.slug).toBe(SLUG); // a type practised only alone is listed and chosen
    expect(after.interviewTypes).toEqual([expect.objectContaining({ slug: SLUG, interviews: 0, soloAttempts: 1 })]);
    expect(after.interviews).toBe(0);
    expect(after.soloAttempts).toBe(1);
    const framing = after.competencies.find((c) => c.key === "framing")!;
    expect(framing).toMatchObject({ current: null, calibratedCurrent: null, selfAssessed: 4, selfAssessedAttempts: 1 });
    expect(framing.series).toEqual([]);
    expect(after.readiness?.weakest ?? null).toBeNull();
    const typed = await getProgress(me.caller, { type: SLUG });
    expect(typed.soloAttempts).toBe(1);
  });
});

describe("History", () => {
  it("lists handed-in attempts as solo with their self-scores, filterable, and exports them marked solo", async () => {
    const me = await createTestUser();
    const kept = await liveOnly();
    const [first, second] = questionIds.filter((id) => !kept.has(id));
    const done = (await (await start(me, { questionId: first })).json()) as SoloAttemptView;
    await submit(me, done.id, { answer: "Answer", scores: { framing: 2, prioritisation: 3 } });
    await start(me, { questionId: second }); // open, not handed in: not in History

    const history = async (query = "") =>
      (await (
        await historyRoute(apiRequest(`/api/v1/me/history${query}`, { headers: bearer(me) }))
      ).json()) as HistoryPage;
    const all = await history();
    expect(all.total).toBe(1);
    expect(all.items[0]).toMatchObject({
      kind: "solo",
      soloAttemptId: done.id,
      bookingId: null,
      counterpart: null,
      question: { id: first },
      scores: [
        { key: "framing", score: 2 },
        { key: "prioritisation", score: 3 },
      ],
    });
    expect((await history("?kind=solo")).total).toBe(1);
    expect((await history("?kind=live")).total).toBe(0);
    expect((await history("?role=CANDIDATE")).total).toBe(0);
    expect((await history("?competency=framing")).total).toBe(1);
    expect((await history("?competency=nothing")).total).toBe(0);
    expect((await history("?kind=other")).items).toBeUndefined(); // a 400 problem

    const exported = (await (
      await jsonExportRoute(apiRequest("/api/v1/me/history.json", { headers: bearer(me) }))
    ).json()) as { rows: ExportRow[] };
    expect(exported.rows).toHaveLength(2);
    expect(exported.rows[0]).toMatchObject({
      kind: "solo",
      soloAttemptId: done.id,
      bookingId: null,
      calibratedScore: null,
    });
  });
});
