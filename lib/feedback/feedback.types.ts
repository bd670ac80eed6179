import type { CandidateFeedbackInput, InterviewerFeedbackInput, RecommendationValue } from "./feedback.schema";

/**
 * What GET /api/v1/interviews/{id}/feedback returns: everything the caller may
 * see now. Release is computed from the data on every read.
 */
export interface RubricCompetencyView {
  key: string;
  name: string;
  description: string;
  weight: number;
  /** Anchored descriptors, one per score of the scale (lib/rubrics/score-scale.ts), lowest first. */
  descriptors: string[];
}
export interface RubricView {
  versionId: string;
  version: number;
  title: string;
  /** The bar for each TPM level (lib/rubrics/tpm-levels.ts), in its order; empty for older versions. */
  levelBars: string[];
  competencies: RubricCompetencyView[];
}

export type FeedbackDirectionValue = "INTERVIEWER_TO_CANDIDATE" | "CANDIDATE_TO_INTERVIEWER";

export interface InterviewerFeedbackView extends InterviewerFeedbackInput {
  direction: "INTERVIEWER_TO_CANDIDATE";
  /** What the recommendation rule suggested at submission; null for feedback from before the rule. */
  suggestedRecommendation: RecommendationValue | null;
}
export interface CandidateFeedbackView extends CandidateFeedbackInput {
  direction: "CANDIDATE_TO_INTERVIEWER";
}
export type FeedbackContent = InterviewerFeedbackView | CandidateFeedbackView;

export interface FeedbackForViewer {
  bookingId: string;
  /** The caller's role in the booking. */
  role: "CANDIDATE" | "INTERVIEWER";
  /** The direction the caller writes. */
  direction: FeedbackDirectionValue;
  /** Whether the caller may write (or edit) now, and if not, why in words. */
  canWrite: boolean;
  cannotWriteReason: string | null;
  /** Both submitted, or RELEASE_AFTER_MS after the end. */
  released: boolean;
  releasesAt: string;
  /** The booking's rubric version (for the interviewer's form and for reading scores). */
  rubric: RubricView | null;
  mine: {
    id: string | null;
    status: "NONE" | "DRAFT" | "SUBMITTED";
    /** The unfinished form, while a draft. */
    draft: unknown;
    content: FeedbackContent | null;
    submittedAt: string | null;
    /** Submitted and not yet released: the author may still edit. */
    editable: boolean;
  };
  theirs: {
    id: string | null;
    submitted: boolean;
    /** Only once released; null before, and when an admin hid it. */
    content: FeedbackContent | null;
    hidden: boolean;
    submittedAt: string | null;
    /** Whether the caller has already reported it. */
    reported: boolean;
  };
}

/** One row of GET /api/v1/me/feedback (released feedback the caller received). */
export interface ReceivedFeedbackItem {
  feedbackId: string;
  bookingId: string;
  startsAt: string;
  interviewType: { slug: string; name: string };
  author: { id: string; name: string | null };
  content: FeedbackContent;
  submittedAt: string;
  recommendation: RecommendationValue | null;
}

/** GET /api/v1/me/feedback */
export interface ReceivedFeedbackPage {
  items: ReceivedFeedbackItem[];
  page: number;
  pageSize: number;
  total: number;
}
