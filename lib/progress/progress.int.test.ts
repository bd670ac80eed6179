import { beforeAll, describe, expect, it } from "vitest";
import { GET as progressRoute } from "../../app/api/v1/me/progress/route";
import { recomputeRaterOffsets } from "../calibration/calibration-job";
import { db } from "../db";
import { SERIES_LIMIT } from "./get-progress";
import type { ProgressResponse } from "./progress.types";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { insertPastInterview, publishTestRubric, type TestRubric } from "../../tests/factories/past-interviews";

/**
 * Progress aggregates on hand-made histories with known answers: first,
 * current (recent-weighted, decay 0.7), change, readiness both ways with its
 * reason, visibility (unreleased and hidden scores never count), calibration.
 */
let candidate: TestUser;
let interviewer: TestUser;
let sd: TestRubric;
let td: TestRubric;

async function progress(user: TestUser, query = ""): Promise<ProgressResponse> {
  const response = await progressRoute(apiRequest(`/api/v1/me/progress${query}`, { headers: bearer(user) }));
  expect(response.status).toBe(200);
  return (await response.json()) as ProgressResponse;
}
const competency = (p: ProgressResponse, key: string) => p.competencies.find((c) => c.key === key)!;

beforeAll(async () => {
  await ensureInterviewTypes();
  candidate = await createTestUser();
  interviewer = await createTestUser();
  sd = await publishTestRubric("system-design", ["k1", "k2"]);
  td = await publishTestRubric("technical-depth", ["a", "b", "c"]);
  const base = { candidate, interviewer, type: "system-design", rubric: sd };
  await insertPastInterview({ ...base, endedAgoDays: 40, scores: { k1: 1, k2: 2 } });
  await insertPastInterview({ ...base, endedAgoDays: 30, scores: { k1: 2, k2: 2 } });
  await insertPastInterview({ ...base, endedAgoDays: 20, scores: { k1: 3, k2: 3 } });
  await insertPastInterview({ ...base, endedAgoDays: 10, scores: { k1: 4, k2: 3 } });
  // Not counted: released to nobody yet (only the interviewer submitted, a day ago) and one hidden by an admin.
  await insertPastInterview({ ...base, endedAgoDays: 1, scores: { k1: 1, k2: 1 }, submitted: "interviewer" });
  await insertPastInterview({ ...base, endedAgoDays: 5, scores: { k1: 1, k2: 1 }, hidden: true });
  const tdBase = { candidate, interviewer, type: "technical-depth", rubric: td };
  for (const days of [15, 12, 9])
    await insertPastInterview({ ...tdBase, endedAgoDays: days, scores: { a: 4, b: 4, c: 2 } });
});

