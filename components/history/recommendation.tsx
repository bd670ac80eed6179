import type { RecommendationValue } from "@/lib/feedback/feedback.schema";
import { cn } from "@/components/ui/cn";
import { SCORE_MAX, SCORE_MIN } from "@/lib/rubrics/score-scale";

// Labels kept here rather than imported from the rubric schema, which would pull zod into this page's bundle.
const LABELS: Record<RecommendationValue, string> = {
  STRONG_NO_HIRE: "Strong no hire",
  NO_HIRE: "No hire",
  HIRE: "Hire",
  STRONG_HIRE: "Strong hire",
};

const TONES: Record<RecommendationValue, string> = {
  STRONG_NO_HIRE: "bg-red-50 text-red-900 ring-red-300",
  NO_HIRE: "bg-amber-50 text-amber-900 ring-amber-300",
  HIRE: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  STRONG_HIRE: "bg-emerald-100 text-emerald-950 ring-emerald-400",
};

export function recommendationLabel(value: RecommendationValue): string {
  return LABELS[value];
}

export function RecommendationBadge({ value }: { value: RecommendationValue }) {
  return (
    <span className={cn("inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1", TONES[value])}>
      {LABELS[value]}
    </span>
  );
}

const SCORE_TONES = [
  "bg-red-50 text-red-900 ring-red-200",
  "bg-amber-50 text-amber-900 ring-amber-200",
  "bg-emerald-50 text-emerald-900 ring-emerald-200",
  "bg-emerald-100 text-emerald-950 ring-emerald-300",
];

/** A competency score on the rubric's scale; the number is always written, colour only adds to it. */
export function ScoreChip({ name, score }: { name: string; score: number }) {
  const tone = SCORE_TONES[Math.min(SCORE_TONES.length - 1, Math.max(0, Math.round(score) - SCORE_MIN))];
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-md px-2 py-0.5 text-xs ring-1", tone)}>
      <span>{name}</span>
      <strong className="font-semibold">{score}</strong>
      <span className="sr-only">out of {SCORE_MAX}</span>
    </span>
  );
}
