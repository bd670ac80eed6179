"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { ApiError, serverFieldError } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { connectCalendarSchema } from "@/lib/external-calendars/external-calendar.schema";
import { calendarKeys, connectMyCalendar } from "./calendar-keys";
import { inputClass } from "./field-bits";

type Kind = "ICS" | "CALDAV";

/** Connect a calendar: paste a secret iCalendar address, or give a CalDAV address and login. */
export function ConnectCalendarForm({ onConnected }: { onConnected: (id: string) => void }) {
  const uid = useId();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>("ICS");
  const [url, setUrl] = useState("");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const mutation = useMutation({
    mutationFn: connectMyCalendar,
    onSuccess: (calendar) => {
      setUrl("");
      setPassword("");
      setClientErrors({});
      void queryClient.invalidateQueries({ queryKey: calendarKeys.all });
      onConnected(calendar.id);
    },
  });

  const errorOf = (field: string) => clientErrors[field] ?? serverFieldError(mutation.error, field) ?? undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const input = kind === "ICS" ? { kind, url } : { kind, url, username, password };
    const parsed = connectCalendarSchema.safeParse(input);
    if (!parsed.success) {
      setClientErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      mutation.reset();
      return;
    }
    setClientErrors({});
    mutation.mutate(parsed.data);
  }

  const field = (name: string, label: string, hint: string | null, input: React.ReactElement) => {
    const error = errorOf(name);
    return (
      <div>
        <label htmlFor={`${uid}-${name}`} className="block text-sm font-medium text-slate-900">
          {label}
        </label>
        {hint ? (
          <p id={`${uid}-${name}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        ) : null}
        {input}
        {error ? (
          <p id={`${uid}-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  const aria = (name: string, hint: boolean) => ({
    id: `${uid}-${name}`,
    "aria-invalid": errorOf(name) ? (true as const) : undefined,
    "aria-describedby":
      [errorOf(name) ? `${uid}-${name}-error` : "", hint ? `${uid}-${name}-hint` : ""].filter(Boolean).join(" ") ||
      undefined,
  });
  const failure =
    mutation.error instanceof ApiError && !Object.keys(mutation.error.fieldErrors).length ? mutation.error : null;

  return (
    <form method="post" noValidate onSubmit={submit} className="space-y-4" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} className="font-semibold">
        Connect a calendar
      </h3>
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">How does your calendar share?</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {(
            [
              ["ICS", "A secret iCalendar address (Google, Outlook, iCloud)"],
              ["CALDAV", "CalDAV login (Fastmail, iCloud, Nextcloud)"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="inline-flex min-h-11 items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${uid}-kind`}
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {field(
        "url",
        kind === "ICS" ? "Secret address in iCal format" : "CalDAV server address",
        kind === "ICS"
          ? "Google Calendar: Settings → your calendar → “Secret address in iCal format”. Outlook: Settings → Shared calendars → Publish → ICS link."
          : "For example https://caldav.fastmail.com/ or https://caldav.icloud.com/. All your calendars there are read.",
        <input
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          className={inputClass(Boolean(errorOf("url")), "mt-1 w-full")}
          {...aria("url", true)}
        />,
      )}
      {kind === "CALDAV" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {field(
            "username",
            "User name",
            null,
            <input
              autoComplete="off"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              className={inputClass(Boolean(errorOf("username")), "mt-1 w-full")}
              {...aria("username", false)}
            />,
          )}
          {field(
            "password",
            "App password",
            null,
            <input
              type="password"
              autoComplete="off"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              className={inputClass(Boolean(errorOf("password")), "mt-1 w-full")}
              {...aria("password", false)}
            />,
          )}
        </div>
      ) : null}
      <p className="text-sm text-slate-600">
        MockLoop keeps only when you are busy, never what your events are, and stores the address and password
        encrypted.
      </p>
      <div role="status" aria-live="polite" className="text-sm font-medium text-red-800">
        {failure ? failure.message : null}
      </div>
      <Button type="submit" disabled={mutation.isPending} className="w-full sm:w-auto">
        {mutation.isPending ? "Connecting…" : "Connect calendar"}
      </Button>
    </form>
  );
}
