import type { Caller } from "../auth/sessions";
import type { DbClient } from "../db";
import { AppError } from "../errors";
import { isRoomOpen } from "../interview-room/room";

/**
 * The booking whose notes the caller wants, found only if they take part in
 * it (authorization in the `where`), and only once its room is open.
 */
export async function openRoomFor(client: DbClient, caller: Caller, bookingId: string, now: Date) {
  const booking = await client.booking.findFirst({
    where: { id: bookingId, participants: { some: { userId: caller.id } } },
    select: { id: true, startsAt: true },
  });
  if (!booking) throw new AppError("NOT_FOUND", "No such interview.");
  if (!isRoomOpen(booking.startsAt, now)) {
    throw new AppError("CONFLICT", "Notes open with the interview room, 10 minutes before the start.");
  }
  return booking;
}
