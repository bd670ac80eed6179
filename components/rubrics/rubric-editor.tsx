"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { ApiError, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { RubricInput } from "@/lib/rubrics/rubric.schema";
import { CompetencyCard } from "./competency-card";
import { publishRubric, rubricKeys } from "./rubric-api";
import {
  addCompetency,
  draftForPreview,
  draftFromRubric,
  firstErrors,
  MAX_COMPETENCIES,
  MIN_COMPETENCIES,
  moveCompetency,
  removeCompetency,
  spreadWeightsEvenly,
  updateCompetency,
  validateRubricDraft,
  weightsAddUp,
  weightTotal,
  type RubricDraft,
  type RubricErrors,
  type RubricLike,
} from "./rubric-draft";
import { RubricPreview } from "./rubric-preview";
import { TextareaField } from "@/components/ui/textarea-field";
import { TPM_LEVELS } from "@/lib/rubrics/tpm-levels";

/**
 * Edits a rubric and publishes it as the next version. Nothing published is
 * ever changed: interviews already booked keep the version they were booked
 * with, and new bookings get this one.
 */
export function RubricEditor({
  type,
  current,
}: {
  type: { slug: string; name: string };
  current: (RubricLike & { version: number }) | null;
}) {
  const id = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<RubricDraft>(() => draftFromRubric(current));
  const [errors, setErrors] = useState<RubricErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [dirty, setDirty] = useState(false);
  const nextVersion = (current?.version ?? 0) + 1;

  const publish = useMutation({
    mutationFn: (input: RubricInput) => publishRubric(type.slug, input),
    onSuccess: async (created) => {
      setDirty(false);
      await queryClient.invalidateQueries({ queryKey: rubricKeys.all });
      router.push(`/admin/rubrics?published=${encodeURIComponent(type.slug)}&version=${created.version}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        setErrors(
          firstErrors(Object.entries(error.fieldErrors).map(([path, messages]) => [path, messages[0]] as const)),
        );
        setAttempt((n) => n + 1);
      }
    },
  });

  // Leaving with unpublished edits asks first: nothing typed here is saved until it is published.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  function change(next: RubricDraft) {
    setDraft(next);
    setDirty(true);
    if (publish.isError) publish.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateRubricDraft(draft);
    if ("errors" in result) {
      setErrors(result.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    publish.mutate(result.input);
  }

  const total = weightTotal(draft);
  const balanced = weightsAddUp(total);
  const count = draft.competencies.length;
  const errorCount = Object.keys(errors).length;
  const wholeFormError = errors.competencies ?? errors._ ?? null;
  const requestError =
    publish.isError && !(publish.error instanceof ApiError && Object.keys(publish.error.fieldErrors).length > 0)
      ? errorMessage(publish.error)
      : null;
  const busy = publish.isPending || publish.isSuccess;

  return (
    <form method="post" ref={formRef} onSubmit={submit} noValidate aria-label={`${type.name} rubric`}>
      {errorCount > 0 ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-4 py-3 text-sm text-red-800">
          {errorCount === 1 ? "One thing needs a change" : `${errorCount} things need a change`} before you can publish.
          {wholeFormError ? ` ${wholeFormError}.` : ""}
        </p>
      ) : null}

      <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
        <label htmlFor={`${id}-title`} className="block text-sm font-semibold text-slate-800">
          Rubric title
        </label>
        <input
          id={`${id}-title`}
          value={draft.title}
          maxLength={120}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          onChange={(e) => change({ ...draft, title: e.target.value })}
          className={cn(
            "mt-1 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base sm:max-w-md sm:text-sm",
            errors.title ? "border-red-600" : "border-slate-300",
          )}
        />
        {errors.title ? (
          <p id={`${id}-title-error`} className="mt-1 text-sm text-red-700">
            {errors.title}
          </p>
        ) : null}
      </div>

      <div
        className={cn(
          "sticky top-0 z-10 mt-4 flex flex-col gap-2 rounded-lg px-4 py-3 ring-1 sm:flex-row sm:items-center sm:justify-between",
          balanced ? "bg-emerald-50 text-emerald-900 ring-emerald-200" : "bg-amber-50 text-amber-950 ring-amber-300",
        )}
      >
        <p role="status" className="font-semibold">
          {balanced
            ? `Weights add up to ${total.toFixed(2)} ✓`
            : `Weights add up to ${total.toFixed(2)}. They need to add up to 1.00.`}
        </p>
        <Button type="button" variant="secondary" onClick={() => change(spreadWeightsEvenly(draft))}>
          Spread weights evenly
        </Button>
      </div>

      <ol className="mt-4 space-y-4" aria-label="Competencies">
        {draft.competencies.map((c, index) => (
          <li key={c.uid}>
            <CompetencyCard
              idPrefix={id}
              index={index}
              count={count}
              competency={c}
              errors={errors}
              canRemove={count > MIN_COMPETENCIES}
              onChange={(patch) => change(updateCompetency(draft, c.uid, patch))}
              onMove={(by) => change(moveCompetency(draft, c.uid, by))}
              onRemove={() => change(removeCompetency(draft, c.uid))}
            />
          </li>
        ))}
      </ol>
      <div className="mt-3 flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
        <Button
          type="button"
          variant="secondary"
          disabled={count >= MAX_COMPETENCIES}
          onClick={() => change(addCompetency(draft))}
        >
          Add a competency
        </Button>
        <p className="text-sm text-slate-600">
          {MIN_COMPETENCIES} to {MAX_COMPETENCIES} competencies. Remember to rebalance the weights.
        </p>
      </div>

      <fieldset className="mt-6 space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
        <legend className="px-1 text-base font-semibold">The bar at each level</legend>
        <p className="max-w-prose text-sm text-slate-700">
          What a candidate at the bar for each level shows in this interview: behaviour an interviewer can observe, not
          adjectives.
        </p>
        {TPM_LEVELS.map((level, i) => (
          <TextareaField
            key={level}
            label={`The bar for ${level}`}
            value={draft.levelBars[i] ?? ""}
            onChange={(bar) => change({ ...draft, levelBars: draft.levelBars.map((b, j) => (j === i ? bar : b)) })}
            error={errors[`levelBars.${i}`]}
            maxLength={800}
          />
        ))}
      </fieldset>

      <section aria-labelledby={`${id}-preview`} className="mt-8">
        <h2 id={`${id}-preview`} className="text-lg font-semibold">
          Preview: what interviewers will see
        </h2>
        <div className="mt-3">
          <RubricPreview rubric={draftForPreview(draft)} typeName={type.name} />
        </div>
      </section>

      <div className="mt-8 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
        <p className="max-w-prose text-sm text-slate-700">
          {current
            ? `Publishing creates version ${nextVersion}; version ${current.version} stays as it is. Interviews already booked keep the version they were booked with, and their feedback is scored against it. New bookings use version ${nextVersion}.`
            : "Publishing creates version 1. New bookings of this type are scored against it."}
        </p>
        <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
          <Button type="submit" disabled={busy}>
            {busy ? "Publishing…" : `Publish as version ${nextVersion}`}
          </Button>
          {dirty ? <p className="text-sm text-slate-600">You have changes that aren&apos;t published yet.</p> : null}
        </div>
        {requestError ? (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {requestError}
          </p>
        ) : null}
      </div>
    </form>
  );
}
