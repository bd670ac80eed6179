import { describe, expect, it } from "vitest";
import { toCaller } from "../lib/auth/sessions";
import { db } from "../lib/db";
import { getProgress } from "../lib/progress/get-progress";
import { DEMO_USERS } from "./seed-data/demo-users";
import { INTERVIEW_TYPES } from "./seed-data/interview-types";
import { AWAITING_FEEDBACK, PAST_ID_PREFIX, recommendationFor } from "./seed-data/past-interviews";
import { RUBRICS } from "./seed-data/rubrics";
import { seed, seededVersion, SEED_VERSION } from "./seed";

describe("seed", () => {
  it("is idempotent and versioned", async () => {
    await seed(db());
    const counts = async () => ({
      users: await db().user.count(),
      profiles: await db().profile.count(),
      types: await db().interviewType.count(),
      weekly: await db().availabilityWeeklyRange.count(),
      bookings: await db().booking.count(),
      feedback: await db().feedback.count(),
      scores: await db().feedbackScore.count(),
      offsets: await db().raterOffset.count(),
      solo: await db().soloAttempt.count(),
      soloScores: await db().soloAttemptScore.count(),
    });
    const first = await counts();
    await seed(db());
    expect(await counts()).toEqual(first);
    expect(await seededVersion(db())).toBe(SEED_VERSION);
    expect(first.users).toBe(DEMO_USERS.length);
    expect(first.types).toBe(INTERVIEW_TYPES.length);
    expect(first.bookings).toBeGreaterThanOrEqual(3);
  });

  it("has a dozen people across at least four zones and one admin", async () => {
    await seed(db());
    const profiles = await db().profile.findMany({ select: { timeZone: true } });
    expect(new Set(profiles.map((p) => p.timeZone)).size).toBeGreaterThanOrEqual(4);
    expect(await db().user.count({ where: { role: "ADMIN" } })).toBeGreaterThanOrEqual(1);
    expect(profiles.length).toBeGreaterThanOrEqual(12);
  });

  it("gives Priya a dozen past interviews in two types, with released feedback both ways", async () => {
    const now = new Date();
    await seed(db(), now);
    const past = await db().booking.findMany({
      where: { candidateId: "demo-priya", id: { startsWith: PAST_ID_PREFIX } },
      select: {
        status: true,
        endsAt: true,
        questionId: true,
        interviewType: { select: { slug: true } },
        feedback: {
          select: {
            status: true,
            submittedAt: true,
            direction: true,
            recommendation: true,
            suggestedRecommendation: true,
            scores: true,
          },
        },
      },
    });
    expect(past.length).toBeGreaterThanOrEqual(12);
    expect(new Set(past.map((b) => b.interviewType.slug)).size).toBeGreaterThanOrEqual(2);
    const span = Math.max(...past.map((b) => b.endsAt.getTime())) - Math.min(...past.map((b) => b.endsAt.getTime()));
    expect(span).toBeGreaterThan(120 * 86_400_000);
    for (const b of past) {
      expect(b.status).toBe("COMPLETED");
      expect(b.endsAt.getTime()).toBeLessThan(now.getTime());
      expect(b.questionId).not.toBeNull();
      expect(b.feedback).toHaveLength(2);
      expect(b.feedback.every((f) => f.status === "SUBMITTED" && f.submittedAt)).toBe(true);
      const mine = b.feedback.find((f) => f.direction === "INTERVIEWER_TO_CANDIDATE")!;
      expect(mine.scores.length).toBeGreaterThanOrEqual(4);
      // The recommendation follows the rubric's rule for the scores it sits beside.
      const rubric = RUBRICS.find((r) => r.type === b.interviewType.slug)!;
      const scores = Object.fromEntries(mine.scores.map((s) => [s.competencyKey, s.score]));
      expect(mine.recommendation).toBe(recommendationFor(rubric.competencies, scores));
      expect(mine.suggestedRecommendation).toBe(mine.recommendation);
      expect(mine.scores.every((s) => s.evidence.length > 40)).toBe(true);
    }
  });

  it("leaves two just-ended interviews awaiting feedback (Wei with Oliver, Daniel with Lena)", async () => {
    const now = new Date();
    await seed(db(), now);
    for (const a of AWAITING_FEEDBACK) {
      const b = await db().booking.findUniqueOrThrow({
        where: { id: a.id },
        select: {
          status: true,
          candidateId: true,
          interviewerId: true,
          endsAt: true,
          rubricVersionId: true,
          feedback: true,
          interviewType: { select: { slug: true } },
        },
      });
      expect(b).toMatchObject({
        status: "SCHEDULED",
        candidateId: a.candidateId,
        interviewerId: a.interviewerId,
        feedback: [],
      });
      expect(b.interviewType.slug).toBe(a.type);
      expect(b.rubricVersionId).not.toBeNull();
      const hoursAgo = (now.getTime() - b.endsAt.getTime()) / 3_600_000;
      expect(hoursAgo).toBeGreaterThanOrEqual(1);
      expect(hoursAgo).toBeLessThan(1.1);
    }
    expect(AWAITING_FEEDBACK[0]).toMatchObject({
      candidateId: "demo-wei",
      interviewerId: "demo-oliver",
      type: "system-design",
    });
  });

  it("calibrates after seeding: the planted hard grader comes out below the soft one", async () => {
    await seed(db());
    const offsets = new Map((await db().raterOffset.findMany()).map((o) => [o.interviewerId, o.offset]));
    expect(offsets.get("demo-marcus")!).toBeLessThan(-0.15);
    expect(offsets.get("demo-lena")!).toBeGreaterThan(0.15);
  });

  it("gives the progress page a story for Priya: ready for system design, not yet for technical depth", async () => {
    await seed(db());
    const user = await db().user.findUniqueOrThrow({
      where: { id: "demo-priya" },
      select: { id: true, role: true, email: true, profile: { select: { displayName: true, timeZone: true } } },
    });
    const caller = toCaller(user, "session");
    const sd = await getProgress(caller, { type: "system-design" });
    expect(sd.interviews).toBeGreaterThanOrEqual(6);
    expect(sd.readiness?.ready).toBe(true);
    expect(sd.competencies.every((c) => c.change !== null && c.change > 0)).toBe(true);
    const td = await getProgress(caller, { type: "technical-depth" });
    expect(td.readiness?.ready).toBe(false);
    expect(td.practiseNext?.competencies.map((c) => c.key)).toContain("databases-data");
    expect(td.practiseNext?.questions.length).toBeGreaterThan(0);
    // Solo practice: a self-assessed column beside the peer scores, and a learning path for the weakest.
    expect(sd.soloAttempts).toBe(2);
    expect(sd.competencies.some((c) => c.selfAssessed !== null && c.selfAssessedAttempts === 2)).toBe(true);
    expect(td.practiseNext?.learning?.explainers.length).toBeGreaterThan(0);
    expect(td.practiseNext?.learning?.resources.length).toBeGreaterThan(0);
    expect(td.practiseNext?.learning?.soloQuestions.length).toBeGreaterThan(0);
  });

  it("gives the demo people a few solo attempts, one still open", async () => {
    await seed(db());
    const attempts = await db().soloAttempt.findMany({ select: { userId: true, submittedAt: true } });
    expect(attempts.length).toBeGreaterThanOrEqual(6);
    expect(new Set(attempts.map((a) => a.userId)).size).toBeGreaterThanOrEqual(3);
    expect(attempts.filter((a) => a.submittedAt === null)).toHaveLength(1);
  });
});
