import type { PrismaClient } from "../lib/generated/prisma/client";
import { INTERVIEW_TYPES } from "./seed-data/interview-types";
import {
  AWAITING_FEEDBACK,
  AWAITING_ID_PREFIX,
  PAST_ID_PREFIX,
  planPastInterviews,
  type Busy,
} from "./seed-data/past-interviews";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const HOUR = 3_600_000;
const seededIds = { OR: [{ id: { startsWith: PAST_ID_PREFIX } }, { id: { startsWith: AWAITING_ID_PREFIX } }] };
const seededBookings = {
  OR: [{ bookingId: { startsWith: PAST_ID_PREFIX } }, { bookingId: { startsWith: AWAITING_ID_PREFIX } }],
};

/** Removes what an earlier seed wrote (and anything people added to those interviews since), by the ids' prefixes. */
async function deleteSeeded(tx: Tx) {
  await tx.feedbackReport.deleteMany({ where: { feedback: seededBookings } });
  await tx.feedback.deleteMany({ where: seededBookings }); // scores cascade
  await tx.interviewNote.deleteMany({ where: seededBookings });
  await tx.bookingStatusChange.deleteMany({ where: seededBookings });
  await tx.noShowReport.deleteMany({ where: seededBookings });
  await tx.matchRequest.updateMany({ where: seededBookings, data: { bookingId: null } });
  await tx.bookingParticipant.deleteMany({ where: seededBookings });
  await tx.booking.deleteMany({ where: seededIds });
}

/** The demo people's other active bookings, which the seeded ones must not overlap (exclusion constraint). */
async function busyTimes(tx: Tx, userIds: string[], since: Date): Promise<Busy> {
  const rows = await tx.bookingParticipant.findMany({
    where: { userId: { in: userIds }, booking: { status: { in: ["SCHEDULED", "COMPLETED"] }, endsAt: { gt: since } } },
    select: { userId: true, booking: { select: { startsAt: true, endsAt: true } } },
  });
  const busy: Busy = new Map();
  for (const r of rows) {
    busy.set(r.userId, [
      ...(busy.get(r.userId) ?? []),
      { start: r.booking.startsAt.getTime(), end: r.booking.endsAt.getTime() },
    ]);
  }
  return busy;
}

async function latestRubrics(tx: Tx) {
  const versions = await tx.rubricVersion.findMany({
    orderBy: { version: "desc" },
    select: {
      id: true,
      rubric: { select: { interviewType: { select: { slug: true } } } },
      competencies: { select: { id: true, key: true } },
    },
  });
  const bySlug = new Map<string, { id: string; competencyIds: Map<string, string> }>();
  for (const v of versions) {
    const slug = v.rubric.interviewType.slug;
    if (!bySlug.has(slug))
      bySlug.set(slug, { id: v.id, competencyIds: new Map(v.competencies.map((c) => [c.key, c.id])) });
  }
  return bySlug;
}

/**
 * Past interviews with released feedback both ways, and two just-ended ones
 * awaiting feedback. Recreated on every seed (deterministic ids), positioned
 * relative to `now`, and written with createMany so the seed stays fast.
 */
