import { z } from "zod";
import { SCORE_LABELS } from "./score-scale";
import { TPM_LEVELS } from "./tpm-levels";
import { line, longText } from "../input/text";

const descriptor = longText().min(10, "Describe what this score looks like (at least 10 characters)").max(600);

export const competencyInputSchema = z.object({
  key: line()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase words joined by hyphens; keep it stable across versions")
    .max(60),
  name: line().min(2).max(80),
  description: longText().min(10, "Say what it measures").max(600),
  weight: z.number().gt(0, "Weight must be above 0").max(1),
  /** What each score looks like, lowest first: one per score of the scale. */
  descriptors: z.array(descriptor).length(SCORE_LABELS.length, `Describe each of the ${SCORE_LABELS.length} scores`),
});

/** Saving a rubric always creates a new version; the editor and the API share this schema. */
export const rubricInputSchema = z
  .object({
    title: line().min(3).max(120),
    competencies: z
      .array(competencyInputSchema)
      .min(2, "A rubric needs at least 2 competencies")
      .max(8, "At most 8 competencies"),
    /** The bar for each TPM level, in TPM_LEVELS order; optional so older callers publish without bars. */
    levelBars: z
      .array(longText().min(10, "Describe what this level looks like (at least 10 characters)").max(800))
      .length(TPM_LEVELS.length, `Describe the bar for each of the ${TPM_LEVELS.length} levels`)
      .optional(),
  })
  .superRefine((rubric, ctx) => {
    const keys = new Set<string>();
    rubric.competencies.forEach((c, i) => {
      if (keys.has(c.key))
        ctx.addIssue({ code: "custom", path: ["competencies", i, "key"], message: "Each key only once" });
      keys.add(c.key);
    });
    const total = rubric.competencies.reduce((sum, c) => sum + c.weight, 0);
    if (Math.abs(total - 1) > 0.001) {
      ctx.addIssue({
        code: "custom",
        path: ["competencies"],
        message: `Weights must add up to 1 (they add up to ${total.toFixed(2)})`,
      });
    }
  });
export type RubricInput = z.infer<typeof rubricInputSchema>;

/** The overall recommendation scale every rubric shares. */
export const RECOMMENDATIONS = [
  { value: "STRONG_NO_HIRE", label: "Strong no hire" },
  { value: "NO_HIRE", label: "No hire" },
  { value: "HIRE", label: "Hire" },
  { value: "STRONG_HIRE", label: "Strong hire" },
] as const;

/** A rubric version's competency and level bars as every answer shows them (rubrics, feedback, the live room). */
export const competencyResponseSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  weight: z.number(),
  descriptors: z.array(z.string()).describe("One per score of the scale, lowest first"),
});
export const levelBarsResponseSchema = z
  .array(z.string())
  .describe("The bar for each TPM level (TPM II, Senior, Staff); empty for older versions");

/** A published rubric version, as GET /api/v1/rubrics and /rubrics/{type} answer it. */
export const rubricResponseSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  createdAt: z.iso.datetime(),
  interviewType: z.object({ slug: z.string(), name: z.string() }),
  recommendations: z.array(z.object({ value: z.string(), label: z.string() })),
  levelBars: levelBarsResponseSchema,
  competencies: z.array(competencyResponseSchema),
});
export type RubricResponse = z.infer<typeof rubricResponseSchema>;
export const rubricListResponseSchema = z.object({ rubrics: z.array(rubricResponseSchema) });
