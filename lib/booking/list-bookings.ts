import { z } from "zod";
import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { bookingSelect, forViewer } from "./booking-select";

export const listBookingsSchema = z.object({
  when: z.enum(["upcoming", "past"]).default("upcoming"),
  status: z.enum(["SCHEDULED", "COMPLETED", "CANCELLED", "RESCHEDULED", "NO_SHOW"]).optional(),
  role: z.enum(["CANDIDATE", "INTERVIEWER"]).optional(),
  cursor: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** The caller's bookings in either role, scoped in the query itself. */
export async function listMyBookings(caller: Caller, input: z.infer<typeof listBookingsSchema>, now = new Date()) {
  const upcoming = input.when === "upcoming";
  const rows = await db().booking.findMany({
    where: {
      participants: { some: { userId: caller.id, ...(input.role ? { role: input.role } : {}) } },
      ...(input.status ? { status: input.status } : {}),
      ...(upcoming ? { endsAt: { gt: now } } : { endsAt: { lte: now } }),
    },
    select: bookingSelect,
    orderBy: [{ startsAt: upcoming ? "asc" : "desc" }, { id: "asc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const hasMore = rows.length > input.limit;
  const bookings = rows.slice(0, input.limit).map((b) => forViewer(b, caller.id, now));
  return { bookings, nextCursor: hasMore ? (bookings.at(-1)?.id ?? null) : null };
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
