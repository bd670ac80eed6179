import { SCORE_MAX } from "../rubrics/score-scale";

/**
 * Picks the next question for a candidate: one they have not had, weighted
 * toward their weakest competencies. Pure: the caller supplies candidates,
 * history, scores and the random source (so tests are deterministic).
 */
export interface SelectableQuestion {
  id: string;
  competencyKeys: string[];
}

export interface SelectionInput {
  questions: SelectableQuestion[];
  /** Ids of questions the candidate has already had. */
  hadQuestionIds: ReadonlySet<string>;
  /** Recent-weighted score per competency key on the rubric's scale (lib/rubrics/score-scale.ts); missing = not yet assessed. */
  competencyScores: Readonly<Record<string, number>>;
  random?: () => number;
}

/** Unassessed competencies count as moderately weak, so new ground gets practised too. */
const UNASSESSED_GAP = 1.5;
const BASE_WEIGHT = 0.25;

export function questionWeight(question: SelectableQuestion, scores: Readonly<Record<string, number>>): number {
  if (question.competencyKeys.length === 0) return BASE_WEIGHT + UNASSESSED_GAP;
  const gaps = question.competencyKeys.map((key) => {
    const score = scores[key];
    return score === undefined ? UNASSESSED_GAP : Math.max(0, SCORE_MAX - score);
  });
  // The weakest competency a question trains matters most; squaring sharpens the preference.
  const worst = Math.max(...gaps);
  return BASE_WEIGHT + worst * worst;
}

export function selectQuestion(input: SelectionInput): string | null {
  const unseen = input.questions.filter((q) => !input.hadQuestionIds.has(q.id));
  const pool = unseen.length > 0 ? unseen : input.questions; // everything had: repeats beat no question
  if (pool.length === 0) return null;
  const weights = pool.map((q) => questionWeight(q, input.competencyScores));
  const total = weights.reduce((a, b) => a + b, 0);
  let ticket = (input.random ?? Math.random)() * total;
  for (let i = 0; i < pool.length; i++) {
    ticket -= weights[i]!;
    if (ticket < 0) return pool[i]!.id;
  }
  return pool.at(-1)!.id;
}
