import type { PrismaClient } from "../../lib/generated/prisma/client";
import { soloQuestionWhereSql } from "../../lib/solo/list-solo-questions";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Seeded solo attempts have ids with this prefix, so a re-seed replaces them. */
export const SOLO_ID_PREFIX = "demo-solo-";
const DAY = 86_400_000;

interface PlannedAttempt {
  user: string;
  type: string;
  daysAgo: number;
  /** Self-scores in rubric order, repeated over longer rubrics; null leaves the attempt open (not handed in). */
  scores: number[] | null;
  answer: string;
}

/** A few attempts per demo candidate (decision 0028): enough for History's Solo rows and Progress's self-assessed column. */
export const SOLO_ATTEMPTS: PlannedAttempt[] = [
  {
    user: "demo-priya",
    type: "system-design",
    daysAgo: 12,
    scores: [3, 2, 3, 2, 3],
    answer:
      "Clarify first: who uses it, how many, read or write heavy.\n\nI'd start with one service and a relational store, add a cache in front of the hot reads, and move slow work onto a queue.\n\nRisks: the cache going stale, and the one database becoming the limit; I'd watch p95 latency and queue depth.",
  },
  {
    user: "demo-priya",
    type: "system-design",
    daysAgo: 4,
    scores: [3, 3, 3, 2, 3],
    answer:
      "Requirements: 50k daily users, mostly reads. Core entities and an API first, then storage: Postgres with a read replica.\n\nTrade-off: eventual consistency on the replica is fine for browsing, not for checkout.\n\nRollout behind a flag, 5% first, with a rollback plan.",
  },
  {
    user: "demo-priya",
    type: "technical-depth",
    daysAgo: 2,
    scores: [2, 3, 2, 3],
    answer:
      "I'd explain it as: the index is a sorted copy of one column with pointers back, so lookups skip the full scan. Writes pay for it.\n\nI'm less sure how to size it; I'd ask the engineers for the query plan.",
  },
  {
    user: "demo-priya",
    type: "program-execution",
    daysAgo: 1,
    scores: null,
    answer: "Started: list the teams, the dependency, the date that matters…",
  },
  {
    user: "demo-sofia",
    type: "behavioral-leadership",
    daysAgo: 6,
    scores: [3, 3, 2, 3],
    answer:
      "Situation: two teams blocked on each other for a quarter. I set up a weekly decision review, wrote down the options with their costs, and got the directors to pick one in two weeks.\n\nResult: launch six weeks late instead of a quarter; what I'd change is escalating a month earlier.",
  },
  {
    user: "demo-sofia",
    type: "product-sense",
    daysAgo: 3,
    scores: [2, 3, 3],
    answer:
      "Goal: more repeat orders. Users: busy parents. Pain: reordering takes seven taps.\n\nIdeas: one-tap reorder, a weekly basket, reminders. I'd pick one-tap reorder: cheapest and clearest signal. Metric: repeat orders per user in 30 days.",
  },
  {
    user: "demo-ananya",
    type: "ai-ml",
    daysAgo: 5,
    scores: [3, 2, 3],
    answer:
      "Overfitting: the model learns the training set's noise. Signs: great training accuracy, poor on held-out data.\n\nI'd ask for a proper split by time, a simpler baseline to compare with, and an evaluation set the team never tunes on.",
  },
];

/** Replaces the seeded attempts; each takes the nth question solo practice offers for its type that the person has not had live. */
export async function seedSoloAttempts(tx: Tx, now: Date): Promise<void> {
  await tx.soloAttempt.deleteMany({ where: { id: { startsWith: SOLO_ID_PREFIX } } }); // scores cascade
  const used = new Map<string, number>();
  for (const [i, plan] of SOLO_ATTEMPTS.entries()) {
    const key = `${plan.user}:${plan.type}`;
    const nth = used.get(key) ?? 0;
    used.set(key, nth + 1);
    const [question] = await tx.$queryRaw<{ id: string; type_id: string; version_id: string }[]>`
      SELECT q.id, q.interview_type_id AS type_id,
             (SELECT v.id FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id
               WHERE r.interview_type_id = q.interview_type_id ORDER BY v.version DESC LIMIT 1) AS version_id
        FROM questions q JOIN interview_types t ON t.id = q.interview_type_id
       WHERE t.slug = ${plan.type} AND ${soloQuestionWhereSql("q")}
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.question_id = q.id AND b.candidate_id = ${plan.user})
       ORDER BY q.slug
       OFFSET ${nth} LIMIT 1`;
    if (!question?.version_id) continue; // a type without questions or rubric: nothing to practise
    const competencies = await tx.rubricCompetency.findMany({
      where: { rubricVersionId: question.version_id },
      orderBy: { position: "asc" },
      select: { id: true, key: true },
    });
    const startedAt = new Date(now.getTime() - plan.daysAgo * DAY);
    const id = `${SOLO_ID_PREFIX}${i + 1}`;
    await tx.soloAttempt.create({
      data: {
        id,
        userId: plan.user,
        questionId: question.id,
        interviewTypeId: question.type_id,
        rubricVersionId: question.version_id,
        timeLimitMinutes: 30,
        answer: plan.answer,
        startedAt,
        submittedAt: plan.scores ? new Date(startedAt.getTime() + 27 * 60_000) : null,
      },
    });
    const scores = plan.scores;
    if (!scores) continue;
    await tx.soloAttemptScore.createMany({
      data: competencies.map((c, n) => ({
        attemptId: id,
        competencyKey: c.key,
        competencyId: c.id,
        score: scores[n % scores.length]!,
      })),
    });
  }
}
