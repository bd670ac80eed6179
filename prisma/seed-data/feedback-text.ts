import { BAR_SCORE, SCORE_MIN } from "../../lib/rubrics/score-scale";
import type { SeedCompetency } from "./questions/seed-question";

/**
 * Words for the seeded feedback. Evidence is built from the rubric's own
 * anchored descriptor for the score given, so what a note says always agrees
 * with the number beside it, framed the way interviewers jot notes.
 */
export type Pick = <T>(items: readonly T[]) => T;

/** Words per score of the scale (lib/rubrics/score-scale.ts). */
const OPENERS: Record<number, readonly string[]> = {
  4: ["Standout:", "Well above the bar —", "Excellent here:", "Best part of the interview:"],
  3: ["Solid:", "At the bar —", "Good:", "Met the bar:"],
  2: ["Below the bar:", "Partly there —", "Needs work:", "Mixed:"],
  1: ["Missing:", "Well below the bar:", "Struggled here:", "Not there yet:"],
};

const TAILS: Record<number, readonly string[]> = {
  4: [
    "Keep doing exactly this.",
    "This is what a senior TPM answer sounds like.",
    "Nothing to add; it carried the interview.",
  ],
  3: [
    "Next step: lead with the one point that matters most.",
    "Would be a 4 with a concrete number or example behind it.",
    "Clear and correct; a little more depth would make it memorable.",
  ],
  2: [
    "Practise saying this part out loud before the next mock.",
    "Got there with prompting; aim to volunteer it unasked.",
    "Pick one example and rehearse it end to end.",
  ],
  1: [
    "Worth a dedicated practice session on this alone.",
    "Revisit the basics here before the next interview.",
    "We ran out of time before this came up properly.",
  ],
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const firstSentence = (s: string): string => /^.*?[.!?](\s|$)/.exec(s)?.[0]?.trim() ?? s;

export function evidenceFor(competency: SeedCompetency, score: number, pick: Pick) {
  const seen = firstSentence(competency.descriptors[score - SCORE_MIN]!);
  return `${pick(OPENERS[score]!)} ${lowerFirst(seen)} ${pick(TAILS[score]!)}`;
}

export function strengthsFor(top: SeedCompetency[]): string {
  const [a, b] = top;
  if (!a) return "Stayed calm and structured throughout.";
  const lead = `Strongest on ${a.name.toLowerCase()}${b ? ` and ${b.name.toLowerCase()}` : ""}.`;
  return `${lead} ${firstSentence(a.descriptors[BAR_SCORE - SCORE_MIN]!)}`;
}

export function improvementsFor(bottom: SeedCompetency[]): string {
  const [a, b] = bottom;
  if (!a) return "Keep practising under time pressure.";
  const lead = `Focus next on ${a.name.toLowerCase()}${b ? `, then ${b.name.toLowerCase()}` : ""}.`;
  return `${lead} What the bar looks like: ${lowerFirst(firstSentence(a.descriptors[BAR_SCORE - SCORE_MIN]!))}`;
}

export const CANDIDATE_COMMENTS = [
  "Clear, fair and well prepared. The follow-ups felt like a real loop.",
  "Really specific feedback with examples from what I actually said.",
  "Great question; pushed me on trade-offs without being unkind.",
  "Ran a few minutes over but the debrief was worth it.",
  "Helpful, though I would have liked more time on the debrief.",
  "Friendly and sharp. Told me exactly what a strong answer would include.",
  "Good mock. The hints came at the right moments.",
  "",
] as const;
