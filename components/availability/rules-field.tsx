"use client";

import type { Draft } from "./availability-draft";
import { FieldError, inputClass, useField, useFieldErrors, useFieldIds } from "./field-bits";
import type { InterviewTypeRow } from "./interview-type-keys";

type NumberRule = "minNoticeHours" | "bufferMinutes" | "maxPerWeek" | "horizonDays";

const NUMBER_RULES: { field: NumberRule; label: string; hint: string; min: number; max: number }[] = [
  {
    field: "minNoticeHours",
    label: "Minimum notice (hours)",
    hint: "How long before an interview people must book it. 24 means nobody can book you for the next day at the last minute.",
    min: 0,
    max: 336,
  },
  {
    field: "bufferMinutes",
    label: "Buffer between interviews (minutes)",
    hint: "Free time kept between one interview and the next.",
    min: 0,
    max: 240,
  },
  {
    field: "maxPerWeek",
    label: "Most interviews per week",
    hint: "Leave it empty for no limit.",
    min: 1,
    max: 50,
  },
  {
    field: "horizonDays",
    label: "How far ahead people may book (days)",
    hint: "Counted from today. 21 means up to three weeks ahead.",
    min: 1,
    max: 180,
  },
];

export function RulesField({
  draft,
  interviewTypes,
  onChange,
}: {
  draft: Draft;
  interviewTypes: InterviewTypeRow[];
  onChange: (draft: Draft) => void;
}) {
  const idOf = useFieldIds();
  const errors = useFieldErrors();
  // Errors on single items ("offeredTypes.2") are shown once, on the group.
  const typesError =
    errors.offeredTypes ?? Object.entries(errors).find(([path]) => path.startsWith("offeredTypes."))?.[1];
  const typesHintId = `${idOf("offeredTypes")}-hint`;
  const typesErrorId = `${idOf("offeredTypes")}-error`;

  const toggle = (slug: string, on: boolean) =>
    onChange({
      ...draft,
      offeredTypes: on ? [...draft.offeredTypes, slug].sort() : draft.offeredTypes.filter((s) => s !== slug),
    });

  return (
    <div className="space-y-6">
      <fieldset aria-describedby={[typesError ? typesErrorId : null, typesHintId].filter(Boolean).join(" ")}>
        <legend className="font-semibold">Interview types you offer</legend>
        <p id={typesHintId} className="mt-1 text-sm text-slate-600">
          Peers can book you only for the types you tick.
        </p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {interviewTypes.map((type) => (
            <label
              key={type.slug}
              className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md p-3 ring-1 ring-slate-300 hover:bg-slate-50 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600"
            >
              <input
                type="checkbox"
                id={idOf(`offeredTypes.${type.slug}`)}
                checked={draft.offeredTypes.includes(type.slug)}
                onChange={(e) => toggle(type.slug, e.target.checked)}
                aria-invalid={typesError ? true : undefined}
                className="mt-1 size-4 shrink-0 accent-brand-600"
              />
              <span>
                <span className="block font-medium text-slate-900">{type.name}</span>
                <span className="block text-sm text-slate-600">{type.durationMinutes} minutes</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError path="offeredTypes" message={typesError} />
      </fieldset>

      <div className="grid gap-6 sm:grid-cols-2">
        {NUMBER_RULES.map((rule) => (
          <NumberRuleInput
            key={rule.field}
            {...rule}
            value={draft[rule.field]}
            onChange={(value) => onChange({ ...draft, [rule.field]: value })}
          />
        ))}
      </div>
    </div>
  );
}

function NumberRuleInput({
  field,
  label,
  hint,
  min,
  max,
  value,
  onChange,
}: {
  field: NumberRule;
  label: string;
  hint: string;
  min: number;
  max: number;
  value: string;
  onChange: (value: string) => void;
}) {
  const idOf = useFieldIds();
  const hintId = `${idOf(field)}-hint`;
  const input = useField(field, hintId);
  return (
    <div>
      <label htmlFor={input.props.id} className="block font-semibold">
        {label}
      </label>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        {hint}
      </p>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        {...input.props}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass(!!input.message, "mt-2 w-32")}
      />
      <FieldError path={field} message={input.message} />
    </div>
  );
}
