import { z } from "zod";
import { line, longText } from "../input/text";
import { learnBlockSchema } from "../questions/learn-block";
import { SCORE_MAX, SCORE_MIN } from "../rubrics/score-scale";

/** The solo-practice contract, shared by the page's form and the API (decision 0028). */
export const SOLO_LIMITS = {
  answer: 20_000,
  competencyKey: 60,
  minMinutes: 5,
  maxMinutes: 120,
} as const;

/** Minutes on the clock when the person does not choose: harder questions get longer. */
export const DEFAULT_MINUTES = { EASY: 20, MEDIUM: 30, HARD: 40 } as const;

export const startSoloAttemptSchema = z.strictObject({
  questionId: line().min(1, "Choose a question").max(40),
  timeLimitMinutes: z
    .number()
    .int()
    .min(SOLO_LIMITS.minMinutes, `At least ${SOLO_LIMITS.minMinutes} minutes`)
    .max(SOLO_LIMITS.maxMinutes, `At most ${SOLO_LIMITS.maxMinutes} minutes`)
    .optional(),
});
export type StartSoloAttemptInput = z.infer<typeof startSoloAttemptSchema>;

const selfScore = z
  .number({ error: `Pick a score from ${SCORE_MIN} to ${SCORE_MAX}` })
  .int(`Pick a score from ${SCORE_MIN} to ${SCORE_MAX}`)
  .min(SCORE_MIN, `Scores run from ${SCORE_MIN} to ${SCORE_MAX}`)
  .max(SCORE_MAX, `Scores run from ${SCORE_MIN} to ${SCORE_MAX}`);

/** The shape at the edge; which competencies must be scored is the attempt's rubric's (submit-solo-attempt.ts). */
export const submitSoloAttemptSchema = z.strictObject({
  answer: longText()
    .min(1, "Write your answer before you compare it with the guide")
    .max(SOLO_LIMITS.answer, `Keep the answer under ${SOLO_LIMITS.answer} characters`),
  scores: z.record(line().min(1).max(SOLO_LIMITS.competencyKey), selfScore),
});
export type SubmitSoloAttemptInput = z.infer<typeof submitSoloAttemptSchema>;

export const soloQuestionsQuerySchema = z.strictObject({
  type: line().min(1).max(40).optional(),
});

// ---- Answers ----

const difficulty = z.enum(["EASY", "MEDIUM", "HARD"]);
const typeRef = z.object({ slug: z.string(), name: z.string() });

/** GET /api/v1/me/solo-questions: approved questions outside the live-only share. */
export const soloQuestionListResponseSchema = z.object({
  questions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      difficulty,
      interviewType: typeRef,
      competencyKeys: z.array(z.string()),
      attempted: z.boolean().describe("The caller has opened it in solo practice before"),
    }),
  ),
});

const soloAttemptSummary = z.object({
  id: z.string(),
  status: z.enum(["IN_PROGRESS", "SUBMITTED"]),
  startedAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
  question: z.object({ id: z.string(), title: z.string(), difficulty }),
  interviewType: typeRef,
});

/** GET /api/v1/me/solo-attempts */
export const soloAttemptListResponseSchema = z.object({ attempts: z.array(soloAttemptSummary) });

/** One attempt: the guide only once it is handed in. */
export const soloAttemptResponseSchema = soloAttemptSummary.extend({
  timeLimitMinutes: z.number().int(),
  dueAt: z.iso.datetime(),
  prompt: z.string(),
  learn: learnBlockSchema.nullable(),
  competencies: z.array(
    z.object({ key: z.string(), name: z.string(), description: z.string(), descriptors: z.array(z.string()) }),
  ),
  answer: z.string().nullable(),
  scores: z.array(z.object({ key: z.string(), name: z.string(), score: z.number() })),
  guide: z.string().nullable(),
});
