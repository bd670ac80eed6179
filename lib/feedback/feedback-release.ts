import type { BookingStatus } from "../generated/prisma/client";
import type { FeedbackDirectionValue } from "./feedback.types";

/** Who writes feedback, and when; when it is released is release-rule.ts's. */

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
