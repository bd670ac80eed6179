import { z } from "zod";
import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { signValue, verifyValue } from "../security/signed-token";
import { bookingSelect, forViewer } from "./booking-select";

export const listBookingsSchema = z.object({
  when: z.enum(["upcoming", "past"]).default("upcoming"),
  status: z.enum(["SCHEDULED", "COMPLETED", "CANCELLED", "RESCHEDULED", "NO_SHOW"]).optional(),
  role: z.enum(["CANDIDATE", "INTERVIEWER"]).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/**
 * A page cursor is the last row's (start, id), signed for this caller and this
 * list: opaque, useless to anyone else, and never a booking id the caller could
 * swap for someone else's to learn whether it exists or when it starts.
 */
const cursorPurpose = (caller: Caller, when: string) => `booking-cursor:${caller.id}:${when}`;
const cursorShape = z.object({ s: z.number().int(), i: z.string() });

function readCursor(caller: Caller, when: string, cursor: string): { startsAt: Date; id: string } {
  const parsed = cursorShape.safeParse(verifyValue(cursorPurpose(caller, when), cursor));
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", "That page of bookings is no longer valid. Start again from the first page.");
  }
  return { startsAt: new Date(parsed.data.s), id: parsed.data.i };
}

/** The caller's bookings in either role, scoped in the query itself. */
export async function listMyBookings(caller: Caller, input: z.infer<typeof listBookingsSchema>, now = new Date()) {
  const upcoming = input.when === "upcoming";
  const after = input.cursor ? readCursor(caller, input.when, input.cursor) : null;
  // Keyset pagination in the list's own order: start (ascending upcoming, descending past), then id.
  const afterCursor: Prisma.BookingWhereInput = after
    ? {
        OR: [
          { startsAt: upcoming ? { gt: after.startsAt } : { lt: after.startsAt } },
          { startsAt: after.startsAt, id: { gt: after.id } },
        ],
      }
    : {};
  const rows = await db().booking.findMany({
    where: {
      participants: { some: { userId: caller.id, ...(input.role ? { role: input.role } : {}) } },
      ...(input.status ? { status: input.status } : {}),
      ...(upcoming ? { endsAt: { gt: now } } : { endsAt: { lte: now } }),
      AND: [afterCursor],
    },
    // Only to work out whether the viewer may dispute a no-show; the list's rows don't carry them.
    select: { ...bookingSelect, noShowReports: { select: { accusedId: true, disputedAt: true } } },
    orderBy: [{ startsAt: upcoming ? "asc" : "desc" }, { id: "asc" }],
    take: input.limit + 1,
  });
  const hasMore = rows.length > input.limit;
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor =
    hasMore && last ? signValue(cursorPurpose(caller, input.when), { s: last.startsAt.getTime(), i: last.id }) : null;
  const bookings = page.map((b) => {
    const { noShowReports: _reports, ...row } = forViewer(b, caller.id, now);
    return row;
  });
  return { bookings, nextCursor };
}

/** One booking, only for its two participants: anyone else gets a 404, not a 403. */
export async function getBooking(caller: Caller, bookingId: string, now = new Date()) {
  const booking = await db().booking.findFirst({
    where: { id: bookingId, participants: { some: { userId: caller.id } } },
    select: {
      ...bookingSelect,
      history: {
        orderBy: { createdAt: "asc" },
        select: {
          fromStatus: true,
          toStatus: true,
          reason: true,
          createdAt: true,
          changedBy: { select: { id: true, profile: { select: { displayName: true } } } },
        },
      },
      noShowReports: {
        select: { reporterId: true, accusedId: true, disputedAt: true, disputeReason: true, createdAt: true },
      },
    },
  });
  if (!booking) throw new AppError("NOT_FOUND", "No such booking.");
  return forViewer(booking, caller.id, now);
}
