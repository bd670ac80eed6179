import { z } from "zod";
import { SCORE_MAX, SCORE_MIN } from "../rubrics/score-scale";
import { suggestRecommendation, type WeightedCompetency } from "../rubrics/recommendation-rule";
import { competencyResponseSchema, levelBarsResponseSchema } from "../rubrics/rubric.schema";
import { line, longText } from "../input/text";

/**
 * The feedback contract, shared by the forms (client) and the API (server).
 * The interviewer's schema is built from the booking's rubric version, so a
 * missing competency is a field error at `scores.<key>` on both sides.
 */
export const RECOMMENDATION_VALUES = ["STRONG_NO_HIRE", "NO_HIRE", "HIRE", "STRONG_HIRE"] as const;
export type RecommendationValue = (typeof RECOMMENDATION_VALUES)[number];

export const FEEDBACK_LIMITS = {
  evidence: 2000,
  summary: 2000,
  comments: 3000,
  topic: 80,
  topics: 8,
  notes: 20_000,
  reportReason: 1000,
  recommendationReason: 1000,
  competencyKey: 60,
} as const;

/** Neither side sees the other's feedback before both submit or this long after the end. */
export const RELEASE_AFTER_MS = 7 * 24 * 3_600_000;
/** A participant who has not submitted this long after the end gets one reminder. */
export const FEEDBACK_REMINDER_AFTER_MS = 48 * 3_600_000;

const text = (max: number, label: string) => longText().max(max, `${label} must be at most ${max} characters`);
const required = (max: number, label: string) => text(max, label).min(1, `${label} is required`);

export const competencyScoreSchema = z.object({
  score: z
    .number({ error: `Pick a score from ${SCORE_MIN} to ${SCORE_MAX}` })
    .int(`Pick a score from ${SCORE_MIN} to ${SCORE_MAX}`)
    .min(SCORE_MIN, `Scores run from ${SCORE_MIN} to ${SCORE_MAX}`)
    .max(SCORE_MAX, `Scores run from ${SCORE_MIN} to ${SCORE_MAX}`),
  evidence: required(FEEDBACK_LIMITS.evidence, "Evidence (what the candidate said or did)"),
});

const nextTopics = z
  .array(required(FEEDBACK_LIMITS.topic, "A topic"))
  .max(FEEDBACK_LIMITS.topics, `At most ${FEEDBACK_LIMITS.topics} topics`);

/** What the form says when the recommendation departs from the rule's suggestion without a reason. */
export const DEPARTURE_NEEDS_REASON = "Say why your recommendation differs from the rule's suggestion";

/**
 * Interviewer -> candidate, against the competencies of the booking's rubric
 * version: their keys name the scores, their weights feed the recommendation
 * rule, and a recommendation other than the rule's needs a reason.
 */
export function interviewerFeedbackSchema(competencies: readonly WeightedCompetency[]) {
  const scores = Object.fromEntries(competencies.map((c) => [c.key, competencyScoreSchema]));
  return z
    .object({
      scores: z.strictObject(scores, { error: "Score every competency of the rubric" }),
      strengths: required(FEEDBACK_LIMITS.summary, "Top strengths"),
      improvements: required(FEEDBACK_LIMITS.summary, "Top areas to improve"),
      recommendation: z.enum(RECOMMENDATION_VALUES, { error: "Choose an overall recommendation" }),
      recommendationReason: text(FEEDBACK_LIMITS.recommendationReason, "The reason").default(""),
      nextTopics: nextTopics.default([]),
    })
    .superRefine((input, ctx) => {
      const byKey = Object.fromEntries(
        Object.entries(input.scores).map(([k, s]) => [k, (s as { score: number }).score]),
      );
      const suggestion = suggestRecommendation(competencies, byKey);
      if (suggestion && suggestion.recommendation !== input.recommendation && !input.recommendationReason.trim()) {
        ctx.addIssue({ code: "custom", path: ["recommendationReason"], message: DEPARTURE_NEEDS_REASON });
      }
    });
}
export type InterviewerFeedbackInput = z.output<ReturnType<typeof interviewerFeedbackSchema>>;

