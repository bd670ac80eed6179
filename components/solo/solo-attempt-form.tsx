"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { apiRequest, ApiError, errorMessage } from "@/components/api-request";
import { ErrorSummary } from "@/components/feedback/error-summary";
import { ScoreRadios } from "@/components/feedback/score-radios";
import { Button } from "@/components/ui/button";
import type { SoloAttemptView } from "@/lib/solo/solo.types";
import { SOLO_LIMITS } from "@/lib/solo/solo.schema";

const draftKey = (id: string) => `mockloop:solo:${id}`;

/**
 * Write the answer, then score yourself on each competency's anchored descriptors; the guide
 * opens only after handing in. The answer is kept in this browser as a draft while the clock runs.
 */
export function SoloAttemptForm({ attempt }: { attempt: SoloAttemptView }) {
  const router = useRouter();
  const answerBox = useRef<HTMLTextAreaElement>(null);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [detail, setDetail] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // The draft is put back after hydration (the server cannot know it), without re-rendering.
  useEffect(() => {
    const draft = window.localStorage.getItem(draftKey(attempt.id));
    if (draft && answerBox.current && !answerBox.current.value) answerBox.current.value = draft;
  }, [attempt.id]);

  function fail(next: Record<string, string>, message: string | null) {
    setErrors(next);
    setDetail(message);
    requestAnimationFrame(() => document.getElementById("solo-errors")?.focus());
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const answer = answerBox.current?.value ?? "";
    const next: Record<string, string> = {};
    if (!answer.trim()) next.answer = "Write your answer before you compare it with the guide.";
    for (const c of attempt.competencies) {
      if (scores[c.key] === undefined) next[`scores.${c.key}`] = `Score yourself on ${c.name}.`;
    }
    if (Object.keys(next).length > 0) return fail(next, null);
    setPending(true);
    try {
      await apiRequest(`/api/v1/me/solo-attempts/${attempt.id}/submit`, { method: "POST", body: { answer, scores } });
      window.localStorage.removeItem(draftKey(attempt.id));
      router.refresh();
    } catch (e) {
      const fields =
        e instanceof ApiError ? Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, v[0] ?? ""])) : {};
      fail(fields, errorMessage(e));
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={(e) => void submit(e)} noValidate className="space-y-6" aria-label="Your solo answer">
      <ErrorSummary id="solo-errors" messages={Object.values(errors)} detail={detail} />
      <section className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <label htmlFor="solo-answer" className="text-lg font-semibold">
          Your answer
        </label>
        <p id="solo-answer-hint" className="text-sm text-slate-600">
          Write it as you would say it: your questions, assumptions, approach and trade-offs. Notes and bullet points
          are fine.
        </p>
        <textarea
          id="solo-answer"
          ref={answerBox}
          defaultValue=""
          onChange={(e) => window.localStorage.setItem(draftKey(attempt.id), e.target.value)}
          rows={14}
          maxLength={SOLO_LIMITS.answer}
          aria-describedby={errors.answer ? "solo-answer-hint solo-answer-error" : "solo-answer-hint"}
          aria-invalid={errors.answer ? true : undefined}
          className="mt-3 w-full rounded-md border border-slate-300 p-3 text-base focus-visible:outline-2 focus-visible:outline-brand-600"
        />
        {errors.answer ? (
          <p id="solo-answer-error" className="mt-1 text-sm text-red-800">
            {errors.answer}
          </p>
        ) : null}
      </section>
      <section
        aria-labelledby="self-score-heading"
        className="space-y-5 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6"
      >
        <div>
          <h2 id="self-score-heading" className="text-lg font-semibold">
            Score yourself
          </h2>
          <p className="text-sm text-slate-600">
            Pick the description that matches your answer best, as an interviewer would. Self-scores show on Progress as
            &ldquo;self-assessed&rdquo;, never mixed into the scores peers give you.
          </p>
        </div>
        {attempt.competencies.map((c) => (
          <ScoreRadios
            key={c.key}
            competency={c}
            value={scores[c.key] ?? null}
            onChange={(score) => setScores((s) => ({ ...s, [c.key]: score }))}
            error={errors[`scores.${c.key}`]}
            disabled={pending}
          />
        ))}
      </section>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Handing in…" : "Hand in and see the guide"}
        </Button>
        <p className="text-sm text-slate-600">You can&apos;t change the answer or scores afterwards.</p>
      </div>
    </form>
  );
}
