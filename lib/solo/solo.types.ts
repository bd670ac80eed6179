import type { LearnBlock } from "../questions/learn-block";

/** The contract of the solo-practice pages and their API (decision 0028). */
export type Difficulty = "EASY" | "MEDIUM" | "HARD";

/** A question solo practice offers: approved, not live-only. */
export interface SoloQuestion {
  id: string;
  title: string;
  difficulty: Difficulty;
  interviewType: { slug: string; name: string };
  competencyKeys: string[];
  /** The caller has opened it in solo practice before. */
  attempted: boolean;
}

export interface SoloAttemptSummary {
  id: string;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: string;
  submittedAt: string | null;
  question: { id: string; title: string; difficulty: Difficulty };
  interviewType: { slug: string; name: string };
}

export interface SoloAttemptView extends SoloAttemptSummary {
  timeLimitMinutes: number;
  /** When the timer runs out: startedAt plus the limit. Submitting later is allowed and shown as over time. */
  dueAt: string;
  prompt: string;
  learn: LearnBlock | null;
  /** The attempt's rubric version, with the anchored descriptor of each score, lowest first. */
  competencies: { key: string; name: string; description: string; descriptors: string[] }[];
  answer: string | null;
  scores: { key: string; name: string; score: number }[];
  /** The interviewer's guide: only once the attempt is submitted (it is the "compare" step). */
  guide: string | null;
}
