import type { z } from "zod";
import type { DbTransaction } from "../db";
import { AppError, validationError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import {
  candidateDraftSchema,
  candidateFeedbackSchema,
  interviewerDraftSchema,
  interviewerFeedbackSchema,
  type CandidateFeedbackInput,
  type InterviewerFeedbackInput,
  type RecommendationValue,
} from "./feedback.schema";
import { suggestRecommendation } from "../rubrics/recommendation-rule";
import { rubricFor, type FeedbackBooking, type FeedbackRow } from "./feedback-access";
import type { FeedbackDirectionValue } from "./feedback.types";

/** The writes shared by submitting and by editing a submission before release. */
function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export type Submission =
  | {
      direction: "INTERVIEWER_TO_CANDIDATE";
      rubricVersionId: string;
      input: InterviewerFeedbackInput;
      /** The recommendation rule's suggestion for these scores, kept beside the interviewer's choice. */
      suggested: RecommendationValue;
    }
  | { direction: "CANDIDATE_TO_INTERVIEWER"; input: CandidateFeedbackInput };

/** Full validation: the interviewer's against the competency keys of the interview's rubric version. */
export async function validateSubmission(
  tx: DbTransaction,
  booking: FeedbackBooking,
  direction: FeedbackDirectionValue,
  body: unknown,
): Promise<Submission> {
  if (direction === "CANDIDATE_TO_INTERVIEWER") {
    return { direction, input: parse(candidateFeedbackSchema, body) };
  }
  const rubric = await rubricFor(tx, booking);
  if (!rubric) throw new AppError("UNPROCESSABLE", "This interview type has no rubric yet, so it can't be scored.");
  const input = parse(interviewerFeedbackSchema(rubric.competencies), body);
  const scores = Object.fromEntries(Object.entries(input.scores).map(([k, s]) => [k, s.score]));
  // The schema has checked every score, so the rule always has a suggestion here.
  const suggested = suggestRecommendation(rubric.competencies, scores)!.recommendation;
  return { direction, rubricVersionId: rubric.id, input, suggested };
}

export function parseDraft(direction: FeedbackDirectionValue, body: unknown): Prisma.InputJsonValue {
  const schema = direction === "INTERVIEWER_TO_CANDIDATE" ? interviewerDraftSchema : candidateDraftSchema;
  return parse(schema, body);
}

function columns(s: Submission) {
  if (s.direction === "INTERVIEWER_TO_CANDIDATE") {
    const i = s.input;
    return {
      rubricVersionId: s.rubricVersionId,
      recommendation: i.recommendation,
      suggestedRecommendation: s.suggested,
      // A reason is kept only for a departure: agreeing with the rule needs no explanation.
      recommendationReason: i.recommendation !== s.suggested ? i.recommendationReason.trim() : null,
      strengths: i.strengths,
      improvements: i.improvements,
      nextTopics: i.nextTopics,
    };
  }
  const c = s.input;
  return {
    preparedness: c.preparedness,
    questionQuality: c.questionQuality,
    feedbackUsefulness: c.feedbackUsefulness,
    respect: c.respect,
    comments: c.comments,
    wouldPractiseAgain: c.wouldPractiseAgain,
  };
}

/**
 * Writes the typed columns and, for the interviewer's feedback, one score row
 * per competency with the booking's people, type and start copied in (progress
 * reads one table). The caller's transaction holds the booking lock.
 */
export async function writeSubmission(
  tx: DbTransaction,
  args: { booking: FeedbackBooking; existing: FeedbackRow | null; authorId: string; submission: Submission; now: Date },
): Promise<string> {
  const { booking, submission } = args;
  const subjectId = args.authorId === booking.interviewerId ? booking.candidateId : booking.interviewerId;
  const data = { ...columns(submission), status: "SUBMITTED" as const, draft: Prisma.DbNull };
  // Editing keeps the first submission time: "submitted at" is when it was handed in.
  const feedbackId = args.existing
    ? (
        await tx.feedback.update({
          where: { id: args.existing.id },
          data: { ...data, submittedAt: args.existing.submittedAt ?? args.now },
          select: { id: true },
        })
      ).id
    : (
        await tx.feedback.create({
          data: {
            ...data,
            bookingId: booking.id,
            direction: submission.direction,
            authorId: args.authorId,
            subjectId,
            submittedAt: args.now,
          },
          select: { id: true },
        })
      ).id;
  if (submission.direction === "INTERVIEWER_TO_CANDIDATE") {
    const competencies = await tx.rubricCompetency.findMany({
      where: { rubricVersionId: submission.rubricVersionId },
      select: { id: true, key: true },
    });
    const idOf = new Map(competencies.map((c) => [c.key, c.id]));
    await tx.feedbackScore.deleteMany({ where: { feedbackId } });
    await tx.feedbackScore.createMany({
      data: Object.entries(submission.input.scores).map(([key, s]) => ({
        feedbackId,
        competencyKey: key,
        competencyId: idOf.get(key)!,
        rubricVersionId: submission.rubricVersionId,
        candidateId: booking.candidateId,
        interviewerId: booking.interviewerId,
        interviewTypeId: booking.interviewType.id,
        interviewedAt: booking.startsAt,
        score: s.score,
        evidence: s.evidence,
      })),
    });
  }
  return feedbackId;
}