const rating = (label: string) =>
  z
    .number({ error: `Rate ${label} from 1 to 5` })
    .int(`Rate ${label} from 1 to 5`)
    .min(1, `Rate ${label} from 1 to 5`)
    .max(5, `Rate ${label} from 1 to 5`);

/** Candidate -> interviewer: it makes up the interviewer's rating. */
export const candidateFeedbackSchema = z.object({
  preparedness: rating("preparedness"),
  questionQuality: rating("the question"),
  feedbackUsefulness: rating("how useful the feedback was"),
  respect: rating("respect"),
  comments: text(FEEDBACK_LIMITS.comments, "Comments").default(""),
  wouldPractiseAgain: z.boolean({ error: "Say whether you would practise with them again" }),
});
export type CandidateFeedbackInput = z.output<typeof candidateFeedbackSchema>;

/** A draft: any subset of the form, with the same limits but nothing required. */
export const interviewerDraftSchema = z.object({
  scores: z
    .record(
      line().min(1, "A competency key is required").max(FEEDBACK_LIMITS.competencyKey),
      z.object({
        score: z.number().int().min(SCORE_MIN).max(SCORE_MAX).nullable().optional(),
        evidence: text(FEEDBACK_LIMITS.evidence, "Evidence").optional(),
      }),
    )
    .optional(),
  strengths: text(FEEDBACK_LIMITS.summary, "Top strengths").optional(),
  improvements: text(FEEDBACK_LIMITS.summary, "Top areas to improve").optional(),
  recommendation: z.enum(RECOMMENDATION_VALUES).nullable().optional(),
  recommendationReason: text(FEEDBACK_LIMITS.recommendationReason, "The reason").optional(),
  nextTopics: z.array(text(FEEDBACK_LIMITS.topic, "A topic")).max(FEEDBACK_LIMITS.topics).optional(),
});
export const candidateDraftSchema = z.object({
  preparedness: z.number().int().min(1).max(5).nullable().optional(),
  questionQuality: z.number().int().min(1).max(5).nullable().optional(),
  feedbackUsefulness: z.number().int().min(1).max(5).nullable().optional(),
  respect: z.number().int().min(1).max(5).nullable().optional(),
  comments: text(FEEDBACK_LIMITS.comments, "Comments").optional(),
  wouldPractiseAgain: z.boolean().nullable().optional(),
});
export type InterviewerDraft = z.output<typeof interviewerDraftSchema>;
export type CandidateDraft = z.output<typeof candidateDraftSchema>;

/** PUT /api/v1/interviews/{id}/notes */
export const notesSchema = z.object({
  body: longText({ trim: false }).max(
    FEEDBACK_LIMITS.notes,
    `Notes must be at most ${FEEDBACK_LIMITS.notes} characters`,
  ),
});

/** POST /api/v1/feedback/{id}/report */
export const reportFeedbackSchema = z.object({
  reason: text(FEEDBACK_LIMITS.reportReason, "Reason").min(5, "Say what is wrong with it (a sentence is enough)"),
});

/** POST /api/v1/admin/feedback-reports/{id} */
export const resolveReportSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("hide"), reason: required(500, "Reason") }),
  z.object({ action: z.literal("dismiss"), reason: text(500, "Reason").optional() }),
]);

/** GET /api/v1/me/feedback (newest first). */
export const receivedFeedbackQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

// ---- Answers (feedback.types.ts names the same shapes; feedback-answers.test.ts keeps the two equal) ----

const direction = z.enum(["INTERVIEWER_TO_CANDIDATE", "CANDIDATE_TO_INTERVIEWER"]);
const interviewerContent = z.object({
  direction: z.literal("INTERVIEWER_TO_CANDIDATE"),
  scores: z.record(
    z.string(),
    z.object({ score: z.number().int().min(SCORE_MIN).max(SCORE_MAX), evidence: z.string() }),
  ),
  strengths: z.string(),
  improvements: z.string(),
  recommendation: z.enum(RECOMMENDATION_VALUES),
  recommendationReason: z
    .string()
    .describe("Why the interviewer departed from the rule's suggestion; empty when they did not"),
  suggestedRecommendation: z
    .enum(RECOMMENDATION_VALUES)
    .nullable()
    .describe("What the recommendation rule suggested at submission; null for feedback from before the rule"),
  nextTopics: z.array(z.string()),
});
const candidateContent = z.object({
  direction: z.literal("CANDIDATE_TO_INTERVIEWER"),
  preparedness: z.number().int(),
  questionQuality: z.number().int(),
  feedbackUsefulness: z.number().int(),
  respect: z.number().int(),
  comments: z.string(),
  wouldPractiseAgain: z.boolean(),
});
export const feedbackContentSchema = z.discriminatedUnion("direction", [interviewerContent, candidateContent]);

