import { AI_ML_QUESTIONS } from "./ai-ml";
import { BEHAVIORAL_LEADERSHIP_QUESTIONS } from "./behavioral-leadership";
import { PRODUCT_SENSE_QUESTIONS } from "./product-sense";
import { PROGRAM_EXECUTION_QUESTIONS } from "./program-execution";
import { SQL_AND_DATA_QUESTIONS } from "./sql-and-data";
import type { LearnBlock } from "../../../lib/questions/learn-block";
import { PYTHON_CODE_READING_QUESTIONS } from "./python-code-reading";
import { APIS_DISTRIBUTED_SYSTEMS_QUESTIONS } from "./apis-distributed-systems";
import { ML_GENAI_FUNDAMENTALS_QUESTIONS } from "./ml-genai-fundamentals";
import { AI_ML_PROGRAMS_QUESTIONS } from "./ai-ml-programs";
import { PROGRAM_SENSE_PLANNING_QUESTIONS } from "./program-sense-planning";
import { BEHAVIORAL_PRINCIPLES_QUESTIONS } from "./behavioral-principles";
import { INCIDENT_MANAGEMENT_QUESTIONS } from "./incident-management";
import { SECURITY_ENGINEERING_QUESTIONS } from "./security-engineering";
import { VENDORS_HARDWARE_QUESTIONS } from "./vendors-hardware";
import { SYSTEM_DESIGN_ORIGINAL_QUESTIONS } from "./system-design-original";
import { PRODUCT_SENSE_FRAMING_QUESTIONS } from "./product-sense-framing";
import { PROGRAM_DEEP_DIVE_QUESTIONS } from "./program-deep-dive";
import type { SeedQuestion } from "./seed-question";
import { SYSTEM_DESIGN_QUESTIONS } from "./system-design";
import { TECHNICAL_DEPTH_QUESTIONS } from "./technical-depth";

export const ALL_QUESTIONS: readonly SeedQuestion[] = [
  ...SYSTEM_DESIGN_QUESTIONS,
  ...TECHNICAL_DEPTH_QUESTIONS,
  ...PROGRAM_EXECUTION_QUESTIONS,
  ...BEHAVIORAL_LEADERSHIP_QUESTIONS,
  ...PRODUCT_SENSE_QUESTIONS,
  ...AI_ML_QUESTIONS,
  ...SQL_AND_DATA_QUESTIONS,
  ...PYTHON_CODE_READING_QUESTIONS,
  ...APIS_DISTRIBUTED_SYSTEMS_QUESTIONS,
  ...ML_GENAI_FUNDAMENTALS_QUESTIONS,
  ...AI_ML_PROGRAMS_QUESTIONS,
  ...PROGRAM_SENSE_PLANNING_QUESTIONS,
  ...BEHAVIORAL_PRINCIPLES_QUESTIONS,
  ...INCIDENT_MANAGEMENT_QUESTIONS,
  ...SECURITY_ENGINEERING_QUESTIONS,
  ...VENDORS_HARDWARE_QUESTIONS,
  ...SYSTEM_DESIGN_ORIGINAL_QUESTIONS,
  ...PRODUCT_SENSE_FRAMING_QUESTIONS,
  ...PROGRAM_DEEP_DIVE_QUESTIONS,
];

/**
 * Seeded questions taken out of the bank (near-duplicates, issue 24). The seed
 * retires them in databases seeded before, so they leave the bank but past
 * interviews that used them still show them.
 */
export const RETIRED_SEED_SLUGS: readonly string[] = ["pe-eu-data-residency"];

/** The guide as interviewers read it: one Markdown document. */
export function guideMarkdown(q: SeedQuestion): string {
  return [
    "## What a strong answer covers",
    q.guide.strongAnswer.trim(),
    "## Follow-up questions",
    q.guide.followUps.map((f) => `- ${f}`).join("\n"),
    "## Common pitfalls",
    q.guide.pitfalls.map((p) => `- ${p}`).join("\n"),
  ].join("\n\n");
}

/** The Learn block as stored (lib/questions/learn-block.ts reads it back). */
export function learnBlock(q: SeedQuestion): LearnBlock {
  return {
    explainer: q.learn.explainer,
    keyTerms: q.learn.terms.map(([term, definition]) => ({ term, definition })),
    resources: q.learn.resources,
  };
}
