"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect } from "react";
import { FeedbackSection } from "@/components/feedback/feedback-section";
import { formatSpan } from "@/lib/dates/viewer-time";
import { LiveRoomLoader, SavedWorkspaceLoader } from "@/components/live-room/live-room-loader";
import { Button } from "@/components/ui/button";
import { roomPhase } from "@/lib/interview-room/room";
import { readOnlyAt } from "@/lib/live-room/live-room";
import { NotesPanel } from "./notes-panel";
import { QuestionPanel } from "./question-panel";
import { roomKeys, roomQuery, type RoomData } from "./room-keys";
import { useServerNow } from "./room-clock";
import { RoomTimer } from "./room-timer";
import { RubricPanel } from "./rubric-panel";
import { VideoCall } from "./video-call";
import { WaitingRoom } from "./waiting-room";
import { useLocale } from "@/components/locale/locale-provider";

interface Props {
  id: string;
  timeZone: string;
  /** The server's clock at render, so the first client render matches it. */
  renderedAt: string;
  /** The signed-in participant, for the name beside their cursor and in the call. */
  me: { id: string; name: string };
  /** The Jitsi server whose rooms are shown inside the room (JITSI_DOMAIN). */
  jitsiDomain: string;
}

const GONE = {
  CANCELLED: "This interview was cancelled.",
  RESCHEDULED: "This interview was moved to another time.",
  NO_SHOW: "This interview was marked as a no-show.",
} as const;

export function InterviewRoomView({ id, timeZone, renderedAt, me, jitsiDomain }: Props) {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const { data: room } = useSuspenseQuery(roomQuery(id));
  const now = useServerNow(room.clockOffsetMs ?? 0, renderedAt);
  const phase = roomPhase(room.startsAt, room.endsAt, now);
  const name = room.counterpart.displayName ?? "Deleted user";
  const interviewing = room.role === "INTERVIEWER";

  // The question is only sent once the room is open: fetch it the moment the countdown says so.
  useEffect(() => {
    if (phase !== "waiting" && !room.open) void queryClient.invalidateQueries({ queryKey: roomKeys.room(id) });
  }, [phase, room.open, id, queryClient]);

  const gone = room.status in GONE ? GONE[room.status as keyof typeof GONE] : null;
  return (
    <article aria-labelledby="room-heading" className="mt-3 space-y-5">
      <header className="flex flex-col gap-4 md:flex-row md:items-start md:justify-between">
        <div className="min-w-0">
          <p className="text-sm text-slate-600">
            {room.interviewType.durationMinutes}-minute mock interview ·{" "}
            {interviewing ? "You're the interviewer" : "You're the candidate"}
          </p>
          <h1 id="room-heading" className="text-2xl font-bold break-words">
            {room.interviewType.name} with {name}
          </h1>
          <p className="text-slate-700">
            <time dateTime={room.startsAt}>{formatSpan(room.startsAt, room.endsAt, timeZone, locale, true)}</time> (
            {timeZone})
          </p>
          {!gone && (phase === "live" || phase === "ended") ? (
            <a
              href="#feedback-heading"
              className="mt-2 mr-4 inline-block text-sm font-semibold text-brand-700 underline"
            >
              Go to feedback<span aria-hidden="true"> ↓</span>
            </a>
          ) : null}
          {room.meetingUrl && !gone && phase === "waiting" ? (
            <Button asChild className="mt-3" variant={phase === "waiting" ? "secondary" : "primary"}>
              <a href={room.meetingUrl} target="_blank" rel="noopener noreferrer">
                Join video call<span className="sr-only"> (opens in a new tab)</span>
                <span aria-hidden="true">↗</span>
              </a>
            </Button>
          ) : null}
        </div>
        {gone ? null : (
          <div className="md:w-56">
            <RoomTimer phase={phase} now={now} startsAt={room.startsAt} endsAt={room.endsAt} opensAt={room.opensAt} />
          </div>
        )}
      </header>

      {gone ? (
        <p role="status" className="rounded-lg bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-300">
          {gone}{" "}
          <Link href={`/bookings/${room.id}`} className="font-semibold underline">
            See the interview’s page
          </Link>
        </p>
      ) : phase === "waiting" || !room.open ? (
        <WaitingRoom room={room} timeZone={timeZone} />
      ) : (
        <>
          {room.meetingUrl && phase !== "ended" ? (
            <VideoCall meetingUrl={room.meetingUrl} jitsiDomain={jitsiDomain} displayName={me.name} />
          ) : null}
          <OpenRoom room={room} timeZone={timeZone} />
          {phase !== "ended" ? <SharedWorkspace room={room} me={me} readOnly={false} /> : null}
        </>
      )}

      {!gone && phase === "live" ? (
        <FeedbackSection bookingId={room.id} timeZone={timeZone} counterpartName={name} />
      ) : null}
      {!gone && phase === "ended" ? (
        // After the interview the workspace sits beside the feedback form: the evidence next to the verdict.
        <div className="grid gap-4 xl:grid-cols-2 xl:items-start">
          <SharedWorkspace
            room={room}
            me={me}
            readOnly={now >= readOnlyAt({ endsAt: new Date(room.endsAt) }).getTime()}
          />
          <FeedbackSection bookingId={room.id} timeZone={timeZone} counterpartName={name} />
        </div>
      ) : null}
    </article>
  );
}

/** The board and TPM panels, shared live with the other participant (loaded only here). */
function SharedWorkspace({ room, me, readOnly }: { room: RoomData; me: Props["me"]; readOnly: boolean }) {
  if (room.livePanels.length === 0) return null;
  return (
    <section
      aria-labelledby="workspace-heading"
      className="min-w-0 space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id="workspace-heading" className="text-lg font-semibold">
        Shared workspace
      </h2>
      {readOnly ? (
        // Once it can no longer change, the stored copy is read over HTTP: no socket, and it shows
        // even while the sync server is away.
        <SavedWorkspaceLoader bookingId={room.id} panels={room.livePanels} />
      ) : (
        <LiveRoomLoader bookingId={room.id} panels={room.livePanels} me={me} readOnly={false} />
      )}
    </section>
  );
}

/** Interviewer: question, guide and follow-ups on the left, rubric and notes on the right. Candidate: question and notes. */
function OpenRoom({ room, timeZone }: { room: RoomData; timeZone: string }) {
  const interviewing = room.role === "INTERVIEWER";
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
      <QuestionPanel room={room} />
      <div className="space-y-4 lg:sticky lg:top-4">
        {interviewing ? <RubricPanel rubric={room.rubric} /> : null}
        <NotesPanel bookingId={room.id} timeZone={timeZone} interviewing={interviewing} />
      </div>
    </div>
  );
}