export const rubricViewSchema = z.object({
  versionId: z.string(),
  version: z.number().int(),
  title: z.string(),
  levelBars: levelBarsResponseSchema,
  competencies: z.array(competencyResponseSchema),
});

/** GET and PUT /api/v1/interviews/{id}/feedback, and its submit: both sides as released to the caller. */
export const feedbackForViewerResponseSchema = z.object({
  bookingId: z.string(),
  role: z.enum(["CANDIDATE", "INTERVIEWER"]),
  direction: direction.describe("The direction the caller writes"),
  canWrite: z.boolean(),
  cannotWriteReason: z.string().nullable(),
  released: z.boolean(),
  releasesAt: z.iso.datetime(),
  rubric: rubricViewSchema.nullable(),
  mine: z.object({
    id: z.string().nullable(),
    status: z.enum(["NONE", "DRAFT", "SUBMITTED"]),
    draft: z.unknown().describe("The unfinished form, while a draft"),
    content: feedbackContentSchema.nullable(),
    submittedAt: z.iso.datetime().nullable(),
    editable: z.boolean(),
  }),
  theirs: z.object({
    id: z.string().nullable(),
    submitted: z.boolean(),
    content: feedbackContentSchema.nullable().describe("Only once released, and not when an admin hid it"),
    hidden: z.boolean(),
    submittedAt: z.iso.datetime().nullable(),
    reported: z.boolean(),
  }),
});

export type FeedbackForViewerResponse = z.infer<typeof feedbackForViewerResponseSchema>;

/** GET /api/v1/me/feedback */
export const receivedFeedbackPageResponseSchema = z.object({
  items: z.array(
    z.object({
      feedbackId: z.string(),
      bookingId: z.string(),
      startsAt: z.iso.datetime(),
      interviewType: z.object({ slug: z.string(), name: z.string() }),
      author: z.object({ id: z.string(), name: z.string().nullable() }),
      content: feedbackContentSchema,
      submittedAt: z.iso.datetime(),
      recommendation: z.enum(RECOMMENDATION_VALUES).nullable(),
    }),
  ),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

/** GET and PUT /api/v1/interviews/{id}/notes */
export const notesResponseSchema = z.object({ body: z.string(), updatedAt: z.iso.datetime().nullable() });

/** POST /api/v1/feedback/{id}/report */
export const feedbackReportResponseSchema = z.object({
  id: z.string(),
  status: z.enum(["OPEN", "HIDDEN", "DISMISSED"]),
  createdAt: z.iso.datetime(),
});

const person = z.object({ id: z.string(), name: z.string().nullable() });

/** GET /api/v1/admin/feedback-reports */
export const feedbackReportListResponseSchema = z.array(
  z.object({
    id: z.string(),
    reason: z.string(),
    createdAt: z.iso.datetime(),
    reporter: person,
    feedback: z.object({
      id: z.string(),
      bookingId: z.string(),
      startsAt: z.iso.datetime(),
      interviewType: z.object({ slug: z.string(), name: z.string() }),
      direction,
      author: person,
      subject: person,
      submittedAt: z.iso.datetime().nullable(),
      hidden: z.boolean(),
      content: feedbackContentSchema.nullable(),
    }),
  }),
);

/** POST /api/v1/admin/feedback-reports/{id} */
export const resolvedReportResponseSchema = z.object({
  id: z.string(),
  status: z.enum(["HIDDEN", "DISMISSED"]),
  resolvedAt: z.iso.datetime(),
});
