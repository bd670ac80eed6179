import { z } from "zod";
import { line, longText } from "../input/text";
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
