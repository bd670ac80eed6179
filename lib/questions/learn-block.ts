import { z } from "zod";

/**
 * A question's Learn block: the concept in plain words, key terms and named
 * resources. Unlike the guide it gives nothing of the answer away, so everyone
 * who can see the question may read it at any time.
 */
export const learnBlockSchema = z.object({
  explainer: z.string().min(1),
  keyTerms: z.array(z.object({ term: z.string().min(1), definition: z.string().min(1) })),
  resources: z.array(z.string().min(1)),
});
export type LearnBlock = z.infer<typeof learnBlockSchema>;

/** The stored JSON as a Learn block; anything malformed reads as "none" rather than breaking the page. */
export function parseLearnBlock(json: unknown): LearnBlock | null {
  if (json === null || json === undefined) return null;
  const parsed = learnBlockSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
