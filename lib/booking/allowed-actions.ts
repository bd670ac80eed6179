import type { BookingStatus } from "../generated/prisma/enums";
import { roomOpensAt } from "../interview-room/room";
import { LATE_CANCEL_MS } from "./lifecycle.schema";

/**
 * What a participant may do to a booking, and when: the one place the booking
 * rules live. The lifecycle functions check them before writing, and every
 * booking answer carries them as `allowedActions`, so the UI (and any API
 * client) reads them instead of keeping a copy. Pure: no database, no Next.js.
 */
export const BOOKING_ACTIONS = [
  "cancel",
  "lateCancel",
  "reschedule",
  "reportNoShow",
  "disputeNoShow",
  "swapQuestion",
  "joinRoom",
] as const;
export type BookingAction = (typeof BOOKING_ACTIONS)[number];

/** An action open from `from` (inclusive) until `until` (exclusive); null is unbounded. */
export interface ActionWindow<T = Date> {
  action: BookingAction;
  from: T | null;
  until: T | null;
}

export interface BookingForRules {
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  candidate: { id: string };
  interviewer: { id: string };
  /** Absent where an answer does not load them: then no dispute is offered. */
  noShowReports?: readonly { accusedId: string; disputedAt: Date | string | null }[];
}

/**
 * Every window the viewer has on this booking, by its status and their part in
 * it; windows already closed at `now` are left out. Times are the server's: a
 * client compares them with its clock so buttons come and go without a refetch.
 */
export function bookingActionWindows(booking: BookingForRules, viewerId: string, now = new Date()): ActionWindow[] {
  const start = booking.startsAt;
  const lateFrom = new Date(start.getTime() - LATE_CANCEL_MS);
  const scheduled = booking.status === "SCHEDULED";
  const held = scheduled || booking.status === "COMPLETED";
  const interviewing = booking.interviewer.id === viewerId;
  const undisputedAgainstViewer = (booking.noShowReports ?? []).some(
    (r) => r.accusedId === viewerId && r.disputedAt === null,
  );
  const windows: (ActionWindow | false)[] = [
    scheduled && { action: "cancel", from: null, until: lateFrom },
    // Cancelling inside LATE_CANCEL_MS of the start counts against reliability; moving it does not.
    scheduled && { action: "lateCancel", from: lateFrom, until: start },
    scheduled && { action: "reschedule", from: null, until: start },
    scheduled && interviewing && { action: "swapQuestion", from: null, until: start },
    held && { action: "reportNoShow", from: start, until: null },
    held && { action: "joinRoom", from: roomOpensAt(start), until: booking.endsAt },
    booking.status === "NO_SHOW" && undisputedAgainstViewer && { action: "disputeNoShow", from: null, until: null },
  ];
  return windows.filter((w): w is ActionWindow => w !== false && (w.until === null || now < w.until));
}

/** Whether `action` is open at `at` in windows from bookingActionWindows (Dates or their ISO strings). */
export function isActionOpen(
  windows: readonly ActionWindow<Date | string>[],
  action: BookingAction,
  at: Date | number,
): boolean {
  const t = new Date(at).getTime();
  return windows.some(
    (w) =>
      w.action === action &&
      (w.from === null || new Date(w.from).getTime() <= t) &&
      (w.until === null || t < new Date(w.until).getTime()),
  );
}
