"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useSyncExternalStore, useTransition, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { apiRequest, ApiError } from "@/components/api-request";
import { LEVELS, profileSchema, TRACKS } from "@/lib/users/profile.schema";
import { Choice, Choices, ErrorText, Hint, INPUT, invalidClass, Label, Section } from "./form-parts";
import {
  BIO_MAX,
  clientErrors,
  FIELDS,
  firstErrors,
  LEVEL_LABELS,
  splitList,
  toDraft,
  TRACK_CHOICES,
  type Draft,
  type Errors,
  type Field,
  type ProfileFormValues,
} from "./profile-draft";
import { allZones, browserZone, clock, currentMinute, everyMinute, groupZones, noSubscribe } from "./zone-clock";
import { useLocale } from "@/components/locale/locale-provider";

export type { ProfileFormValues } from "./profile-draft";
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
  /** Onboarding: where someone who chose to give interviews goes instead (their hours, so peers can book them). */
  interviewerSavedHref?: string;
}

function saveProfile(profile: ProfileFormValues): Promise<void> {
  return apiRequest("/api/v1/me", { method: "PATCH", body: profile });
}

export function ProfileForm({
  initial,
  interviewTypes,
  submitLabel,
  onSavedHref,
  interviewerSavedHref,
}: ProfileFormProps) {
  const locale = useLocale();
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
  // Someone who will give interviews: onboarding leads them to their hours next (interviewerSavedHref).
  const gives = draft.track !== "" && draft.track !== "CANDIDATE";

  const showErrors = (next: Errors) => {
    flushSync(() => setErrors(next));
    const field = FIELDS.find((f) => next[f]);
    if (field) formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  };

  const mutation = useMutation({
    mutationFn: saveProfile,
    onSuccess: (_data, saved) => {
      const href =
        interviewerSavedHref && saved.track && saved.track !== "CANDIDATE" ? interviewerSavedHref : onSavedHref;
      startNavigation(() => {
        if (href) router.push(href);
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
    <form method="post" ref={formRef} noValidate onSubmit={submit} className="space-y-8">
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
        {interviewerSavedHref && gives ? (
          <p className="rounded-md bg-brand-50 p-3 text-sm text-brand-900 ring-1 ring-brand-100">
            Peers can book you only once you add your hours and the interview types you run. We&apos;ll take you there
            next, with the focus areas you pick below already ticked.
          </p>
        ) : null}
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
                {minute !== null ? `, where it's ${clock(minute, timeZone, locale)} now` : ""}.
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
          {pending ? "Saving…" : interviewerSavedHref && gives ? "Save and add my hours" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
