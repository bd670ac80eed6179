import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import type { Recommendation } from "../../lib/generated/prisma/client";
import { publishRubricVersion } from "../../lib/rubrics/rubrics";
import type { TestUser } from "./users";

/**
 * Finished interviews with chosen scores, written straight to the database,
 * for tests of history and progress aggregates with known answers.
 */
export const DAY = 86_400_000;

/** Publishes a new rubric version for the type with these competency keys (names are the keys in capitals). */
export async function publishTestRubric(type: string, keys: string[]) {
  const version = await publishRubricVersion(null, type, {
    title: `Test ${type}`,
    competencies: keys.map((key) => ({
      key,
      name: key.toUpperCase(),
      description: `Measures ${key}.`,
      weight: 1 / keys.length,
      descriptors: [`${key} 1`, `${key} 2`, `${key} 3`, `${key} 4`] as [string, string, string, string],
    })),
  });
  return db().rubricVersion.findUniqueOrThrow({
    where: { id: version.id },
    select: { id: true, version: true, competencies: { select: { id: true, key: true } } },
  });
}
export type TestRubric = Awaited<ReturnType<typeof publishTestRubric>>;

export interface PastInterviewOptions {
  candidate: TestUser;
  interviewer: TestUser;
  type: string;
  rubric: TestRubric;
  endedAgoDays: number;
  scores: Record<string, number>;
  /** "both": both directions submitted (released at once); "interviewer": only the scores (released after 7 days). */
  submitted?: "both" | "interviewer";
  hidden?: boolean;
  recommendation?: Recommendation;
  rating?: number;
  questionId?: string;
  evidence?: string;
}

/** Interviews this process made, per person: a new one moves an hour earlier until it overlaps none (exclusion constraint). */
const taken = new Map<string, { start: number; end: number }[]>();

export async function insertPastInterview(o: PastInterviewOptions) {
  const type = await db().interviewType.findUniqueOrThrow({ where: { slug: o.type } });
  const people = [o.candidate.caller.id, o.interviewer.caller.id];
  let end = Date.now() - o.endedAgoDays * DAY;
  const clash = (e: number) =>
    people.some((p) => (taken.get(p) ?? []).some((t) => t.start < e && e - 45 * 60_000 < t.end));
  while (clash(end)) end -= 3_600_000;
  for (const p of people) taken.set(p, [...(taken.get(p) ?? []), { start: end - 45 * 60_000, end }]);
  const endsAt = new Date(end);
  const startsAt = new Date(endsAt.getTime() - 45 * 60_000);
  const id = randomUUID();
  const submittedAt = new Date(Math.min(Date.now(), endsAt.getTime() + 3_600_000));
  await db().booking.create({
    data: {
      id,
      interviewTypeId: type.id,
      candidateId: o.candidate.caller.id,
      interviewerId: o.interviewer.caller.id,
      startsAt,
      endsAt,
      status: "COMPLETED",
      idempotencyKey: id,
      rubricVersionId: o.rubric.id,
      questionId: o.questionId ?? null,
      participants: {
        create: [
          { userId: o.candidate.caller.id, role: "CANDIDATE" },
          { userId: o.interviewer.caller.id, role: "INTERVIEWER" },
        ],
      },
    },
  });
  const competencyIds = new Map(o.rubric.competencies.map((c) => [c.key, c.id]));
  await db().feedback.create({
    data: {
      id: `${id}-i`,
      bookingId: id,
      direction: "INTERVIEWER_TO_CANDIDATE",
      authorId: o.interviewer.caller.id,
      subjectId: o.candidate.caller.id,
      status: "SUBMITTED",
      rubricVersionId: o.rubric.id,
      recommendation: o.recommendation ?? "HIRE",
      strengths: "Structured.",
      improvements: "Numbers.",
      submittedAt,
      ...(o.hidden ? { hiddenAt: new Date(), hiddenReason: "Abusive" } : {}),
      scores: {
        create: Object.entries(o.scores).map(([key, score]) => ({
          competencyKey: key,
          competencyId: competencyIds.get(key)!,
          rubricVersionId: o.rubric.id,
          candidateId: o.candidate.caller.id,
          interviewerId: o.interviewer.caller.id,
          interviewTypeId: type.id,
          interviewedAt: startsAt,
          score,
          evidence: o.evidence ?? `Evidence for ${key}: said "${score}".`,
        })),
      },
    },
  });
  if ((o.submitted ?? "both") === "both") {
    const r = o.rating ?? 4;
    await db().feedback.create({
      data: {
        bookingId: id,
        direction: "CANDIDATE_TO_INTERVIEWER",
        authorId: o.candidate.caller.id,
        subjectId: o.interviewer.caller.id,
        status: "SUBMITTED",
        preparedness: r,
        questionQuality: r,
        feedbackUsefulness: r,
        respect: r,
        wouldPractiseAgain: r >= 4,
        submittedAt,
      },
    });
  }
  return { bookingId: id, startsAt, endsAt };
}
