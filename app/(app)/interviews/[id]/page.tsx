import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { InterviewRoomView } from "@/components/interview-room/interview-room";
import { notesQuery, roomQuery, type RoomData } from "@/components/interview-room/room-keys";
import type { Caller } from "@/lib/auth/sessions";
import { env } from "@/lib/env";
import { orNotFound } from "@/app/_server/or-not-found";
import { getInterviewRoom } from "@/lib/interview-room/get-interview-room";
import { getNotes } from "@/lib/notes/get-notes";

type Params = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

/** Not yours and not there are the same 404. */
const loadRoom = cache((caller: Caller, id: string) => orNotFound(getInterviewRoom(caller, id)));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const caller = await requireOnboardedUser();
  const room = await loadRoom(caller, (await params).id);
  return { title: `Interview room · ${room.interviewType.name}` };
}

export default async function InterviewRoomPage({ params }: Params) {
  const caller = await requireOnboardedUser();
  const { id } = await params;
  const room = await loadRoom(caller, id);

  const queryClient = new QueryClient();
  // No clock offset yet: the browser measures it against the API when it mounts.
  queryClient.setQueryData<RoomData>(roomQuery(id).queryKey, { ...room, clockOffsetMs: null });
  if (room.open) queryClient.setQueryData(notesQuery(id).queryKey, await getNotes(caller, id));

  return (
    <div>
      <Link href={`/bookings/${id}`} className="text-sm font-semibold text-brand-700 underline">
        <span aria-hidden="true">← </span>Interview details
      </Link>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <InterviewRoomView
          id={id}
          timeZone={caller.timeZone ?? "UTC"}
          renderedAt={room.serverNow}
          me={{ id: caller.id, name: caller.displayName ?? "Participant" }}
          jitsiDomain={env().JITSI_DOMAIN}
        />
      </HydrationBoundary>
    </div>
  );
}
