"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useSyncExternalStore, useTransition, type FormEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { apiRequest, ApiError } from "@/components/api-request";
import { LEVELS, profileSchema, TRACKS, type ProfileInput } from "@/lib/users/profile.schema";

export type ProfileFormValues = ProfileInput;
export interface InterviewTypeOption {
  slug: string;
  name: string;
  description?: string | null;
}
export interface ProfileFormProps {
  initial: ProfileFormValues | null;
  interviewTypes: InterviewTypeOption[];
  submitLabel: string;
  /** Where to go after a successful save (onboarding); without it the form stays and says "Saved". */
  onSavedHref?: string;
}

type Field = keyof ProfileFormValues;
// Visual order: the first field with an error in this order gets focus.
const FIELDS: Field[] = [
  "displayName",
  "track",
  "level",
  "hasEngineeringBackground",
  "focusAreas",
  "targetCompanies",
  "timeZone",
  "languages",
  "meetingUrl",
  "bio",
];
type Errors = Partial<Record<Field | "_", string>>;

const TRACK_CHOICES: Record<(typeof TRACKS)[number], { label: string; hint: string }> = {
  CANDIDATE: { label: "Preparing for TPM interviews", hint: "Book practice interviews and get scored feedback." },
  INTERVIEWER: { label: "Interviewing others", hint: "Give mock interviews to people moving into TPM." },
  BOTH: { label: "Both", hint: "Practise, and interview others in return." },
};
const LEVEL_LABELS: Record<(typeof LEVELS)[number], string> = {
  ENTRY: "Entry",
  MID: "Mid",
  SENIOR: "Senior",
  STAFF: "Staff",
};
const BIO_MAX = 500;

interface Draft {
  displayName: string;
  track: string;
  level: string;
  hasEngineeringBackground: "" | "yes" | "no";
  focusAreas: string[];
  targetCompanies: string;
  /** null: not chosen yet, so the browser's own zone is used. */
  timeZone: string | null;
  languages: string;
  bio: string;
  meetingUrl: string;
}

function toDraft(initial: ProfileFormValues | null): Draft {
  if (!initial) {
    return {
      displayName: "",
      track: "",
      level: "",
      hasEngineeringBackground: "",
      focusAreas: [],
      targetCompanies: "",
      timeZone: null,
      languages: "English",
      bio: "",
      meetingUrl: "",
    };
  }
  return {
    ...initial,
    hasEngineeringBackground: initial.hasEngineeringBackground ? "yes" : "no",
    targetCompanies: initial.targetCompanies.join(", "),
    languages: initial.languages.join(", "),
    meetingUrl: initial.meetingUrl ?? "",
  };
}

/** "Google, Meta, google" → ["Google", "Meta"]: a repeat is a slip, not something to scold. */
function splitList(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item && !seen.has(item.toLowerCase()) && seen.add(item.toLowerCase()));
}

// The browser's zone, its list of zones, and a clock: client-only values, read without a hydration mismatch.
const noSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
let zoneList: string[] | undefined;
// Browsers without supportedValuesOf (Safari before 15.4) still get their own zone, which is what most people pick.
const allZones = () =>
  (zoneList ??= typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
const everyMinute = (onChange: () => void) => {
  const timer = setInterval(onChange, 15_000);
  return () => clearInterval(timer);
};
const currentMinute = () => Math.floor(Date.now() / 60_000);

function groupZones(zones: string[], selected: string): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const zone of zones.includes(selected) || !selected ? zones : [...zones, selected].sort()) {
    const region = zone.includes("/") ? zone.slice(0, zone.indexOf("/")) : "Other";
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return [...groups];
}

function firstErrors(issues: { path: PropertyKey[]; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "_") as Field | "_";
    errors[field] ??= issue.message;
  }
  return errors;
}

function saveProfile(profile: ProfileFormValues): Promise<void> {
  return apiRequest("/api/v1/me", { method: "PATCH", body: profile });
}

