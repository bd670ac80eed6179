/**
 * The live room's rules that need no database, shared by the sync server and the
 * browser: where the socket lives and what a participant may do at a given
 * moment (the document's name and layout are in room-document.ts).
 * Decision 0022 explains them.
 */
import { isRoomOpen } from "../interview-room/room";

/** Browsers reach the sync server on the app's own origin at this path: `/collab/<bookingId>`. */
export const COLLAB_PATH = "/collab";

/** After the booked end, edits are still accepted this long (an interview that runs over). */
export const READ_ONLY_GRACE_MS = 15 * 60_000;

/** A document's encoded state may not grow past this; further edits are refused with a message. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/**
 * Messages per document per second before further ones are refused. Dragging sends an update per
 * frame (~60/s) plus ~20 cursor updates, per person: two people drawing at once stay well under.
 */
export const MAX_UPDATES_PER_SECOND = 400;

/** Close codes (4000–4999 are the application's) and the sentences the room shows for them. */
export const CLOSE = {
  tooLarge: { code: 4413, reason: "This board is full (2 MB). Remove something before adding more." },
  tooFast: { code: 4429, reason: "Too many changes at once. Your last change was not saved; slow down and retry." },
  interviewOver: { code: 4001, reason: "The interview is over: the board is now read-only." },
  accessEnded: { code: 4003, reason: "This interview was cancelled or moved: the room is closed." },
} as const;

/** The booking a socket's URL (`/collab/<bookingId>`, any query) asks for, or null. */
export function bookingIdFromCollabPath(url: string | undefined): string | null {
  if (!url) return null;
  const pathname = url.split("?")[0] ?? "";
  const match = /^\/collab\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}

/** The WebSocket URL for a booking's room, from the page's own location. */
export function collabSocketUrl(location: { protocol: string; host: string }, bookingId: string): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}${COLLAB_PATH}/${encodeURIComponent(bookingId)}`;
}

export interface LiveRoomBooking {
  status: "SCHEDULED" | "COMPLETED" | "CANCELLED" | "RESCHEDULED" | "NO_SHOW";
  startsAt: Date;
  endsAt: Date;
}

/**
 * What a participant may do with the booking's document now:
 * `closed` before the room opens and for a cancelled or moved booking,
 * `edit` from the room's opening (the interview room's own rule) to the end plus the grace,
 * `read` after that.
 */
export type LiveRoomMode = "edit" | "read" | "closed";

export function liveRoomMode(booking: LiveRoomBooking, now: Date | number): LiveRoomMode {
  if (booking.status === "CANCELLED" || booking.status === "RESCHEDULED") return "closed";
  if (!isRoomOpen(booking.startsAt, now)) return "closed";
  if (booking.status === "NO_SHOW") return "read";
  return new Date(now).getTime() < readOnlyAt(booking).getTime() ? "edit" : "read";
}

export function readOnlyAt(booking: Pick<LiveRoomBooking, "endsAt">): Date {
  return new Date(booking.endsAt.getTime() + READ_ONLY_GRACE_MS);
}
