"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { apiRequest, ApiError } from "@/components/api-request";

/**
 * The secret calendar-feed URL: shown once when made, since only its hash is
 * stored. Making a new one (or turning it off) stops the old URL working.
 */
export function CalendarFeedSection({ hasFeed }: { hasFeed: boolean }) {
  const [url, setUrl] = useState<string | null>(null);
  const [active, setActive] = useState(hasFeed);
  const [message, setMessage] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: () => apiRequest<{ url: string }>("/api/v1/me/calendar-feed", { method: "POST" }),
    onSuccess: (result) => {
      setUrl(result.url);
      setActive(true);
      setMessage(null);
    },
    onError: (error) => setMessage(error instanceof ApiError ? error.message : "That didn't work. Try again."),
  });
  const revoke = useMutation({
    mutationFn: () => apiRequest("/api/v1/me/calendar-feed", { method: "DELETE" }),
    onSuccess: () => {
      setUrl(null);
      setActive(false);
      setMessage("Your calendar feed is off. Calendars subscribed to it will stop updating.");
    },
    onError: (error) => setMessage(error instanceof ApiError ? error.message : "That didn't work. Try again."),
  });

  return (
    <div className="space-y-4">
      {url ? (
        <div>
          <label htmlFor="calendar-feed-url" className="block text-sm font-semibold">
            Your calendar feed URL
          </label>
          <p id="calendar-feed-hint" className="text-sm text-slate-600">
            Copy it now: for your privacy we don&apos;t show it again. In Google Calendar use “From URL”; in Apple or
            Outlook, “Subscribe”.
          </p>
          <input
            id="calendar-feed-url"
            readOnly
            value={url}
            aria-describedby="calendar-feed-hint"
            onFocus={(e) => e.currentTarget.select()}
            className="mt-2 w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm"
          />
        </div>
      ) : (
        <p className="text-sm text-slate-700">
          {active
            ? "Your feed is on. If you've lost its address, make a new one: the old one stops working."
            : "Subscribe from your calendar app to see every MockLoop interview there, updated as plans change."}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={() => create.mutate()} disabled={create.isPending}>
          {create.isPending ? "Making…" : active ? "Make a new feed URL" : "Turn on calendar feed"}
        </Button>
        {active ? (
          <Button type="button" variant="secondary" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
            {revoke.isPending ? "Turning off…" : "Turn off"}
          </Button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
