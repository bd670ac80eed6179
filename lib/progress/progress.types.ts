import type { RecommendationValue } from "../feedback/feedback.schema";

/**
 * The contract of the history and progress pages and their API.
 * Scores are on the rubric's 1–4 scale; "calibrated" subtracts the
 * interviewer's estimated grading offset (rater_offsets).
 */

/** GET /api/v1/me/history — the caller's past interviews, newest first. */
export interface HistoryQuery {
  /** Live interviews or solo practice (decision 0028); both when absent. */
  kind?: "live" | "solo";
  /** A role or a counterpart means live interviews only: solo practice has neither. */
  role?: "CANDIDATE" | "INTERVIEWER";
  type?: string; // interview type slug
  competency?: string; // competency key: only interviews scored on it
  from?: string; // ISO date (inclusive)
  to?: string; // ISO date (exclusive)
  counterpart?: string; // user id
  page?: number; // 1-based
  pageSize?: number; // default 20, max 100
}
export interface HistoryItem {
  kind: "live" | "solo";
  /** The interview's booking; null for solo practice. */
  bookingId: string | null;
  /** The solo attempt; null for live interviews. */
  soloAttemptId: string | null;
  /** The question answered, for solo practice (a live interview's question is on its page). */
  question: { id: string; title: string } | null;
  startsAt: string;
  endsAt: string;
  status: string;
  role: "CANDIDATE" | "INTERVIEWER";
  interviewType: { slug: string; name: string };
  /** The other person; null for solo practice. */
  counterpart: { id: string; name: string | null } | null;
  /** The recommendation on the candidate, once the caller may see it (released, or the caller wrote it). */
  recommendation: RecommendationValue | null;
  /** Per-competency scores on the candidate, under the same visibility rule; for solo, the self-assessment. */
  scores: { key: string; name: string; score: number }[];
  released: boolean;
}
export interface HistoryPage {
  items: HistoryItem[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ScorePoint {
  bookingId: string;
  at: string;
  score: number;
  calibrated: number;
  interviewerId: string;
  rubricVersion: number;
}
export interface CompetencyProgress {
  key: string;
  name: string;
  series: ScorePoint[];
  /** Recent-weighted level (exponential decay over interviews); null with no scores. */
  current: number | null;
  calibratedCurrent: number | null;
  /** Mean of the first three scored interviews. */
  first: number | null;
  /** current - first. */
  change: number | null;
  /**
   * What the person scored themselves in solo practice (recent-weighted like `current`), and over
   * how many attempts. Shown beside the peer figures, never averaged into them (decision 0028).
   */
  selfAssessed: number | null;
  selfAssessedAttempts: number;
}
export interface Readiness {
  ready: boolean;
  /** In words, e.g. "Last 3 interviews average 3.2 and no competency is below 2.5". */
  reason: string;
  lastThreeAverage: number | null;
  weakest: { key: string; name: string; score: number } | null;
}
export interface PractiseNext {
  competencies: { key: string; name: string; score: number | null }[];
  /** Approved questions of this type that train those competencies and the candidate has not had. */
  questions: { id: string; title: string; difficulty: string; competencyKeys: string[] }[];
  /** What teaches the weakest competency (issue #24 item 4); null with no weakest. */
  learning: LearningPath | null;
}
export interface LearningPath {
  /** Questions whose Learn block explains the competency (the block is on the question's page). */
  explainers: { questionId: string; title: string }[];
  /** Named resources from those Learn blocks. */
  resources: string[];
  /** Solo-practice questions that train it and the person has not seen, solo or live. */
  soloQuestions: { id: string; title: string; difficulty: string }[];
}

/** GET /api/v1/me/progress?type=<slug> — aggregates computed in SQL. */
export interface ProgressResponse {
  /** Types the caller has been scored in (as candidate) or practised alone, with counts. */
  interviewTypes: { slug: string; name: string; interviews: number; soloAttempts: number }[];
  /** The selected type (the query's, else the one with the most interviews); null with no history. */
  type: { slug: string; name: string } | null;
  interviews: number;
  /** Handed-in solo attempts of the selected type: they feed only `selfAssessed`. */
  soloAttempts: number;
  competencies: CompetencyProgress[];
  readiness: Readiness | null;
  practiseNext: PractiseNext | null;
  calibration: { computedAt: string | null; explanation: string };
}

/** GET /api/v1/me/interviewing — the interviewer view. */
export interface InterviewerStats {
  feedbackGiven: number;
  ratingsReceived: { at: string; rating: number }[];
  averageRating: number | null;
  wouldPractiseAgainShare: number | null;
  reliability: { completed: number; lateCancellations: number; noShows: number; score: number | null };
  graderOffset: number | null;
}
