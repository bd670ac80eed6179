"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatClock, formatDay, formatSpan } from "@/lib/dates/viewer-time";
import { errorMessage } from "@/components/api-request";
import { useHydrated } from "@/components/bookings/use-hydrated";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { cancelMatchRequest, matchKeys, matchRequestsQuery, type MatchRequest, type MatchStatus } from "./match-keys";
import { useLocale } from "@/components/locale/locale-provider";

const STATUS: Record<MatchStatus, { label: string; className: string }> = {
  OPEN: { label: "Looking", className: "bg-brand-50 text-brand-900 ring-brand-100" },
  MATCHED: { label: "Booked", className: "bg-green-50 text-green-900 ring-green-200" },
  EXPIRED: { label: "No match found", className: "bg-slate-100 text-slate-700 ring-slate-300" },
  CANCELLED: { label: "Cancelled", className: "bg-slate-100 text-slate-700 ring-slate-300" },
};

/** The caller's requests, newest first, each with what happened to it. */
export function MatchRequestList({ timeZone }: { timeZone: string }) {
  const { data: requests } = useSuspenseQuery(matchRequestsQuery());

  return (
    <section aria-labelledby="requests-heading" className="mt-10">
      <h2 id="requests-heading" className="text-lg font-semibold">
        Your requests
      </h2>
      {requests.length > 0 ? <p className="text-sm text-slate-600">Times in {timeZone}.</p> : null}
      {requests.length === 0 ? (
        <p className="mt-2 text-slate-700">
          None yet. When you ask to be matched, the request shows here until it&apos;s booked or its times pass.
        </p>
      ) : (
        <ul className="mt-3 space-y-3" aria-label="Your match requests">
          {requests.map((request) => (
            <RequestItem key={request.id} request={request} timeZone={timeZone} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestItem({ request, timeZone }: { request: MatchRequest; timeZone: string }) {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const cancel = useMutation({
    mutationFn: () => cancelMatchRequest(request.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchKeys.all }),
  });
  const status = STATUS[request.status];

  return (
    <li className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{request.interviewType.name}</h3>
        <span className={cn("rounded-full px-2 py-0.5 text-xs font-semibold ring-1", status.className)}>
          {status.label}
        </span>
      </div>
      <ul className="mt-2 space-y-0.5 text-sm text-slate-700" aria-label="Times you gave">
        {request.windows.map((w) => (
          <li key={w.startsAt}>
            <time dateTime={w.startsAt}>{formatSpan(w.startsAt, w.endsAt, timeZone, locale)}</time>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-700">
        {request.status === "OPEN"
          ? `Looking until ${formatDay(request.expiresAt, timeZone, locale)}, ${formatClock(request.expiresAt, timeZone, locale)} (${timeZone}).`
          : request.status === "EXPIRED"
            ? "Its times passed without a match. Try more or wider times, or pick one yourself on Find a peer."
            : request.status === "CANCELLED"
              ? "You cancelled this request."
              : null}
        {request.status === "MATCHED" && request.bookingId ? (
          <Link href={`/bookings/${request.bookingId}`} className="font-semibold text-brand-700 underline">
            Open the interview
          </Link>
        ) : null}
      </p>
      {request.status === "OPEN" ? (
        <Button
          variant="secondary"
          className="mt-3"
          disabled={!hydrated || cancel.isPending}
          onClick={() => cancel.mutate()}
        >
          {cancel.isPending ? "Cancelling…" : "Cancel request"}
          <span className="sr-only"> for {request.interviewType.name}</span>
        </Button>
      ) : null}
      {cancel.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {errorMessage(cancel.error)}
        </p>
      ) : null}
    </li>
  );
}