export function ProfileForm({ initial, interviewTypes, submitLabel, onSavedHref }: ProfileFormProps) {
  const router = useRouter();
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => toDraft(initial));
  const [errors, setErrors] = useState<Errors>({});
  const [navigating, startNavigation] = useTransition();
  const detectedZone = useSyncExternalStore(noSubscribe, browserZone, () => null);
  const zones = useSyncExternalStore(noSubscribe, allZones, () => null);
  const minute = useSyncExternalStore(everyMinute, currentMinute, () => null);
  const timeZone = draft.timeZone ?? detectedZone ?? "";

  const showErrors = (next: Errors) => {
    flushSync(() => setErrors(next));
    const field = FIELDS.find((f) => next[f]);
    if (field) formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  };

  const mutation = useMutation({
    mutationFn: saveProfile,
    onSuccess: () => {
      startNavigation(() => {
        if (onSavedHref) router.push(onSavedHref);
        router.refresh();
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        showErrors(
          firstErrors(
            Object.entries(error.fieldErrors).map(([key, messages]) => ({
              path: key.split("."),
              message: messages[0] ?? "",
            })),
          ),
        );
      }
    },
  });
  const pending = mutation.isPending || navigating;

  function update<K extends keyof Draft>(field: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _cleared, ...rest }) => rest);
    if (mutation.isSuccess || mutation.isError) mutation.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const parsed = profileSchema.safeParse({
      displayName: draft.displayName,
      track: draft.track || undefined,
      level: draft.level || undefined,
      hasEngineeringBackground: draft.hasEngineeringBackground ? draft.hasEngineeringBackground === "yes" : undefined,
      focusAreas: interviewTypes.map((t) => t.slug).filter((slug) => draft.focusAreas.includes(slug)),
      targetCompanies: splitList(draft.targetCompanies),
      timeZone,
      languages: splitList(draft.languages),
      bio: draft.bio,
      meetingUrl: draft.meetingUrl.trim() || null,
    } satisfies Record<Field, unknown>);
    if (!parsed.success) return showErrors(clientErrors(parsed.error, draft));
    setErrors({});
    mutation.mutate(parsed.data);
  }

  const ids = (field: Field) => ({
    error: `${uid}-${field}-error`,
    hint: `${uid}-${field}-hint`,
    input: `${uid}-${field}`,
  });
  const inputProps = (field: Field) => ({
    id: ids(field).input,
    "data-field": field,
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": errors[field] ? `${ids(field).error} ${ids(field).hint}` : ids(field).hint,
    className: cn(INPUT, errors[field] ? "border-red-700" : "border-slate-300"),
  });
  const problem = mutation.error instanceof ApiError ? mutation.error : null;
  const formMessage = mutation.isError
    ? problem?.status === 401
      ? "You've been signed out, so this wasn't saved."
      : problem && Object.keys(problem.fieldErrors).length > 0
        ? "Some answers need another look. They're marked above."
        : (problem?.message ??
          "We couldn't save that. Check your connection and try again; your answers are still here.")
    : errors._;

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="space-y-8">
      <Section title="About you">
        <div className={invalidClass(errors.displayName)}>
          <Label htmlFor={ids("displayName").input}>Your name</Label>
          <Hint id={ids("displayName").hint}>What peers see when they book with you.</Hint>
          <input
            {...inputProps("displayName")}
            autoComplete="name"
            maxLength={60}
            value={draft.displayName}
            onChange={(e) => update("displayName", e.target.value)}
          />
          <ErrorText id={ids("displayName").error} message={errors.displayName} />
        </div>
        <Choices legend="What brings you to MockLoop?" field="track" ids={ids("track")} error={errors.track}>
          {TRACKS.map((track) => (
            <Choice
              key={track}
              name={`${uid}-track`}
              field="track"
              value={track}
              checked={draft.track === track}
              onChange={() => update("track", track)}
              label={TRACK_CHOICES[track].label}
              hint={TRACK_CHOICES[track].hint}
            />
          ))}
        </Choices>
        <Choices
          legend="Level"
          hint="The level you're aiming for, or the level you work at if you interview others."
          field="level"
          ids={ids("level")}
          error={errors.level}
          columns="grid-cols-2 sm:grid-cols-4"
        >
          {LEVELS.map((level) => (
            <Choice
              key={level}
              name={`${uid}-level`}
              field="level"
              value={level}
              checked={draft.level === level}
              onChange={() => update("level", level)}
              label={LEVEL_LABELS[level]}
            />
          ))}
        </Choices>
        <Choices
          legend="Do you have an engineering background?"
          hint="Have you worked as a software engineer? It helps interviewers pitch technical questions at the right depth."
          field="hasEngineeringBackground"
          ids={ids("hasEngineeringBackground")}
          error={errors.hasEngineeringBackground}
          columns="grid-cols-2"
        >
          {(["yes", "no"] as const).map((answer) => (
            <Choice
              key={answer}
              name={`${uid}-engineering`}
              field="hasEngineeringBackground"
              value={answer}
              checked={draft.hasEngineeringBackground === answer}
              onChange={() => update("hasEngineeringBackground", answer)}
              label={answer === "yes" ? "Yes" : "No"}
            />
          ))}
        </Choices>
      </Section>

      <Section title="What you want to practise">
        <Choices
          legend="Focus areas"
          hint="Choose at least one. You can change these any time."
          field="focusAreas"
          ids={ids("focusAreas")}
          error={errors.focusAreas}
          columns="sm:grid-cols-2"
        >
          {interviewTypes.map((type) => (
            <Choice
              key={type.slug}
              type="checkbox"
              field="focusAreas"
              value={type.slug}
              checked={draft.focusAreas.includes(type.slug)}
              onChange={(checked) =>
                update(
                  "focusAreas",
                  checked ? [...draft.focusAreas, type.slug] : draft.focusAreas.filter((s) => s !== type.slug),
                )
              }
              label={type.name}
              hint={type.description ?? undefined}
            />
          ))}
        </Choices>
        <div className={invalidClass(errors.targetCompanies)}>
          <Label htmlFor={ids("targetCompanies").input} optional>
            Companies you&apos;re aiming for
          </Label>
          <Hint id={ids("targetCompanies").hint}>Separate them with commas, e.g. Google, Stripe, Atlassian.</Hint>
          <input
            {...inputProps("targetCompanies")}
            value={draft.targetCompanies}
            onChange={(e) => update("targetCompanies", e.target.value)}
          />
          <ErrorText id={ids("targetCompanies").error} message={errors.targetCompanies} />
        </div>
      </Section>

      <Section title="When and how you meet">
        <div className={invalidClass(errors.timeZone)}>
          <Label htmlFor={ids("timeZone").input}>Time zone</Label>
          <Hint id={ids("timeZone").hint}>
            {timeZone ? (
              <>
                Times on MockLoop are shown in <strong>{timeZone}</strong>
                {minute !== null ? `, where it's ${clock(minute, timeZone)} now` : ""}.
              </>
            ) : (
              "Times on MockLoop are shown in this zone."
            )}
            {draft.timeZone === null && detectedZone ? " We picked it from your device." : ""}
          </Hint>
          <select {...inputProps("timeZone")} value={timeZone} onChange={(e) => update("timeZone", e.target.value)}>
            {timeZone ? null : <option value="">Choose your time zone</option>}
            {zones ? (
              groupZones(zones, timeZone).map(([region, list]) => (
                <optgroup key={region} label={region}>
                  {list.map((zone) => (
                    <option key={zone} value={zone}>
                      {zone.replaceAll("_", " ")}
                    </option>
                  ))}
                </optgroup>
              ))
            ) : timeZone ? (
              <option value={timeZone}>{timeZone.replaceAll("_", " ")}</option>
            ) : null}
          </select>
          <ErrorText id={ids("timeZone").error} message={errors.timeZone} />
        </div>
        <div className={invalidClass(errors.languages)}>
          <Label htmlFor={ids("languages").input}>Languages you can interview in</Label>
          <Hint id={ids("languages").hint}>Separate them with commas.</Hint>
          <input
            {...inputProps("languages")}
            value={draft.languages}
            onChange={(e) => update("languages", e.target.value)}
          />
          <ErrorText id={ids("languages").error} message={errors.languages} />
        </div>
        <div className={invalidClass(errors.meetingUrl)}>
          <Label htmlFor={ids("meetingUrl").input} optional>
            Your video call link
          </Label>
          <Hint id={ids("meetingUrl").hint}>
            If you interview others: the Zoom, Meet or Teams room you host in. Starts with https://
          </Hint>
          <input
            {...inputProps("meetingUrl")}
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            value={draft.meetingUrl}
            onChange={(e) => update("meetingUrl", e.target.value)}
          />
          <ErrorText id={ids("meetingUrl").error} message={errors.meetingUrl} />
        </div>
      </Section>

      <Section title="A little about you">
        <div className={invalidClass(errors.bio)}>
          <Label htmlFor={ids("bio").input} optional>
            Short bio
          </Label>
          <Hint id={ids("bio").hint}>
            Where you&apos;re coming from and what you want to get better at. {draft.bio.length} of {BIO_MAX} characters
            used.
          </Hint>
          <textarea
            {...inputProps("bio")}
            rows={4}
            maxLength={BIO_MAX}
            value={draft.bio}
            onChange={(e) => update("bio", e.target.value)}
          />
          <ErrorText id={ids("bio").error} message={errors.bio} />
        </div>
      </Section>

      <div className="border-t border-slate-200 pt-6">
        <div aria-live="polite" role="status" className="empty:hidden">
          {formMessage ? (
            <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300">
              {formMessage}{" "}
              {problem?.status === 401 ? (
                <Link href="/sign-in" className="font-semibold underline">
                  Sign in again
                </Link>
              ) : null}
            </p>
          ) : mutation.isSuccess && !onSavedHref ? (
            <p className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900 ring-1 ring-green-300">
              Saved. Your profile is up to date.
            </p>
          ) : null}
        </div>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}