describe("GET /api/v1/me/progress", () => {
  it("computes first, the recent-weighted current level and the change per competency", async () => {
    const p = await progress(candidate, "?type=system-design");
    expect(p.type).toEqual({ slug: "system-design", name: "System design" });
    expect(p.interviews).toBe(4);
    const k1 = competency(p, "k1");
    expect(k1.first).toBeCloseTo(2, 2); // (1 + 2 + 3) / 3
    // (4 + 3·0.7 + 2·0.49 + 1·0.343) / (1 + 0.7 + 0.49 + 0.343)
    expect(k1.current).toBeCloseTo(2.93, 2);
    expect(k1.change).toBeCloseTo(0.93, 2);
    expect(k1.series.map((s) => s.score)).toEqual([1, 2, 3, 4]);
    expect(k1.series.every((s) => s.interviewerId === interviewer.caller.id && s.rubricVersion === 1)).toBe(true);
    const k2 = competency(p, "k2");
    expect(k2.first).toBeCloseTo(2.33, 2);
    expect(k2.current).toBeCloseTo(2.67, 2);
  });

  it("says not ready while the last three average below 3.0, and why", async () => {
    const p = await progress(candidate, "?type=system-design");
    // Interviews 2–4 average 2, 3 and 3.5.
    expect(p.readiness).toMatchObject({ ready: false, lastThreeAverage: 2.83 });
    expect(p.readiness!.reason).toBe("Last 3 interviews average 2.8, below the 3.0 bar.");
  });

  it("says not ready when one competency is below 2.5 even with a high average", async () => {
    const p = await progress(candidate, "?type=technical-depth");
    expect(p.readiness).toMatchObject({
      ready: false,
      lastThreeAverage: 3.33,
      weakest: { key: "c", name: "C", score: 2 },
    });
    expect(p.readiness!.reason).toBe("Last 3 interviews average 3.3, but C is at 2.0, below 2.5.");
    expect(p.practiseNext!.competencies[0]).toMatchObject({ key: "c", score: 2 });
  });

  it("lists the types the caller was scored in, most interviews first, and defaults to that one", async () => {
    const p = await progress(candidate);
    expect(p.interviewTypes).toEqual([
      { slug: "system-design", name: "System design", interviews: 4, soloAttempts: 0 },
      { slug: "technical-depth", name: "Technical depth", interviews: 3, soloAttempts: 0 },
    ]);
    expect(p.type?.slug).toBe("system-design");
  });

  it("counts an interview once released after seven days, and turns ready with the reason", async () => {
    const other = await createTestUser();
    const r = await publishTestRubric("product-sense", ["x", "y"]);
    const base = { candidate: other, interviewer, type: "product-sense", rubric: r };
    await insertPastInterview({ ...base, endedAgoDays: 30, scores: { x: 3, y: 3 } });
    await insertPastInterview({ ...base, endedAgoDays: 20, scores: { x: 3, y: 4 } });
    await insertPastInterview({ ...base, endedAgoDays: 3, scores: { x: 4, y: 4 }, submitted: "interviewer" });
    let p = await progress(other);
    expect(p.interviews).toBe(2);
    expect(p.readiness!.ready).toBe(false);
    expect(p.readiness!.reason).toMatch(/1 more scored interview of this type/);
    await insertPastInterview({ ...base, endedAgoDays: 8, scores: { x: 4, y: 3 }, submitted: "interviewer" });
    p = await progress(other);
    expect(p.interviews).toBe(3);
    expect(p.readiness).toMatchObject({ ready: true, lastThreeAverage: 3.33 });
    expect(p.readiness!.reason).toBe("Last 3 interviews average 3.3 and no competency is below 2.5.");
  });

  it("follows a competency across rubric versions by its key", async () => {
    const other = await createTestUser();
    const v1 = await publishTestRubric("ai-ml", ["keep", "old"]);
    await insertPastInterview({
      candidate: other,
      interviewer,
      type: "ai-ml",
      rubric: v1,
      endedAgoDays: 20,
      scores: { keep: 2, old: 2 },
    });
    const v2 = await publishTestRubric("ai-ml", ["keep", "new"]);
    await insertPastInterview({
      candidate: other,
      interviewer,
      type: "ai-ml",
      rubric: v2,
      endedAgoDays: 10,
      scores: { keep: 3, new: 3 },
    });
    const p = await progress(other, "?type=ai-ml");
    expect(competency(p, "keep").series.map((s) => [s.score, s.rubricVersion])).toEqual([
      [2, v1.version],
      [3, v2.version],
    ]);
    // The current rubric's competencies first, then keys only older versions had.
    expect(p.competencies.map((c) => c.key)).toEqual(["keep", "new", "old"]);
  });

  it("suggests approved questions that train the weakest competencies and the candidate has not had", async () => {
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "technical-depth" } });
    const q = (slug: string, keys: string[], status: "APPROVED" | "PENDING" = "APPROVED") =>
      db().question.create({
        data: {
          slug,
          interviewTypeId: type.id,
          title: slug,
          prompt: "p",
          guide: "g",
          difficulty: "MEDIUM",
          tags: [],
          companies: [],
          competencyKeys: keys,
          status,
        },
      });
    const had = await q("had-c", ["c"]);
    await q("fresh-c", ["c", "a"]);
    await q("pending-c", ["c"], "PENDING");
    await q("only-b", ["b"]);
    await insertPastInterview({
      candidate,
      interviewer,
      type: "technical-depth",
      rubric: td,
      endedAgoDays: 50,
      scores: { a: 4, b: 4, c: 2 },
      questionId: had.id,
    });
    const p = await progress(candidate, "?type=technical-depth");
    const slugs = p.practiseNext!.questions.map((x) => x.title);
    expect(slugs).toContain("fresh-c");
    expect(slugs).not.toContain("had-c");
    expect(slugs).not.toContain("pending-c");
  });

  it("shows calibrated scores once the job has estimated offsets", async () => {
    const soft = await createTestUser();
    const peers = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createTestUser()));
    const r = await publishTestRubric("behavioral-leadership", ["s"]);
    // The soft grader gives everyone a point more than the usual interviewer does.
    for (const person of peers) {
      for (const [grader, score, days] of [
        [interviewer, 2, 30],
        [soft, 3, 20],
        [interviewer, 2, 10],
        [soft, 3, 5],
      ] as const) {
        await insertPastInterview({
          candidate: person,
          interviewer: grader,
          type: "behavioral-leadership",
          rubric: r,
          endedAgoDays: days,
          scores: { s: score },
        });
      }
    }
    const before = await progress(peers[0]!, "?type=behavioral-leadership");
    expect(before.calibration.computedAt).toBeNull();
    expect(competency(before, "s").calibratedCurrent).toBe(competency(before, "s").current);

    const result = await recomputeRaterOffsets();
    expect(result.raters).toBeGreaterThanOrEqual(2);
    const offsets = new Map((await db().raterOffset.findMany()).map((o) => [o.interviewerId, o]));
    expect(offsets.get(soft.caller.id)!.offset).toBeGreaterThan(offsets.get(interviewer.caller.id)!.offset + 0.5);
    expect(offsets.get(soft.caller.id)!.ratings).toBe(12);

    const after = await progress(peers[0]!, "?type=behavioral-leadership");
    expect(after.calibration.computedAt).not.toBeNull();
    expect(after.calibration.explanation).toMatch(/strictness or leniency/);
    const points = competency(after, "s").series;
    for (const point of points) {
      const offset = offsets.get(point.interviewerId)!.offset;
      expect(point.calibrated).toBeCloseTo(point.score - offset, 2);
    }
    // Taking out the soft grader's point leaves the calibrated series flatter than the raw one.
    const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    expect(spread(points.map((x) => x.calibrated))).toBeLessThan(spread(points.map((x) => x.score)));
  });
});

