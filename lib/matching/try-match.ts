import { unsafeCallerForUser } from "../auth/sessions";
import { createBooking } from "../booking/create-booking";
import { db } from "../db";
import { refusalOf } from "../booking/slot-refused";
import { AppError } from "../errors";
import { logger } from "../logger";
import { searchSlots } from "../slot-search";

// Enough to ride out a few races for the same slots; the next sweep tries again.
const MAX_ATTEMPTS = 10;

export interface MatchAttempt {
  bookingId: string | null;
  refusal: AppError | null;
}
const NO_MATCH: MatchAttempt = { bookingId: null, refusal: null };

/**
 * Tries to fulfil one open match request: the earliest acceptable slot with the
 * best-ranked free interviewer, booked through the same core as a click on
 * Find a peer. The idempotency key is the request's, so two sweeps racing for
 * one request make one booking. Returns the booking id, or null if nobody fits yet, with the
 * last refusal met on the way (its rule is what the request's answer says).
 */
export async function tryMatch(requestId: string, now = new Date()): Promise<MatchAttempt> {
  const request = await db().matchRequest.findFirst({
    where: { id: requestId, status: "OPEN" },
    select: {
      id: true,
      candidateId: true,
      expiresAt: true,
      interviewType: { select: { slug: true } },
      windows: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
    },
  });
  if (!request) return NO_MATCH;
  if (request.expiresAt <= now) {
    await db().matchRequest.updateMany({ where: { id: requestId, status: "OPEN" }, data: { status: "EXPIRED" } });
    return NO_MATCH;
  }
  const candidate = await unsafeCallerForUser(request.candidateId);
  if (!candidate) return NO_MATCH;

  let attempts = 0;
  let refusal: AppError | null = null;
  for (const window of request.windows) {
    const from = window.startsAt > now ? window.startsAt : now;
    if (from >= window.endsAt) continue;
    const { slots } = await searchSlots(
      candidate,
      { interviewType: request.interviewType.slug, from, to: window.endsAt },
      now,
    );
    for (const slot of slots) {
      for (const interviewer of slot.interviewers) {
        if (++attempts > MAX_ATTEMPTS) return markTried(requestId, now, refusal);
        try {
          const { booking } = await createBooking(
            candidate,
            { interviewerId: interviewer.id, interviewType: request.interviewType.slug, start: new Date(slot.start) },
            `match:${request.id}`,
            now,
          );
          await db().matchRequest.updateMany({
            where: { id: requestId, status: "OPEN" },
            data: { status: "MATCHED", bookingId: booking.id, lastTriedAt: now },
          });
          return { bookingId: booking.id, refusal: null };
        } catch (error) {
          // Taken a moment ago, or no longer bookable: try the next best.
          if (error instanceof AppError && ["CONFLICT", "NOT_FOUND", "UNPROCESSABLE"].includes(error.code)) {
            if (refusalOf(error)) refusal = error;
            continue;
          }
          throw error;
        }
      }
    }
  }
  return markTried(requestId, now, refusal);
}

async function markTried(requestId: string, now: Date, refusal: AppError | null): Promise<MatchAttempt> {
  await db().matchRequest.updateMany({ where: { id: requestId, status: "OPEN" }, data: { lastTriedAt: now } });
  return { bookingId: null, refusal };
}

/** Expires requests whose windows have passed, then tries every open one (oldest first). */
export async function sweepMatchRequests(now = new Date(), filter: { interviewTypeIds?: string[] } = {}) {
  const expired = await db().matchRequest.updateMany({
    where: { status: "OPEN", expiresAt: { lte: now } },
    data: { status: "EXPIRED" },
  });
  const open = await db().matchRequest.findMany({
    where: { status: "OPEN", ...(filter.interviewTypeIds ? { interviewTypeId: { in: filter.interviewTypeIds } } : {}) },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  let matched = 0;
  for (const { id } of open) {
    try {
      if ((await tryMatch(id, now)).bookingId) matched++;
    } catch (error) {
      logger.error({ err: error, matchRequestId: id }, "match attempt failed");
    }
  }
  return { expired: expired.count, tried: open.length, matched };
}
