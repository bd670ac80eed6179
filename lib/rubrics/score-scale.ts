/**
 * The rubric's score scale, defined once: what each score means, in order
 * from the lowest. The range follows from the labels, and the schemas, SQL,
 * charts, labels and seed read it from here (it imports nothing, so client
 * components may too). The database's CHECK constraints cannot import it:
 * score-scale.int.test.ts checks they agree.
 */
export const SCORE_LABELS = ["Well below the bar", "Below the bar", "At the bar", "Well above the bar"] as const;

export const SCORE_MIN = 1;
export const SCORE_MAX = SCORE_MIN + SCORE_LABELS.length - 1;
/** Every score, lowest first: a rubric competency has one descriptor per score, in this order. */
export const SCORES: readonly number[] = SCORE_LABELS.map((_, i) => SCORE_MIN + i);

/** The score that means "at the bar": what a hire is expected to show. */
export const BAR_SCORE = SCORE_MIN + SCORE_LABELS.indexOf("At the bar");

/** "1–4", for sentences about the scale. */
export const SCORE_RANGE = `${SCORE_MIN}–${SCORE_MAX}`;

export function scoreLabel(score: number): string {
  return SCORE_LABELS[score - SCORE_MIN] ?? String(score);
}

export function clampScore(x: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, x));
}
