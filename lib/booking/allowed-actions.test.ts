import { describe, expect, it } from "vitest";
import { bookingActionWindows, isActionOpen, type BookingForRules } from "./allowed-actions";
import { LATE_CANCEL_MS } from "./lifecycle.schema";

const start = new Date("2027-03-10T15:00:00Z");
const booking = (over: Partial<BookingForRules> = {}): BookingForRules => ({
  status: "SCHEDULED",
  startsAt: start,
  endsAt: new Date(start.getTime() + 3_600_000),
  candidate: { id: "cand" },
  interviewer: { id: "int" },
  noShowReports: [],
  ...over,
});
const at = (msFromStart: number) => new Date(start.getTime() + msFromStart);
const open = (b: BookingForRules, viewer: string, when: Date) =>
  ["cancel", "lateCancel", "reschedule", "reportNoShow", "disputeNoShow", "swapQuestion", "joinRoom"].filter((a) =>
    isActionOpen(bookingActionWindows(b, viewer, when), a as never, when),
  );

describe("the booking rules as allowed actions", () => {
  it("an upcoming interview can be moved or cancelled; only the interviewer swaps the question", () => {
    expect(open(booking(), "cand", at(-2 * LATE_CANCEL_MS))).toEqual(["cancel", "reschedule"]);
    expect(open(booking(), "int", at(-2 * LATE_CANCEL_MS))).toEqual(["cancel", "reschedule", "swapQuestion"]);
  });

  it("cancelling inside the late window is a late cancel, and nothing of the kind after the start", () => {
    expect(open(booking(), "cand", at(-LATE_CANCEL_MS))).toEqual(["lateCancel", "reschedule"]);
    expect(open(booking(), "cand", at(-1))).toEqual(["lateCancel", "reschedule", "joinRoom"]);
    expect(open(booking(), "cand", at(0))).toEqual(["reportNoShow", "joinRoom"]);
  });

  it("a no-show is reported from the start, and disputed once by the accused", () => {
    expect(open(booking({ status: "COMPLETED" }), "int", at(7_200_000))).toEqual(["reportNoShow"]);
    const reported = booking({ status: "NO_SHOW", noShowReports: [{ accusedId: "cand", disputedAt: null }] });
    expect(open(reported, "cand", at(7_200_000))).toEqual(["disputeNoShow"]);
    expect(open(reported, "int", at(7_200_000))).toEqual([]);
    const disputed = booking({ status: "NO_SHOW", noShowReports: [{ accusedId: "cand", disputedAt: new Date() }] });
    expect(open(disputed, "cand", at(7_200_000))).toEqual([]);
  });

  it("cancelled and moved bookings allow nothing; closed windows are left out of the answer", () => {
    expect(bookingActionWindows(booking({ status: "CANCELLED" }), "cand", at(-LATE_CANCEL_MS * 2))).toEqual([]);
    expect(bookingActionWindows(booking({ status: "RESCHEDULED" }), "int", at(-LATE_CANCEL_MS * 2))).toEqual([]);
    const later = bookingActionWindows(booking(), "int", at(0)).map((w) => w.action);
    expect(later).toEqual(["reportNoShow", "joinRoom"]);
  });
});
