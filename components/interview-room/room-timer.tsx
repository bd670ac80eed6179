"use client";

import type { RoomPhase } from "@/lib/interview-room/room";
import { formatCountdown, spokenCountdown } from "./room-clock";

interface Props {
  phase: RoomPhase;
  now: number;
  startsAt: string;
  endsAt: string;
  opensAt: string;
}

/** Milestones worth saying out loud; the ticking seconds are not. */
function announcement(phase: RoomPhase, left: number): string {
  if (phase === "lobby") return "The room is open. The interview has not started yet.";
  if (phase === "ended") return "Time's up. The interview's booked time has ended.";
  if (phase === "live" && left <= 5 * 60_000) return "5 minutes left.";
  if (phase === "live") return "The interview has started.";
  return "";
}

/**
 * Counts from the booked start and end on the server's clock, so both people
 * see the same numbers: before the start "starts in", then the time left.
 */
export function RoomTimer({ phase, now, startsAt, endsAt, opensAt }: Props) {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  const length = end - start;
  const left = end - now;
  const target = phase === "waiting" ? Date.parse(opensAt) : phase === "lobby" ? start : end;
  const label =
    phase === "waiting" ? "Room opens in" : phase === "lobby" ? "Starts in" : phase === "live" ? "Time left" : "";
  const elapsed = Math.min(1, Math.max(0, (now - start) / length));

  return (
    <div className="rounded-lg bg-slate-900 px-4 py-3 text-white" data-phase={phase}>
      {phase === "ended" ? (
        <p className="text-lg font-semibold">Time&apos;s up</p>
      ) : (
        <div role="timer" aria-label={`${label} ${spokenCountdown(target - now)}`}>
          <p className="text-xs font-semibold tracking-wide text-slate-300 uppercase" aria-hidden="true">
            {label}
          </p>
          <p className="font-mono text-3xl font-bold tabular-nums" aria-hidden="true">
            {formatCountdown(target - now)}
          </p>
        </div>
      )}
      {phase === "live" || phase === "ended" ? (
        <div className="mt-2 h-1.5 overflow-hidden rounded bg-slate-700" aria-hidden="true">
          <div
            className={left <= 5 * 60_000 ? "h-full bg-amber-400" : "h-full bg-emerald-400"}
            style={{ width: `${elapsed * 100}%` }}
          />
        </div>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement(phase, left)}
      </p>
    </div>
  );
}
