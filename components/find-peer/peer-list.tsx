"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type Ref } from "react";
import { freePeersQuery } from "@/components/people/person-keys";
import { Button } from "@/components/ui/button";
import type { OpenSlot, RankedPeer } from "./slot-keys";
import { formatClock, formatDay, formatSpan, localDate } from "@/lib/dates/viewer-time";
import { useLocale } from "@/components/locale/locale-provider";
import type { Locale } from "@/lib/dates/locale";

export const LEVEL_LABELS: Record<string, string> = {
  ENTRY: "Entry level",
  MID: "Mid-level",
  SENIOR: "Senior",
  STAFF: "Staff or principal",
};

interface Props {
  /** Undefined once the time is no longer open (taken, or refetched away). */
  slot: OpenSlot | undefined;
  start: string;
  /** The type's slug, for "Show all": the whole list is fetched for this start (GET /api/v1/slots/peers). */
  interviewType: string;
  timeZone: string;
  headingRef: Ref<HTMLHeadingElement>;
  pendingPeerId: string | null;
  onBook: (peer: RankedPeer, slot: OpenSlot) => void;
  onBack: () => void;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

/** "18:00–18:45 their time (Europe/London)", with the day when theirs differs from the viewer's. */
function theirTime(slot: OpenSlot, peer: RankedPeer, viewerZone: string, locale: Locale): string {
  if (peer.timeZone === viewerZone) return "Same time zone as you";
  const otherDay = localDate(slot.start, peer.timeZone) !== localDate(slot.start, viewerZone);
  const span = `${formatClock(slot.start, peer.timeZone, locale)}–${formatClock(slot.end, peer.timeZone, locale)}`;
  return `${otherDay ? `${formatDay(slot.start, peer.timeZone, locale)}, ` : ""}${span} their time (${peer.timeZone})`;
}

/** The peers free at the picked time, best match first, each one click from booked. */
export function PeerList({ slot, start, interviewType, timeZone, headingRef, pendingPeerId, onBook, onBack }: Props) {
  const [allFor, setAllFor] = useState<string | null>(null);
  const showAll = allFor === start;
  const all = useQuery({ ...freePeersQuery(interviewType, start), enabled: showAll });
  const peers = showAll && all.data ? all.data.peers : (slot?.interviewers ?? []);
  const more = slot && !showAll && slot.available > slot.interviewers.length;
  const locale = useLocale();
  return (
    <section aria-labelledby="peers-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 id="peers-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
            {slot
              ? `Free ${formatSpan(slot.start, slot.end, timeZone, locale)}`
              : `No longer open: ${formatDay(start, timeZone, locale)}, ${formatClock(start, timeZone, locale)}`}
          </h2>
          <p className="text-sm text-slate-600">
            {slot
              ? showAll && all.data
                ? `All ${all.data.peers.length} peers free then, best match first.`
                : slot.available > slot.interviewers.length
                  ? `${slot.available} peers are free then. Here are your ${slot.interviewers.length} best matches.`
                  : slot.available === 1
                    ? "1 peer is free then."
                    : `${slot.available} peers are free then, best match first.`
              : null}{" "}
            Times in {timeZone}.
          </p>
        </div>
        <Button variant="ghost" className="self-start" onClick={onBack}>
          <span aria-hidden="true">←</span> Pick another time
        </Button>
      </div>

      {slot ? (
        <ol className="mt-3 divide-y divide-slate-200" aria-label="Peers free then">
          {peers.map((peer) => (
            <li key={peer.id} className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center">
              <div className="flex min-w-0 flex-1 items-center gap-3">
                <div
                  aria-hidden="true"
                  className="flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-100 font-bold text-brand-900"
                >
                  {initials(peer.displayName)}
                </div>
                <div className="min-w-0">
                  <Link
                    href={`/people/${peer.id}`}
                    className="font-semibold break-words text-brand-700 underline-offset-2 hover:underline"
                  >
                    {peer.displayName}
                  </Link>
                  <p className="text-sm text-slate-700">{LEVEL_LABELS[peer.level] ?? peer.level}</p>
                  <p className="text-sm text-slate-600">{theirTime(slot, peer, timeZone, locale)}</p>
                </div>
              </div>
              <Button
                className="w-full sm:w-auto"
                disabled={pendingPeerId !== null}
                aria-busy={pendingPeerId === peer.id}
                onClick={() => onBook(peer, slot)}
              >
                {pendingPeerId === peer.id ? "Booking…" : "Book"}
                <span className="sr-only"> with {peer.displayName}</span>
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
      {more ? (
        <Button variant="secondary" className="mt-2 w-full sm:w-auto" onClick={() => setAllFor(start)}>
          Show all {slot.available}
          <span className="sr-only"> peers free then</span>
        </Button>
      ) : null}
      {showAll && all.isPending ? (
        <p role="status" className="mt-2 text-sm text-slate-600">
          Loading everyone free then…
        </p>
      ) : null}
      {showAll && all.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          We couldn&apos;t load everyone free then.{" "}
          <button type="button" className="font-semibold underline" onClick={() => void all.refetch()}>
            Try again
          </button>
        </p>
      ) : null}
      {slot ? null : (
        <p className="mt-3 text-slate-700">
          This time isn&apos;t open any more. Pick another time from the calendar above.
        </p>
      )}
    </section>
  );
}
