import type { z } from "zod";
import { zodFieldErrors, type FieldErrors } from "@/lib/errors";
import {
  candidateDraftSchema,
  interviewerDraftSchema,
  type CandidateDraft,
  type InterviewerDraft,
  type RecommendationValue,
} from "@/lib/feedback/feedback.schema";

/**
 * The feedback forms' state and its conversions: from a stored draft or a
 * submission into the form, and from the form into a draft (PUT while
 * unfinished) or a submission (checked with the same zod schema as the server).
 */
export interface ScoreState {
  score: number | null;
  evidence: string;
}

export interface InterviewerFormState {
  scores: Record<string, ScoreState>;
  strengths: string;
  improvements: string;
  recommendation: RecommendationValue | null;
  /** Why the recommendation departs from the rule's suggestion (asked for only then). */
  recommendationReason: string;
  /** One topic per line, as typed. */
  nextTopics: string;
}

export interface CandidateFormState {
  preparedness: number | null;
  questionQuality: number | null;
  feedbackUsefulness: number | null;
  respect: number | null;
  comments: string;
  wouldPractiseAgain: boolean | null;
}

export const CANDIDATE_RATINGS = ["preparedness", "questionQuality", "feedbackUsefulness", "respect"] as const;

/** A draft or a submission as the interviewer's form; anything unreadable starts empty. */
export function interviewerFormFrom(source: unknown, keys: readonly string[]): InterviewerFormState {
  const parsed = interviewerDraftSchema.safeParse(source ?? {});
  const d: InterviewerDraft = parsed.success ? parsed.data : {};
  return {
    scores: Object.fromEntries(
      keys.map((key) => [key, { score: d.scores?.[key]?.score ?? null, evidence: d.scores?.[key]?.evidence ?? "" }]),
    ),
    strengths: d.strengths ?? "",
    improvements: d.improvements ?? "",
    recommendation: d.recommendation ?? null,
    recommendationReason: d.recommendationReason ?? "",
    nextTopics: (d.nextTopics ?? []).join("\n"),
  };
}

export function topicsOf(text: string): string[] {
  return text
    .split("\n")
    .map((t) => t.trim())
    .filter(Boolean);
}

export function interviewerDraftOf(state: InterviewerFormState): InterviewerDraft {
  return {
    scores: state.scores,
    strengths: state.strengths,
    improvements: state.improvements,
    recommendation: state.recommendation,
    recommendationReason: state.recommendationReason,
    nextTopics: topicsOf(state.nextTopics),
  };
}

/** What goes to the submit endpoint; unscored competencies are left out so the schema names them. */
export function interviewerSubmissionOf(state: InterviewerFormState) {
  return {
    scores: Object.fromEntries(
      Object.entries(state.scores).map(([key, s]) => [key, { score: s.score ?? undefined, evidence: s.evidence }]),
    ),
    strengths: state.strengths,
    improvements: state.improvements,
    recommendation: state.recommendation ?? undefined,
    recommendationReason: state.recommendationReason,
    nextTopics: topicsOf(state.nextTopics),
  };
}

export function candidateFormFrom(source: unknown): CandidateFormState {
  const parsed = candidateDraftSchema.safeParse(source ?? {});
  const d: CandidateDraft = parsed.success ? parsed.data : {};
  return {
    preparedness: d.preparedness ?? null,
    questionQuality: d.questionQuality ?? null,
    feedbackUsefulness: d.feedbackUsefulness ?? null,
    respect: d.respect ?? null,
    comments: d.comments ?? "",
    wouldPractiseAgain: d.wouldPractiseAgain ?? null,
  };
}

export const candidateDraftOf = (state: CandidateFormState): CandidateDraft => ({ ...state });

export function candidateSubmissionOf(state: CandidateFormState) {
  return {
    preparedness: state.preparedness ?? undefined,
    questionQuality: state.questionQuality ?? undefined,
    feedbackUsefulness: state.feedbackUsefulness ?? undefined,
    respect: state.respect ?? undefined,
    comments: state.comments,
    wouldPractiseAgain: state.wouldPractiseAgain ?? undefined,
  };
}

/** Runs the shared schema in the browser; field errors use the server's dotted paths ("scores.x.evidence"). */
export function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: zodFieldErrors(result.error) };
}

/** The non-empty lines of someone's notes, offered one by one as evidence. */
export function noteLines(notes: string): string[] {
  return notes
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

export function appendEvidence(evidence: string, line: string): string {
  const current = evidence.replace(/\s+$/, "");
  return current ? `${current}\n${line}` : line;
}
