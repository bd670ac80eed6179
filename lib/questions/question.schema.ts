import { z } from "zod";
import { line, longText } from "../input/text";

const list = (max: number, item: string) =>
  z.array(line().min(1).max(40, `Keep each ${item} under 40 characters`)).max(max, `At most ${max} ${item}s`);

/** One schema for the propose/edit form and the API. */
export const questionInputSchema = z.object({
  interviewType: line().min(1, "Choose an interview type").max(40),
  title: line().min(8, "Give it a title of at least 8 characters").max(140),
  prompt: longText().min(30, "Write the prompt as the candidate would hear it (at least 30 characters)").max(4000),
  guide: longText().min(30, "Tell the interviewer what a strong answer covers (at least 30 characters)").max(20_000),
  difficulty: z.enum(["EASY", "MEDIUM", "HARD"], { error: "Choose a difficulty" }),
  tags: list(8, "tag"),
  companies: list(8, "company"),
  competencyKeys: z.array(line().min(1).max(60)).max(6),
});
export type QuestionInput = z.infer<typeof questionInputSchema>;

export const questionPatchSchema = questionInputSchema.partial().strict();

export const moderationSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("approve"), changes: questionPatchSchema.optional() }),
  z.object({
    action: z.literal("reject"),
    reason: longText().min(5, "Say why, so the author can improve it").max(1000),
  }),
  z.object({ action: z.literal("retire") }),
]);
export type ModerationInput = z.infer<typeof moderationSchema>;

export const questionSearchSchema = z.object({
  q: line().max(200).optional(),
  type: line().max(40).optional(),
  difficulty: z.enum(["EASY", "MEDIUM", "HARD"]).optional(),
  tag: line().max(40).optional(),
  company: line().max(40).optional(),
  competency: line().max(60).optional(),
  status: z.enum(["PENDING", "APPROVED", "REJECTED", "RETIRED", "MINE"]).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type QuestionSearch = z.infer<typeof questionSearchSchema>;

// ---- Answers ----

const questionSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  prompt: z.string(),
  difficulty: z.enum(["EASY", "MEDIUM", "HARD"]),
  status: z.enum(["PENDING", "APPROVED", "REJECTED", "RETIRED"]),
  tags: z.array(z.string()),
  companies: z.array(z.string()),
  competencyKeys: z.array(z.string()),
  createdAt: z.iso.datetime(),
  interviewType: z.object({ slug: z.string(), name: z.string() }),
  author: z.object({ id: z.string(), profile: z.object({ displayName: z.string() }).nullable() }).nullable(),
});

/** A question with its interviewer guide: what its author, an admin and the writes see. */
export const questionResponseSchema = questionSummary.extend({
  guide: z.string(),
  rejectionReason: z.string().nullable(),
});
export type QuestionResponse = z.infer<typeof questionResponseSchema>;

const learn = z
  .object({
    explainer: z.string(),
    keyTerms: z.array(z.object({ term: z.string(), definition: z.string() })),
    resources: z.array(z.string()),
  })
  .nullable();

/** GET /api/v1/questions/{id}: the guide only when the caller may see it. */
export const questionDetailResponseSchema = z.discriminatedUnion("canSeeGuide", [
  questionResponseSchema.extend({ canSeeGuide: z.literal(true), learn }),
  questionSummary.extend({
    canSeeGuide: z.literal(false),
    guide: z.null(),
    rejectionReason: z.null(),
    learn,
  }),
]);
export type QuestionDetailResponse = z.infer<typeof questionDetailResponseSchema>;

/** GET /api/v1/questions */
export const questionPageResponseSchema = z.object({
  questions: z.array(questionSummary.extend({ rank: z.number() })),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
});
export type QuestionPageResponse = z.infer<typeof questionPageResponseSchema>;
