import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import type { InterviewRoom } from "@/lib/interview-room/room.types";
import type { InterviewNotes } from "@/lib/notes/notes.types";
import { clockOffset } from "./room-clock";

/** The room plus how far the browser's clock is from the server's (null until measured in the browser). */
export interface RoomData extends InterviewRoom {
  clockOffsetMs: number | null;
}

export const roomKeys = {
  all: ["interviews"] as const,
  room: (id: string) => [...roomKeys.all, id, "room"] as const,
  notes: (id: string) => [...roomKeys.all, id, "notes"] as const,
};

const path = (id: string) => `/api/v1/interviews/${encodeURIComponent(id)}`;

/**
 * The server page hydrates the room without an offset; the browser refetches
 * on mount to measure one, timing the request so the countdown follows the
 * server's clock.
 */
export const roomQuery = (id: string) =>
  queryOptions({
    queryKey: roomKeys.room(id),
    queryFn: async (): Promise<RoomData> => {
      const sentAt = Date.now();
      const room = await apiRequest<InterviewRoom>(path(id));
      return { ...room, clockOffsetMs: clockOffset(room.serverNow, sentAt, Date.now()) };
    },
    refetchOnMount: "always",
    refetchOnWindowFocus: false,
  });

export const notesQuery = (id: string) =>
  queryOptions({
    queryKey: roomKeys.notes(id),
    queryFn: () => apiRequest<InterviewNotes>(`${path(id)}/notes`),
    // The notes field owns its text after the first load; refetching would overwrite typing.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const saveNotes = (id: string, body: string) =>
  apiRequest<InterviewNotes>(`${path(id)}/notes`, { method: "PUT", body: { body } });
