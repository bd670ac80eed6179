import { zodFieldErrors } from "@/lib/errors";
import { questionInputSchema, type QuestionInput } from "@/lib/questions/question.schema";
import type { Difficulty } from "./question-display";

/**
 * What the question form holds while someone types: lists as the text they
 * typed ("migration, launch"), turned into a QuestionInput and checked with
 * the same schema the server uses.
 */
export interface QuestionDraft {
  interviewType: string;
  title: string;
  prompt: string;
  guide: string;
  difficulty: Difficulty | "";
  tags: string;
  companies: string;
  competencyKeys: string[];
}

/** An interview type the form offers, with the competencies of its current rubric. */
export interface TypeChoice {
  slug: string;
  name: string;
  competencies: { key: string; name: string; description: string }[];
}

export type DraftErrors = Partial<Record<keyof QuestionDraft | "_", string>>;

export const EMPTY_DRAFT: QuestionDraft = {
  interviewType: "",
  title: "",
  prompt: "",
  guide: "",
  difficulty: "",
  tags: "",
  companies: "",
  competencyKeys: [],
};

const splitList = (text: string) =>
  text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** Tags are lowercase words joined by hyphens, like the seeded ones ("Vendor management" → "vendor-management"). */
export const normaliseTag = (tag: string) => tag.toLowerCase().replace(/\s+/g, "-");

export function draftToInput(draft: QuestionDraft): Record<keyof QuestionInput, unknown> {
  return {
    interviewType: draft.interviewType,
    title: draft.title,
    prompt: draft.prompt,
    guide: draft.guide,
    difficulty: draft.difficulty || undefined,
    tags: [...new Set(splitList(draft.tags).map(normaliseTag))],
    companies: [...new Set(splitList(draft.companies))],
    competencyKeys: draft.competencyKeys,
  };
}

export function draftFromQuestion(q: {
  interviewType: { slug: string };
  title: string;
  prompt: string;
  guide: string | null;
  difficulty: Difficulty;
  tags: string[];
  companies: string[];
  competencyKeys: string[];
}): QuestionDraft {
  return {
    interviewType: q.interviewType.slug,
    title: q.title,
    prompt: q.prompt,
    guide: q.guide ?? "",
    difficulty: q.difficulty,
    tags: q.tags.join(", "),
    companies: q.companies.join(", "),
    competencyKeys: q.competencyKeys,
  };
}

/**
 * Field errors keyed by the form's fields: "tags.2" becomes "tags", and the
 * first message per field wins. Works for zod issues and for the `errors` of
 * a problem+json answer alike.
 */
export function toDraftErrors(errors: Record<string, string[] | undefined>): DraftErrors {
  const out: DraftErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const field = (path.split(".")[0] || "_") as keyof DraftErrors;
    const message = messages?.[0];
    if (message && !out[field]) out[field] = message;
  }
  return out;
}

export function validateDraft(draft: QuestionDraft): { input: QuestionInput } | { errors: DraftErrors } {
  const parsed = questionInputSchema.safeParse(draftToInput(draft));
  if (parsed.success) return { input: parsed.data };
  return { errors: toDraftErrors(zodFieldErrors(parsed.error)) };
}
