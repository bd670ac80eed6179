/**
 * Shapes of the question bank and rubric content the seed loads. The content
 * is written by the MockLoop team for aspiring TPMs; prisma/seed-data/questions.test.ts
 * enforces counts, shapes and unique titles.
 */
export type InterviewTypeSlug =
  | "system-design"
  | "technical-depth"
  | "program-execution"
  | "behavioral-leadership"
  | "product-sense"
  | "ai-ml"
  | "program-deep-dive";

export type Difficulty = "EASY" | "MEDIUM" | "HARD";

export interface SeedQuestion {
  /** Stable across seeds and edits; kebab-case, unique. */
  slug: string;
  type: InterviewTypeSlug;
  title: string;
  /** The prompt as the candidate hears it (Markdown, 2–6 sentences). */
  prompt: string;
  difficulty: Difficulty;
  tags: string[];
  /** Companies known to ask questions like this (public knowledge, no leaked questions). */
  companies: string[];
  /** Keys of the competencies in this type's rubric that the question trains. */
  competencies: string[];
  guide: {
    /** What a strong answer covers (Markdown: a short paragraph plus bullets). */
    strongAnswer: string;
    /** At least 3. */
    followUps: string[];
    /** At least 2. */
    pitfalls: string[];
  };
  /** What anyone may read at any time, to study the concept behind the question. */
  learn: SeedLearn;
}

/**
 * The Learn block: written for someone without an engineering degree. Resources
 * are named (books, courses), never linked: MockLoop can't vouch for a URL.
 */
export interface SeedLearn {
  /** The concept in plain words, 2–5 sentences. */
  explainer: string;
  /** [term, one-line definition]; at least 2. */
  terms: [string, string][];
  /** Two or three named resources, usually from learn-resources.ts. */
  resources: string[];
}

export interface SeedCompetency {
  /** Stable across rubric versions: trends follow a competency by this key. */
  key: string;
  name: string;
  /** What it measures, one or two sentences. */
  description: string;
  /** Relative weight; a rubric's weights sum to 1. */
  weight: number;
  /** Anchored descriptors for scores 1..4: 1 well below the bar, 2 below, 3 at the bar, 4 well above. */
  descriptors: [string, string, string, string];
}

export interface SeedRubric {
  type: InterviewTypeSlug;
  title: string;
  competencies: SeedCompetency[];
}

/** The competency keys of each rubric: questions must use these. */
export const COMPETENCY_KEYS: Record<InterviewTypeSlug, readonly string[]> = {
  "system-design": [
    "requirements-scoping",
    "architecture",
    "data-modeling",
    "scalability-reliability",
    "tradeoffs",
    "rollout-operations",
  ],
  "technical-depth": [
    "fundamentals",
    "databases-data",
    "code-query-literacy",
    "algorithms-complexity",
    "debugging-reasoning",
    "communication-clarity",
  ],
  "program-execution": [
    "planning-scoping",
    "dependency-risk",
    "stakeholder-alignment",
    "metrics-delivery",
    "course-correction",
  ],
  "behavioral-leadership": [
    "impact-scope",
    "influence",
    "conflict-resolution",
    "ownership",
    "ambiguity",
    "communication",
    "growth-self-awareness",
  ],
  "product-sense": ["goal-framing", "user-understanding", "prioritization", "success-metrics", "technical-feasibility"],
  "ai-ml": ["ml-lifecycle", "data-evaluation", "ml-system-design", "responsible-ai", "launch-risk"],
  "program-deep-dive": [
    "scope-complexity",
    "technical-judgment",
    "cross-team-leadership",
    "outcomes-evidence",
    "reflection",
  ],
};

/** Joins Markdown lines; keeps the guides readable without template-literal indentation. */
export const md = (...lines: string[]): string => lines.join("\n");

/** A strong-answer guide: one short paragraph, then what a strong TPM answer covers, as bullets. */
export function strong(summary: string, points: string[]): string {
  return [summary, "", ...points.map((p) => `- ${p}`)].join("\n");
}