export async function seedPastInterviews(tx: Tx, typeIds: Map<string, string>, now: Date): Promise<void> {
  await deleteSeeded(tx);
  const people = [...new Set([...planPastInterviews(now).flatMap((p) => [p.candidateId, p.interviewerId])])];
  const busy = await busyTimes(
    tx,
    [...people, ...AWAITING_FEEDBACK.flatMap((a) => [a.candidateId, a.interviewerId])],
    new Date(now.getTime() - 200 * 24 * HOUR),
  );
  const plans = planPastInterviews(now, busy);
  const rubrics = await latestRubrics(tx);
  const questions = new Map(
    (
      await tx.question.findMany({
        where: { slug: { in: plans.map((p) => p.questionSlug) } },
        select: { id: true, slug: true },
      })
    ).map((q) => [q.slug, q.id]),
  );

  const endOfAwaiting = Math.floor(now.getTime() / 60_000) * 60_000 - HOUR;
  const durations = new Map<string, number>(INTERVIEW_TYPES.map((t) => [t.slug, t.durationMinutes]));
  const awaiting = AWAITING_FEEDBACK.map((a) => {
    const start = endOfAwaiting - durations.get(a.type)! * 60_000;
    return { ...a, startsAt: new Date(start), endsAt: new Date(endOfAwaiting) };
  }).filter((a) =>
    [a.candidateId, a.interviewerId].every(
      (p) => !(busy.get(p) ?? []).some((b) => b.start < a.endsAt.getTime() && a.startsAt.getTime() < b.end),
    ),
  );
  const awaitingQuestions = await Promise.all(
    awaiting.map((a) =>
      tx.question.findFirst({
        where: { status: "APPROVED", interviewType: { slug: a.type } },
        orderBy: { slug: "asc" },
        select: { id: true },
      }),
    ),
  );

  await tx.booking.createMany({
    data: [
      ...plans.map((p) => ({
        id: p.id,
        interviewTypeId: typeIds.get(p.type)!,
        candidateId: p.candidateId,
        interviewerId: p.interviewerId,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        status: "COMPLETED" as const,
        idempotencyKey: p.id,
        questionId: questions.get(p.questionSlug) ?? null,
        rubricVersionId: rubrics.get(p.type)?.id ?? null,
        createdAt: new Date(p.startsAt.getTime() - 5 * 24 * HOUR),
      })),
      ...awaiting.map((a, i) => ({
        id: a.id,
        interviewTypeId: typeIds.get(a.type)!,
        candidateId: a.candidateId,
        interviewerId: a.interviewerId,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        status: "SCHEDULED" as const,
        idempotencyKey: a.id,
        questionId: awaitingQuestions[i]?.id ?? null,
        rubricVersionId: rubrics.get(a.type)?.id ?? null,
      })),
    ],
  });
  await tx.bookingParticipant.createMany({
    data: [...plans, ...awaiting].flatMap((p) => [
      { bookingId: p.id, userId: p.candidateId, role: "CANDIDATE" as const },
      { bookingId: p.id, userId: p.interviewerId, role: "INTERVIEWER" as const },
    ]),
  });

  const scored = plans.filter((p) => rubrics.has(p.type));
  await tx.feedback.createMany({
    data: scored.flatMap((p) => [
      {
        id: `${p.id}-i`,
        bookingId: p.id,
        direction: "INTERVIEWER_TO_CANDIDATE" as const,
        authorId: p.interviewerId,
        subjectId: p.candidateId,
        status: "SUBMITTED" as const,
        rubricVersionId: rubrics.get(p.type)!.id,
        recommendation: p.recommendation,
        // The plan follows the rule, so its suggestion is the recommendation and no reason is needed.
        suggestedRecommendation: p.recommendation,
        strengths: p.strengths,
        improvements: p.improvements,
        nextTopics: p.nextTopics,
        submittedAt: p.interviewerSubmittedAt,
        createdAt: p.endsAt,
        updatedAt: p.interviewerSubmittedAt,
      },
      {
        id: `${p.id}-c`,
        bookingId: p.id,
        direction: "CANDIDATE_TO_INTERVIEWER" as const,
        authorId: p.candidateId,
        subjectId: p.interviewerId,
        status: "SUBMITTED" as const,
        ...p.rating,
        submittedAt: p.candidateSubmittedAt,
        createdAt: p.endsAt,
        updatedAt: p.candidateSubmittedAt,
      },
    ]),
  });
  await tx.feedbackScore.createMany({
    data: scored.flatMap((p) => {
      const rubric = rubrics.get(p.type)!;
      return p.scores
        .filter((s) => rubric.competencyIds.has(s.key))
        .map((s) => ({
          feedbackId: `${p.id}-i`,
          competencyKey: s.key,
          competencyId: rubric.competencyIds.get(s.key)!,
          rubricVersionId: rubric.id,
          candidateId: p.candidateId,
          interviewerId: p.interviewerId,
          interviewTypeId: typeIds.get(p.type)!,
          interviewedAt: p.startsAt,
          score: s.score,
          evidence: s.evidence,
        }));
    }),
  });
}
