"use client";

import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { DIFFICULTIES } from "./question-display";
import type { DraftErrors, QuestionDraft, TypeChoice } from "./question-draft";

const MAX_COMPETENCIES = 6;

const control = (error: string | undefined) =>
  cn(
    "mt-1 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 sm:text-sm",
    error ? "border-red-600" : "border-slate-300",
  );

const GUIDE_PLACEHOLDER = `## What a strong answer covers
- …

## Follow-up questions
- …

## Common pitfalls
- …`;

/**
 * The fields of a question, shared by "Propose a question" and the admin's
 * "Edit & approve". Controlled: the parent owns the draft and the errors.
 */
export function QuestionFields({
  draft,
  errors,
  types,
  onChange,
}: {
  draft: QuestionDraft;
  errors: DraftErrors;
  types: TypeChoice[];
  onChange: (next: QuestionDraft) => void;
}) {
  const id = useId();
  const type = types.find((t) => t.slug === draft.interviewType);
  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]) => onChange({ ...draft, [key]: value });

  const describedBy = (key: keyof QuestionDraft, hint: boolean) =>
    [hint ? `${id}-${key}-hint` : "", errors[key] ? `${id}-${key}-error` : ""].filter(Boolean).join(" ") || undefined;
  const fieldProps = (key: keyof QuestionDraft, hint = false) => ({
    id: `${id}-${key}`,
    name: key,
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": describedBy(key, hint),
    className: control(errors[key]),
  });

  return (
    <div className="grid gap-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={id} name="interviewType" label="Interview type" error={errors.interviewType}>
          <select
            {...fieldProps("interviewType")}
            value={draft.interviewType}
            onChange={(e) => {
              const next = types.find((t) => t.slug === e.target.value);
              // Competencies belong to a type's rubric: keep only those the new type also has.
              onChange({
                ...draft,
                interviewType: e.target.value,
                competencyKeys: draft.competencyKeys.filter((k) => next?.competencies.some((c) => c.key === k)),
              });
            }}
          >
            <option value="">Choose a type…</option>
            {types.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>

        <fieldset aria-describedby={errors.difficulty ? `${id}-difficulty-error` : undefined}>
          <legend className="block text-sm font-semibold text-slate-800">Difficulty</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {DIFFICULTIES.map((d) => (
              <label
                key={d.value}
                className={cn(
                  "inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border bg-white px-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-900",
                  errors.difficulty ? "border-red-600" : "border-slate-300",
                )}
              >
                <input
                  type="radio"
                  name={`${id}-difficulty`}
                  value={d.value}
                  checked={draft.difficulty === d.value}
                  onChange={() => set("difficulty", d.value)}
                  className="accent-brand-600"
                />
                {d.label}
              </label>
            ))}
          </div>
          <ErrorText id={`${id}-difficulty-error`} error={errors.difficulty} />
        </fieldset>
      </div>

      <Field
        id={id}
        name="title"
        label="Title"
        error={errors.title}
        hint="A short name people will search for, e.g. “Design a rate limiter for a public API”."
      >
        <input
          {...fieldProps("title", true)}
          value={draft.title}
          maxLength={140}
          onChange={(e) => set("title", e.target.value)}
        />
      </Field>

      <Field
        id={id}
        name="prompt"
        label="The question, as the interviewer asks it"
        error={errors.prompt}
        hint="What the candidate hears at the start. Markdown works: **bold**, lists with “- ”."
      >
        <textarea
          {...fieldProps("prompt", true)}
          rows={5}
          maxLength={4000}
          value={draft.prompt}
          onChange={(e) => set("prompt", e.target.value)}
        />
      </Field>

      <Field
        id={id}
        name="guide"
        label="Interviewer's guide"
        error={errors.guide}
        hint="What a strong answer covers, good follow-up questions and common pitfalls. Only the interviewer sees it before the call; the candidate sees it after."
      >
        <textarea
          {...fieldProps("guide", true)}
          rows={9}
          maxLength={20_000}
          placeholder={GUIDE_PLACEHOLDER}
          value={draft.guide}
          onChange={(e) => set("guide", e.target.value)}
          className={cn(control(errors.guide), "font-mono")}
        />
      </Field>

      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id={id}
          name="tags"
          label="Tags (optional)"
          error={errors.tags}
          hint="Up to 8, separated by commas, e.g. migration, launch."
        >
          <input
            {...fieldProps("tags", true)}
            value={draft.tags}
            autoCapitalize="none"
            spellCheck={false}
            onChange={(e) => set("tags", e.target.value)}
          />
        </Field>
        <Field
          id={id}
          name="companies"
          label="Companies that ask it (optional)"
          error={errors.companies}
          hint="Up to 8, separated by commas, e.g. Amazon, Stripe."
        >
          <input
            {...fieldProps("companies", true)}
            value={draft.companies}
            onChange={(e) => set("companies", e.target.value)}
          />
        </Field>
      </div>

      <fieldset aria-describedby={`${id}-competencyKeys-hint`}>
        <legend className="block text-sm font-semibold text-slate-800">Competencies it tests (optional)</legend>
        <p id={`${id}-competencyKeys-hint`} className="mt-1 text-sm text-slate-600">
          {type
            ? `From the ${type.name} rubric. Choose up to ${MAX_COMPETENCIES}; they help us pick the question for people who need to practise them.`
            : "Choose an interview type first: the choices come from its rubric."}
        </p>
        {type ? (
          type.competencies.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">This type has no rubric yet.</p>
          ) : (
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {type.competencies.map((c) => {
                const checked = draft.competencyKeys.includes(c.key);
                const full = !checked && draft.competencyKeys.length >= MAX_COMPETENCIES;
                return (
                  <label
                    key={c.key}
                    className={cn(
                      "flex min-h-11 items-start gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50",
                      full ? "cursor-not-allowed opacity-60" : "cursor-pointer",
                    )}
                  >
                    <input
                      type="checkbox"
                      className="mt-0.5 accent-brand-600"
                      checked={checked}
                      disabled={full}
                      onChange={() =>
                        set(
                          "competencyKeys",
                          checked ? draft.competencyKeys.filter((k) => k !== c.key) : [...draft.competencyKeys, c.key],
                        )
                      }
                    />
                    <span>
                      <span className="font-medium text-slate-900">{c.name}</span>
                      <span className="line-clamp-2 block text-slate-600">{c.description}</span>
                    </span>
                  </label>
                );
              })}
            </div>
          )
        ) : null}
        <ErrorText id={`${id}-competencyKeys-error`} error={errors.competencyKeys} />
      </fieldset>
    </div>
  );
}

function Field({
  id,
  name,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  name: keyof QuestionDraft;
  label: string;
  hint?: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={`${id}-${name}`} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      <ErrorText id={`${id}-${name}-error`} error={error} />
    </div>
  );
}

function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {error}
    </p>
  ) : null;
}