function clientErrors(error: z.ZodError, draft: Draft): Errors {
  const errors = firstErrors(error.issues);
  // The schema's messages are written for the API; an empty box deserves a plainer one.
  if (errors.displayName && !draft.displayName.trim()) errors.displayName = "Enter the name peers will see";
  if (errors.languages && !draft.languages.trim()) errors.languages = "Add at least one language, e.g. English";
  return errors;
}

function clock(minute: number, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(minute * 60_000);
  } catch {
    return "";
  }
}

/** A bar down the side of a field with a problem, so it stands out when scrolling back up. */
const invalidClass = (error: string | undefined) => (error ? "border-l-4 border-red-700 pl-3" : undefined);

const INPUT = "mt-2 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-6">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

function Label({ htmlFor, optional, children }: { htmlFor: string; optional?: boolean; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {children}
      {optional ? <span className="font-normal text-slate-600"> (optional)</span> : null}
    </label>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  );
}

function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="mt-2 text-sm font-medium text-red-800">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  ) : null;
}

function Choices(props: {
  legend: string;
  hint?: string;
  field: Field;
  ids: { error: string; hint: string };
  error: string | undefined;
  columns?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={invalidClass(props.error)}
      aria-describedby={
        [props.error ? props.ids.error : null, props.hint ? props.ids.hint : null].filter(Boolean).join(" ") ||
        undefined
      }
    >
      <legend className="font-semibold">{props.legend}</legend>
      {props.hint ? <Hint id={props.ids.hint}>{props.hint}</Hint> : null}
      <div className={cn("mt-2 grid gap-2", props.columns)}>{props.children}</div>
      <ErrorText id={props.ids.error} message={props.error} />
    </fieldset>
  );
}

function Choice(props: {
  type?: "radio" | "checkbox";
  name?: string;
  field: Field;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  hint?: string;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-300 hover:bg-slate-50 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600">
      <input
        type={props.type ?? "radio"}
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        data-field={props.field}
        className="mt-1 size-4 shrink-0 accent-brand-600"
      />
      <span>
        <span className="block font-medium text-slate-900">{props.label}</span>
        {props.hint ? <span className="mt-0.5 block text-sm text-slate-600">{props.hint}</span> : null}
      </span>
    </label>
  );
}
