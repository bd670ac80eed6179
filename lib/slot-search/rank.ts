import type { Level } from "../generated/prisma/client";

/**
 * Ranks interviewers for a candidate. Each signal is normalised to 0..1 and
 * weighted; signals not recorded yet (reliability, rating) count as neutral so
 * adding them later changes weights, not the shape of this function.
 */
export interface RankSignals {
  /** The interviewer lists this interview type among their focus areas. */
  focusFit: boolean;
  interviewerLevel: Level;
  candidateLevel: Level | null;
  /** 0..1 share of kept interviews, when known (booking lifecycle). */
  reliability?: number | null;
  /** 1..5 average from candidates, when known (feedback). */
  rating?: number | null;
}

const LEVEL_ORDER: Record<Level, number> = { ENTRY: 0, MID: 1, SENIOR: 2, STAFF: 3 };

export const RANK_WEIGHTS = { focusFit: 0.35, level: 0.25, reliability: 0.2, rating: 0.2 } as const;

const NEUTRAL = 0.5;

/** An interviewer at or one step above the candidate's level is ideal; below is least useful. */
function levelScore(interviewer: Level, candidate: Level | null): number {
  if (!candidate) return NEUTRAL;
  const gap = LEVEL_ORDER[interviewer] - LEVEL_ORDER[candidate];
  if (gap === 0 || gap === 1) return 1;
  if (gap > 1) return 0.75;
  return gap === -1 ? 0.35 : 0.1;
}

export function rankScore(s: RankSignals): number {
  const score =
    RANK_WEIGHTS.focusFit * (s.focusFit ? 1 : 0) +
    RANK_WEIGHTS.level * levelScore(s.interviewerLevel, s.candidateLevel) +
    RANK_WEIGHTS.reliability * (s.reliability ?? NEUTRAL) +
    RANK_WEIGHTS.rating * (s.rating != null ? (s.rating - 1) / 4 : NEUTRAL);
  return Math.round(score * 1000) / 1000;
}