describe("long histories", () => {
  it(`charts the latest ${SERIES_LIMIT} points per competency while first and current use every interview`, async () => {
    const veteran = await createTestUser();
    const r = await publishTestRubric("product-sense", ["only"]);
    // 103 interviews: the first three score 1, the rest 4.
    for (let i = 0; i < 103; i++) {
      await insertPastInterview({
        candidate: veteran,
        interviewer,
        type: "product-sense",
        rubric: r,
        endedAgoDays: 200 - i,
        scores: { only: i < 3 ? 1 : 4 },
      });
    }
    const p = await progress(veteran, "?type=product-sense");
    expect(p.interviews).toBe(103);
    const only = competency(p, "only");
    expect(only.series).toHaveLength(SERIES_LIMIT);
    expect(only.series.every((x) => x.score === 4)).toBe(true);
    expect(only.first).toBe(1);
    expect(only.current).toBe(4);
    expect(only.change).toBe(3);
  }, 120_000);
});

describe("who may read progress", () => {
  it("shows a third user only their own (empty) progress, and refuses unknown parameters", async () => {
    const stranger = await createTestUser();
    const p = await progress(stranger);
    expect(p).toMatchObject({ interviewTypes: [], type: null, interviews: 0, competencies: [], readiness: null });
    const sneaky = await progressRoute(
      apiRequest(`/api/v1/me/progress?userId=${candidate.caller.id}`, { headers: bearer(stranger) }),
    );
    expect(sneaky.status).toBe(400);
    const unknownType = await progressRoute(apiRequest(`/api/v1/me/progress?type=nope`, { headers: bearer(stranger) }));
    expect(unknownType.status).toBe(400);
    expect((await progressRoute(apiRequest(`/api/v1/me/progress`))).status).toBe(401);
  });

  it("gives the interviewer no candidate progress of their own from interviews they ran", async () => {
    const p = await progress(interviewer);
    expect(p.interviews).toBe(0);
    expect(p.interviewTypes).toEqual([]);
  });
});
