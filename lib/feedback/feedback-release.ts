import type { BookingStatus } from "../generated/prisma/client";
import { RELEASE_AFTER_MS } from "./feedback.schema";
import type { FeedbackDirectionValue } from "./feedback.types";

/**
 * The double-blind rule, computed from the data on every read: feedback is
 * released once both directions are submitted or RELEASE_AFTER_MS after the
 * interview's end. No job decides it, so a missed job never hides feedback.
 */
export function releasesAt(endsAt: Date): Date {
  return new Date(endsAt.getTime() + RELEASE_AFTER_MS);
}

export function isReleased(args: { endsAt: Date; bothSubmitted: boolean }, now: Date): boolean {
  return args.bothSubmitted || now >= releasesAt(args.endsAt);
}

export function directionOf(role: "CANDIDATE" | "INTERVIEWER"): FeedbackDirectionValue {
  return role === "INTERVIEWER" ? "INTERVIEWER_TO_CANDIDATE" : "CANDIDATE_TO_INTERVIEWER";
}

const CLOSED: Partial<Record<BookingStatus, string>> = {
  CANCELLED: "This interview was cancelled, so there is no feedback to give.",
  RESCHEDULED: "This interview moved to another time: give feedback on the new booking.",
  NO_SHOW: "A no-show was reported for this interview, so there is no feedback to give.",
};

/**
 * Why the caller may not write (or edit) feedback now, or null if they may.
 * After release both sides are read-only, which also closes a direction
 * nobody wrote within RELEASE_AFTER_MS: the other side has already read theirs.
 */
export function cannotWriteReason(
  booking: { status: BookingStatus; startsAt: Date },
  released: boolean,
  now: Date,
): string | null {
  const closed = CLOSED[booking.status];
  if (closed) return closed;
  if (now < booking.startsAt) return "Feedback opens when the interview starts.";
  if (released) return "Feedback is read-only once it has been released.";
  return null;
}
