"use client";

import { hashKey, useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/components/api-request";
import { availabilitySchema } from "@/lib/availability/availability.schema";
import {
  fieldErrors,
  fingerprint,
  serverFieldErrors,
  toDraft,
  toInput,
  unplacedErrors,
  type Draft,
  type FieldErrors,
} from "./availability-draft";
import { availabilityKeys, myAvailabilityQuery, saveMyAvailability, type SavedAvailability } from "./availability-keys";
import { EditorSection, FieldErrorsProvider } from "./field-bits";
import { interviewTypeListQuery, type InterviewTypeRow } from "./interview-type-keys";
import { OverridesField } from "./overrides-field";
import { RulesField } from "./rules-field";
import { TimeZoneField } from "./time-zone-field";
import { WeeklyHoursField } from "./weekly-hours-field";

const LEAVE_WARNING = "You have unsaved changes to your availability. Leave without saving them?";

/** A type retired since it was offered can't be offered again, so it isn't part of what the editor saves. */
function draftFrom(saved: SavedAvailability, types: InterviewTypeRow[]): Draft {
  const draft = toDraft(saved);
  return { ...draft, offeredTypes: draft.offeredTypes.filter((slug) => types.some((t) => t.slug === slug)) };
}

export function AvailabilityEditor() {
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const queryClient = useQueryClient();
  const { data: saved } = useSuspenseQuery(myAvailabilityQuery());
  const { data: interviewTypes } = useSuspenseQuery(interviewTypeListQuery());

  const [draft, setDraft] = useState(() => draftFrom(saved, interviewTypes));
  const [errors, setErrors] = useState<FieldErrors>({});
  // After a failed save, errors follow each edit so they clear as soon as they're fixed.
  const [revalidate, setRevalidate] = useState(false);
  const sentFingerprint = useRef<string | null>(null);

  const savedFingerprint = useMemo(() => fingerprint(draftFrom(saved, interviewTypes)), [saved, interviewTypes]);
  const dirty = fingerprint(draft) !== savedFingerprint;

  const showErrors = (next: FieldErrors) => {
    flushSync(() => setErrors(next));
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? document.getElementById(`${uid}-status`))?.focus();
  };

  const mutation = useMutation({
    mutationFn: saveMyAvailability,
    onSuccess: (result) => {
      queryClient.setQueryData(availabilityKeys.mine(), result);
      // Anything else derived from availability (slot previews) is stale; this query is already fresh.
      const mine = hashKey(availabilityKeys.mine());
      void queryClient.invalidateQueries({ queryKey: availabilityKeys.all, predicate: (q) => q.queryHash !== mine });
      // Show the saved (sorted) version, unless the person kept editing while it saved.
      setDraft((current) =>
        fingerprint(current) === sentFingerprint.current ? draftFrom(result, interviewTypes) : current,
      );
      setRevalidate(false);
    },
    onError: (error) => {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length) {
        setRevalidate(true);
        showErrors(serverFieldErrors(error.fieldErrors));
      }
    },
  });

  useLeaveWarning(dirty);

  function update(next: Draft) {
    setDraft(next);
    if (revalidate) {
      const result = availabilitySchema.safeParse(toInput(next));
      setErrors(result.success ? {} : fieldErrors(result.error, next));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const parsed = availabilitySchema.safeParse(toInput(draft));
    if (!parsed.success) {
      mutation.reset();
      setRevalidate(true);
      showErrors(fieldErrors(parsed.error, draft));
      return;
    }
    setErrors({});
    sentFingerprint.current = fingerprint(draft);
    mutation.mutate(parsed.data);
  }

  const hasErrors = Object.keys(errors).length > 0;
  const leftover = unplacedErrors(errors);
  const failure = mutation.error instanceof ApiError ? mutation.error : null;

  return (
    <FieldErrorsProvider value={{ uid, errors }}>
      <form method="post" ref={formRef} noValidate onSubmit={submit} className="space-y-6">
        <EditorSection id={`${uid}-zone`} title="Your time zone">
          <TimeZoneField
            value={draft.timeZone}
            saved={saved.timeZone}
            onChange={(timeZone) => update({ ...draft, timeZone })}
          />
        </EditorSection>

        <EditorSection
          id={`${uid}-weekly`}
          title="Weekly hours"
          intro="The hours you're free to give an interview, every week. Add more than one range for a split day. To work until midnight, end at 00:00; to work past it, end the next morning, like 22:00 to 02:00."
        >
          <WeeklyHoursField draft={draft} onChange={update} />
        </EditorSection>

        <EditorSection
          id={`${uid}-overrides`}
          title="Date overrides"
          intro="A holiday, or a day with different hours? Add the date here. It replaces that day's weekly hours."
        >
          <OverridesField
            overrides={draft.overrides}
            timeZone={draft.timeZone}
            onChange={(overrides) => update({ ...draft, overrides })}
          />
        </EditorSection>

        <EditorSection
          id={`${uid}-rules`}
          title="Booking rules"
          intro="What peers can book, and how much of your week it can take."
        >
          <RulesField draft={draft} interviewTypes={interviewTypes} onChange={update} />
        </EditorSection>

        <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:bottom-4 sm:mx-0 sm:rounded-lg sm:border sm:px-6 sm:shadow-md">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0 text-sm">
              <div id={`${uid}-status`} role="status" tabIndex={-1} aria-live="polite" className="outline-none">
                {hasErrors ? (
                  <div className="font-medium text-red-800">
                    <p>Some hours need another look. They&apos;re marked above; nothing was saved.</p>
                    {leftover.length ? (
                      <ul className="mt-1 list-disc pl-5">
                        {leftover.map(([path, message]) => (
                          <li key={path}>{message}</li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                ) : failure ? (
                  <p className="font-medium text-red-800">
                    {failure.status === 401 ? (
                      <>
                        You&apos;ve been signed out, so this wasn&apos;t saved.{" "}
                        <Link href="/sign-in" className="underline">
                          Sign in again
                        </Link>
                      </>
                    ) : (
                      `${failure.message} Your changes are still here.`
                    )}
                  </p>
                ) : mutation.isSuccess && !dirty ? (
                  <p className="font-medium text-green-800">Saved. New bookings follow these hours.</p>
                ) : null}
              </div>
              {/* Outside the live region: announcing it on every first keystroke would be noise. */}
              {dirty && !hasErrors && !failure ? <p className="text-slate-700">You have unsaved changes.</p> : null}
            </div>
            <Button type="submit" disabled={mutation.isPending} className="w-full shrink-0 sm:w-auto">
              {mutation.isPending ? "Saving…" : "Save availability"}
            </Button>
          </div>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}

/** Asks before a reload, a closed tab or an in-app link throws away unsaved edits. */
function useLeaveWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    // Client-side navigation doesn't fire beforeunload, so in-app links ask too.
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      ) {
        return;
      }
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.hash)) return;
      if (!window.confirm(LEAVE_WARNING)) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}
