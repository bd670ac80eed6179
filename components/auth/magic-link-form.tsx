"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, useTransition } from "react";
import { apiRequest, ApiError } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

function requestMagicLink(email: string, next: string | null): Promise<void> {
  return apiRequest("/api/v1/auth/magic-link", { method: "POST", body: next ? { email, next } : { email } });
}

const OFFLINE_MESSAGE = "We couldn't reach MockLoop. Check your connection and try again.";

/** "E-mail me a link": the one sign-in method that always works. */
/** `next`: where the e-mailed link lands (a safe path; the dashboard without one). */
export function MagicLinkForm({ defaultEmail = "", next = null }: { defaultEmail?: string; next?: string | null }) {
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [navigating, startNavigation] = useTransition();

  const mutation = useMutation({
    mutationFn: (address: string) => requestMagicLink(address, next),
    onSuccess: (_data, address) => {
      startNavigation(() => router.push(`/sign-in/check-email?email=${encodeURIComponent(address)}`));
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fieldErrors.email) inputRef.current?.focus();
    },
  });

  const problem = mutation.error instanceof ApiError ? mutation.error : null;
  const fieldError = problem?.fieldErrors.email?.[0];
  const formError = mutation.isError && !fieldError ? (problem?.message ?? OFFLINE_MESSAGE) : null;
  const pending = mutation.isPending || navigating;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  return (
    <form
      method="post"
      noValidate
      className="mt-6"
      onSubmit={(event) => {
        event.preventDefault();
        // Read from the field, not from state: what was typed before the page hydrated is only there.
        if (!pending) mutation.mutate((inputRef.current?.value ?? "").trim().toLowerCase());
      }}
    >
      <label htmlFor={`${id}-email`} className="block font-semibold">
        E-mail address
      </label>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        We&apos;ll send you a link that signs you in. No password needed.
      </p>
      <input
        ref={inputRef}
        id={`${id}-email`}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={defaultEmail}
        onChange={() => {
          if (mutation.isError) mutation.reset();
        }}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={fieldError ? `${errorId} ${hintId}` : hintId}
        placeholder="name@example.com"
        className={cn(
          "mt-2 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base",
          fieldError ? "border-red-700" : "border-slate-300",
        )}
      />
      <p id={errorId} aria-live="polite" className="mt-1 min-h-0 text-sm font-medium text-red-800 empty:hidden">
        {fieldError ?? ""}
      </p>
      <div role="alert" className="empty:hidden">
        {formError ? (
          <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300">{formError}</p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending} aria-disabled={pending} className="mt-4 w-full">
        {pending ? "Sending your link…" : "E-mail me a sign-in link"}
      </Button>
    </form>
  );
}
