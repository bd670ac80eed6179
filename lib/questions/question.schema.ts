import { z } from "zod";

const list = (max: number, item: string) =>
  z
    .array(z.string().trim().min(1).max(40, `Keep each ${item} under 40 characters`))
    .max(max, `At most ${max} ${item}s`);

/** One schema for the propose/edit form and the API. */
export const questionInputSchema = z.object({
  interviewType: z.string().min(1, "Choose an interview type").max(40),
  title: z.string().trim().min(8, "Give it a title of at least 8 characters").max(140),
  prompt: z
    .string()
    .trim()
    .min(30, "Write the prompt as the candidate would hear it (at least 30 characters)")
    .max(4000),
  guide: z
    .string()
    .trim()
    .min(30, "Tell the interviewer what a strong answer covers (at least 30 characters)")
    .max(20_000),
  difficulty: z.enum(["EASY", "MEDIUM", "HARD"], { error: "Choose a difficulty" }),
  tags: list(8, "tag"),
  companies: list(8, "company"),
  competencyKeys: z.array(z.string().min(1).max(60)).max(6),
});
export type QuestionInput = z.infer<typeof questionInputSchema>;

export const questionPatchSchema = questionInputSchema.partial().strict();

export const moderationSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("approve"), changes: questionPatchSchema.optional() }),
  z.object({
    action: z.literal("reject"),
    reason: z.string().trim().min(5, "Say why, so the author can improve it").max(1000),
  }),
  z.object({ action: z.literal("retire") }),
]);
export type ModerationInput = z.infer<typeof moderationSchema>;

export const questionSearchSchema = z.object({
  q: z.string().trim().max(200).optional(),
  type: z.string().max(40).optional(),
  difficulty: z.enum(["EASY", "MEDIUM", "HARD"]).optional(),
  tag: z.string().max(40).optional(),
  company: z.string().max(40).optional(),
  competency: z.string().max(60).optional(),
  status: z.enum(["PENDING", "APPROVED", "REJECTED", "RETIRED", "MINE"]).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type QuestionSearch = z.infer<typeof questionSearchSchema>;
