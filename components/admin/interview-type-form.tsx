"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { ApiError, apiRequest, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";

interface Values {
  name: string;
  slug: string;
  durationMinutes: string;
  description: string;
}

const HINTS: Partial<Record<keyof Values, string>> = {
  slug: "Used in links and the API: lowercase words joined by hyphens, e.g. data-engineering.",
  durationMinutes: "Between 15 and 180.",
  description: "One or two sentences people see when they choose what to practise.",
};

const FIELDS = ["name", "slug", "durationMinutes", "description"] as const;

const EMPTY: Values = { name: "", slug: "", durationMinutes: "45", description: "" };

/** "System design & scaling" → "system-design-scaling". */
function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** Adds an interview type (POST /api/v1/interview-types); the server's field errors show beside each field. */
export function InterviewTypeForm() {
  const router = useRouter();
  const [, startRefresh] = useTransition();
  const id = useId();
  const [values, setValues] = useState<Values>(EMPTY);
  const [slugEdited, setSlugEdited] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const firstField = useRef<HTMLInputElement>(null);

  const create = useMutation({
    mutationFn: (v: Values) =>
      apiRequest<{ name: string }>("/api/v1/interview-types", {
        method: "POST",
        body: {
          name: v.name,
          slug: v.slug,
          durationMinutes: Number(v.durationMinutes),
          description: v.description,
        },
      }),
    onSuccess: (created) => {
      setAdded(created.name);
      setValues(EMPTY);
      setSlugEdited(false);
      firstField.current?.focus();
      startRefresh(() => router.refresh());
    },
    onError: (error) => {
      const problems =
        error instanceof ApiError ? (error.status === 409 ? { slug: ["taken"] } : error.fieldErrors) : {};
      const first = FIELDS.find((key) => problems[key]?.length);
      // After the render that shows the message, so the field is announced with its error.
      if (first) requestAnimationFrame(() => document.getElementById(`${id}-${first}`)?.focus());
    },
  });

  const [checkErrors, setCheckErrors] = useState<Record<string, string[]>>({});
  const fieldErrors: Record<string, string[]> = {
    ...(create.error instanceof ApiError
      ? create.error.status === 409
        ? { slug: ["An interview type with this slug already exists. Choose another."] }
        : create.error.fieldErrors
      : {}),
    ...checkErrors,
  };
  // Anything the fields can't show (a network failure, an error about the whole request) goes under the form.
  const formError = create.error && !FIELDS.some((key) => fieldErrors[key]?.length) ? errorMessage(create.error) : null;

  function set<K extends keyof Values>(key: K, value: string) {
    setAdded(null);
    setCheckErrors(({ [key]: _fixed, ...rest }) => rest);
    setValues((v) => {
      const next = { ...v, [key]: value };
      if (key === "name" && !slugEdited) next.slug = slugify(value);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    // The two checks whose server messages would be zod's generic ones; the server checks everything again.
    const found: Record<string, string[]> = {};
    if (values.name.trim().length < 2)
      found.name = ["Give it a name of at least 2 characters, e.g. Stakeholder management"];
    if (!/^\d+$/.test(values.durationMinutes.trim()))
      found.durationMinutes = ["Enter the length as a whole number of minutes, e.g. 45"];
    setCheckErrors(found);
    if (Object.keys(found).length) {
      create.reset();
      document.getElementById(`${id}-${FIELDS.find((key) => found[key])}`)?.focus();
      return;
    }
    create.mutate(values);
  }

  const field = (key: keyof Values) => {
    const error = fieldErrors[key]?.[0];
    return {
      id: `${id}-${key}`,
      name: key,
      "aria-invalid": error ? true : undefined,
      "aria-describedby":
        [HINTS[key] ? `${id}-${key}-hint` : "", error ? `${id}-${key}-error` : ""].filter(Boolean).join(" ") ||
        undefined,
      className:
        "mt-1 min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base sm:text-sm " +
        (error ? "border-red-600" : "border-slate-300"),
    };
  };
  const below = (key: keyof Values) => (
    <>
      {HINTS[key] ? (
        <p id={`${id}-${key}-hint`} className="mt-1 text-sm text-slate-600">
          {HINTS[key]}
        </p>
      ) : null}
      {fieldErrors[key]?.[0] ? (
        <p id={`${id}-${key}-error`} className="mt-1 text-sm text-red-700">
          {fieldErrors[key][0]}
        </p>
      ) : null}
    </>
  );

  return (
    <form method="post" onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor={`${id}-name`} className="block text-sm font-semibold">
          Name
        </label>
        <input
          ref={firstField}
          {...field("name")}
          value={values.name}
          maxLength={60}
          onChange={(e) => set("name", e.target.value)}
        />
        {below("name")}
      </div>
      <div>
        <label htmlFor={`${id}-slug`} className="block text-sm font-semibold">
          Slug
        </label>
        <input
          {...field("slug")}
          value={values.slug}
          maxLength={40}
          spellCheck={false}
          autoCapitalize="none"
          className={field("slug").className + " font-mono"}
          onChange={(e) => {
            setSlugEdited(true);
            set("slug", e.target.value);
          }}
        />
        {below("slug")}
      </div>
      <div>
        <label htmlFor={`${id}-durationMinutes`} className="block text-sm font-semibold">
          Length in minutes
        </label>
        <input
          {...field("durationMinutes")}
          type="number"
          inputMode="numeric"
          min={15}
          max={180}
          step={5}
          value={values.durationMinutes}
          onChange={(e) => set("durationMinutes", e.target.value)}
        />
        {below("durationMinutes")}
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`${id}-description`} className="block text-sm font-semibold">
          Description
        </label>
        <textarea
          {...field("description")}
          rows={3}
          maxLength={500}
          value={values.description}
          onChange={(e) => set("description", e.target.value)}
        />
        {below("description")}
      </div>
      <div className="flex flex-col gap-2 sm:col-span-2 sm:flex-row sm:items-center">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add interview type"}
        </Button>
        <p role="status" className="text-sm text-emerald-800">
          {added ? `Added “${added}”. It's in the list above and people can choose it now.` : ""}
        </p>
      </div>
      {formError ? (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
