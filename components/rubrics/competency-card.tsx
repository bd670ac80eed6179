"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { SCORE_LABELS, SCORE_MIN } from "@/lib/rubrics/score-scale";
import type { CompetencyDraft, RubricErrors } from "./rubric-draft";

const control = (error: string | undefined) =>
  cn(
    "mt-1 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 sm:text-sm",
    error ? "border-red-600" : "border-slate-300",
  );

/** One competency of the rubric being edited: its words, its weight and what each score looks like. */
export function CompetencyCard({
  idPrefix,
  index,
  count,
  competency: c,
  errors,
  canRemove,
  onChange,
  onMove,
  onRemove,
}: {
  idPrefix: string;
  index: number;
  count: number;
  competency: CompetencyDraft;
  errors: RubricErrors;
  canRemove: boolean;
  onChange: (patch: Partial<CompetencyDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const id = `${idPrefix}-${c.uid}`;
  const err = (field: string) => errors[`competencies.${index}.${field}`];
  const label = c.name.trim() || `competency ${index + 1}`;

  const field = (name: string, hint?: string) => ({
    id: `${id}-${name}`,
    "aria-invalid": err(name) ? true : undefined,
    "aria-describedby":
      [hint ? `${id}-${name}-hint` : "", err(name) ? `${id}-${name}-error` : ""].filter(Boolean).join(" ") || undefined,
    className: control(err(name)),
  });

  return (
    <fieldset className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <legend className="sr-only">
        Competency {index + 1}: {c.name.trim() || "new"}
      </legend>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p aria-hidden="true" className="text-base font-semibold text-slate-900">
          <span className="text-slate-500">{index + 1}.</span> {c.name.trim() || "New competency"}
        </p>
        <div className="flex flex-wrap gap-1">
          <Button
            type="button"
            variant="ghost"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={`Move ${label} up`}
          >
            <span aria-hidden="true">↑</span> Up
          </Button>
          <Button
            type="button"
            variant="ghost"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={`Move ${label} down`}
          >
            <span aria-hidden="true">↓</span> Down
          </Button>
          <Button
            type="button"
            variant="ghost"
            disabled={!canRemove}
            onClick={onRemove}
            aria-label={`Remove ${label}`}
            className="text-red-700"
          >
            Remove
          </Button>
        </div>
      </div>

      <div className="mt-3 grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,2fr)_minmax(0,1fr)]">
        <Labelled id={`${id}-name`} label="Name" error={err("name")}>
          <input
            {...field("name")}
            value={c.name}
            maxLength={80}
            onChange={(e) => onChange({ name: e.target.value })}
          />
        </Labelled>
        <Labelled
          id={`${id}-key`}
          label="Key"
          error={err("key")}
          hint="Trends follow this; keep it the same across versions."
        >
          <input
            {...field("key", "hint")}
            value={c.key}
            maxLength={60}
            spellCheck={false}
            autoCapitalize="none"
            onChange={(e) => onChange({ key: e.target.value })}
            className={cn(control(err("key")), "font-mono")}
          />
        </Labelled>
        <Labelled id={`${id}-weight`} label="Weight" error={err("weight")} hint="0 to 1">
          <input
            {...field("weight", "hint")}
            type="number"
            inputMode="decimal"
            min={0}
            max={1}
            step={0.05}
            value={c.weight}
            onChange={(e) => onChange({ weight: e.target.value })}
          />
        </Labelled>
      </div>

      <div className="mt-4">
        <Labelled id={`${id}-description`} label="What it measures" error={err("description")}>
          <textarea
            {...field("description")}
            rows={2}
            maxLength={600}
            value={c.description}
            onChange={(e) => onChange({ description: e.target.value })}
          />
        </Labelled>
      </div>

      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        {SCORE_LABELS.map((scoreLabel, i) => (
          <Labelled
            key={scoreLabel}
            id={`${id}-descriptors.${i}`}
            label={`${SCORE_MIN + i} ${scoreLabel}`}
            error={err(`descriptors.${i}`)}
          >
            <textarea
              {...field(`descriptors.${i}`)}
              rows={4}
              maxLength={600}
              value={c.descriptors[i]}
              onChange={(e) => {
                const descriptors = [...c.descriptors];
                descriptors[i] = e.target.value;
                onChange({ descriptors });
              }}
            />
          </Labelled>
        ))}
      </div>
    </fieldset>
  );
}

function Labelled({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
