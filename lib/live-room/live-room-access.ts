import { callerFromSessionToken } from "../auth/sessions";
import { sessionTokenFromCookieHeader } from "../auth/session-cookie";
import { db } from "../db";
import { liveRoomMode, readOnlyAt, type LiveRoomMode } from "./live-room";

export type LiveRoomAccess =
  | {
      allowed: true;
      mode: Exclude<LiveRoomMode, "closed">;
      userId: string;
      displayName: string | null;
      readOnlyAt: Date;
    }
  | { allowed: false; status: 401 | 403 | 404; reason: string };

/**
 * Whether the holder of this session may open this booking's live document now, and how.
 * Only the booking's two participants, scoped in the `where` (an admin is no exception);
 * anyone else gets the same "not found" as for a booking that does not exist.
 * Decided when a socket upgrades and again whenever the booking changes.
 */
export async function decideLiveRoomAccess(
  cookieHeader: string | null | undefined,
  bookingId: string,
  now = new Date(),
): Promise<LiveRoomAccess> {
  const token = sessionTokenFromCookieHeader(cookieHeader ?? null);
  const caller = token ? await callerFromSessionToken(token) : null;
  if (!caller) return { allowed: false, status: 401, reason: "Sign in to join the room." };
  return unsafeDecideForUser(caller.id, caller.displayName, bookingId, now);
}

/** The same decision for a user already identified (a connection being re-checked). */
export async function unsafeDecideForUser(
  userId: string,
  displayName: string | null,
  bookingId: string,
  now = new Date(),
): Promise<LiveRoomAccess> {
  const booking = await db().booking.findFirst({
    where: { id: bookingId, participants: { some: { userId } } },
    select: { status: true, startsAt: true, endsAt: true },
  });
  if (!booking) return { allowed: false, status: 404, reason: "No such interview." };
  const mode = liveRoomMode(booking, now);
  if (mode === "closed") {
    return booking.status === "CANCELLED" || booking.status === "RESCHEDULED"
      ? { allowed: false, status: 403, reason: "This interview was cancelled or moved." }
      : { allowed: false, status: 403, reason: "The room opens 10 minutes before the start." };
  }
  return { allowed: true, mode, userId, displayName, readOnlyAt: readOnlyAt(booking) };
}
