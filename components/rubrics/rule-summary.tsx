"use client";

import { useMemo } from "react";
import { heavilyWeightedKeys, RULE_TEXT, ruleProblems } from "@/lib/rubrics/recommendation-rule";

interface Props {
  competencies: readonly { key: string; name: string; weight: number }[];
  /** In the editor, say when the weights would make the rule misbehave. */
  checkWeights?: boolean;
}

/** The recommendation rule in words, with this rubric's heavily weighted competencies named. */
export function RuleSummary({ competencies, checkWeights = false }: Props) {
  const heavy = new Set(heavilyWeightedKeys(competencies));
  const weights = competencies.map((c) => `${c.key}:${c.weight}`).join("|");
  // Checking walks every score combination: only again when a key or weight changes, hence the string key.
  const problems = useMemo(() => {
    if (!checkWeights) return [];
    return ruleProblems(
      weights.split("|").map((pair) => {
        const at = pair.lastIndexOf(":");
        return { key: pair.slice(0, at), weight: Number(pair.slice(at + 1)) };
      }),
    );
  }, [checkWeights, weights]);
  return (
    <section aria-label="How the recommendation is decided" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h3 className="text-base font-semibold text-slate-900">How the recommendation is decided</h3>
      <p className="mt-1 text-sm text-slate-700">
        The weighted mean of the scores decides, with these limits. An interviewer who chooses otherwise says why.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        {RULE_TEXT.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-700">
        <span className="font-semibold">Heavily weighted here:</span>{" "}
        {competencies
          .filter((c) => heavy.has(c.key))
          .map((c) => c.name || c.key)
          .join(", ") || "none"}
      </p>
      {problems.length > 0 ? (
        <div className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300">
          <p className="font-semibold">With these weights the rule would misbehave:</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
