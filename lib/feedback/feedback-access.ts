import type { DbClient, DbTransaction } from "../db";
import { AppError } from "../errors";
import { getCurrentRubric, getRubricVersion, type RubricVersionView } from "../rubrics/rubrics";
import { cannotWriteReason, directionOf } from "./feedback-release";
import { isReleased, releasesAt } from "./release-rule";
import type { FeedbackContent, FeedbackDirectionValue, RubricView } from "./feedback.types";

/**
 * Loads a booking for feedback with both directions' rows, scoped to the
 * caller in the `where`: anyone but its two participants gets 404, the same
 * answer as for an id that does not exist.
 */
export function feedbackSelect(callerId: string) {
  return {
    id: true,
    direction: true,
    authorId: true,
    subjectId: true,
    status: true,
    draft: true,
    rubricVersionId: true,
    recommendation: true,
    suggestedRecommendation: true,
    recommendationReason: true,
    strengths: true,
    improvements: true,
    nextTopics: true,
    preparedness: true,
    questionQuality: true,
    feedbackUsefulness: true,
    respect: true,
    comments: true,
    wouldPractiseAgain: true,
    submittedAt: true,
    hiddenAt: true,
    scores: { select: { competencyKey: true, score: true, evidence: true } },
    reports: { where: { reporterId: callerId }, select: { id: true } },
  } as const;
}

function bookingSelect(callerId: string) {
  return {
    id: true,
    status: true,
    startsAt: true,
    endsAt: true,
    candidateId: true,
    interviewerId: true,
    rubricVersionId: true,
    interviewType: { select: { id: true, slug: true, name: true } },
    feedback: { select: feedbackSelect(callerId) },
  } as const;
}

async function findOwn(client: DbClient, callerId: string, bookingId: string) {
  const booking = await client.booking.findFirst({
    where: { id: bookingId, participants: { some: { userId: callerId } } },
    select: bookingSelect(callerId),
  });
  if (!booking) throw new AppError("NOT_FOUND", "No such interview.");
  return booking;
}
export type FeedbackBooking = Awaited<ReturnType<typeof findOwn>>;
export type FeedbackRow = FeedbackBooking["feedback"][number];

/**
 * The same, with the booking row locked for the rest of the transaction: two
 * writes on one booking (both people submitting at once, a double click) run
 * one after the other, so "the second one completes the release" is decided once.
 */
export async function loadForWrite(tx: DbTransaction, callerId: string, bookingId: string) {
  await tx.$queryRaw`
    SELECT b.id FROM bookings b JOIN booking_participants p ON p.booking_id = b.id AND p.user_id = ${callerId}
     WHERE b.id = ${bookingId} FOR UPDATE OF b`;
  return findOwn(tx, callerId, bookingId);
}

export const loadForRead = findOwn;

export interface FeedbackState {
  role: "CANDIDATE" | "INTERVIEWER";
  direction: FeedbackDirectionValue;
  mine: FeedbackRow | null;
  theirs: FeedbackRow | null;
  released: boolean;
  releasesAt: Date;
  cannotWriteReason: string | null;
}

export function feedbackState(booking: FeedbackBooking, callerId: string, now: Date): FeedbackState {
  const role = booking.interviewerId === callerId ? "INTERVIEWER" : "CANDIDATE";
  const direction = directionOf(role);
  const mine = booking.feedback.find((f) => f.direction === direction) ?? null;
  const theirs = booking.feedback.find((f) => f.direction !== direction) ?? null;
  const released = isReleased(
    { endsAt: booking.endsAt, bothSubmitted: mine?.status === "SUBMITTED" && theirs?.status === "SUBMITTED" },
    now,
  );
  return {
    role,
    direction,
    mine,
    theirs,
    released,
    releasesAt: releasesAt(booking.endsAt),
    cannotWriteReason: cannotWriteReason(booking, released, now),
  };
}

/** A submitted row as the contract's content; null while it is a draft. */
export function contentOf(row: FeedbackRow | null): FeedbackContent | null {
  if (!row || row.status !== "SUBMITTED") return null;
  if (row.direction === "INTERVIEWER_TO_CANDIDATE") {
    return {
      direction: "INTERVIEWER_TO_CANDIDATE",
      scores: Object.fromEntries(row.scores.map((s) => [s.competencyKey, { score: s.score, evidence: s.evidence }])),
      strengths: row.strengths ?? "",
      improvements: row.improvements ?? "",
      recommendation: row.recommendation!,
      suggestedRecommendation: row.suggestedRecommendation,
      recommendationReason: row.recommendationReason ?? "",
      nextTopics: row.nextTopics,
    };
  }
  return {
    direction: "CANDIDATE_TO_INTERVIEWER",
    preparedness: row.preparedness!,
    questionQuality: row.questionQuality!,
    feedbackUsefulness: row.feedbackUsefulness!,
    respect: row.respect!,
    comments: row.comments ?? "",
    wouldPractiseAgain: row.wouldPractiseAgain!,
  };
}

export function toRubricView(v: RubricVersionView): RubricView {
  return {
    versionId: v.id,
    version: v.version,
    title: v.title,
    levelBars: v.levelBars,
    competencies: v.competencies.map((c) => ({
      key: c.key,
      name: c.name,
      description: c.description,
      weight: c.weight,
      descriptors: c.descriptors,
    })),
  };
}

/**
 * The rubric version this interview is judged against: the booking's own, or
 * (for bookings made before the type had a rubric) the type's latest, which a
 * submission then records on the booking.
 */
export async function rubricFor(client: DbClient, booking: FeedbackBooking): Promise<RubricVersionView | null> {
  const pinned =
    booking.rubricVersionId ??
    booking.feedback.find((f) => f.direction === "INTERVIEWER_TO_CANDIDATE")?.rubricVersionId ??
    null;
  if (pinned) return getRubricVersion(pinned, client);
  return getCurrentRubric(booking.interviewType.slug, client);
}
