import { z } from "zod";
import { instant, SCHEDULING } from "../input/dates";
import { isInvisible, line } from "../input/text";
import { instantOut } from "../api/wire";
import { BOOKING_ACTIONS } from "./allowed-actions";

/** POST /api/v1/bookings; the Idempotency-Key header travels beside it. */
export const createBookingSchema = z.object({
  interviewerId: line().min(1, "Choose an interviewer").max(40),
  interviewType: line().min(1, "Choose an interview type").max(40),
  start: instant("start", SCHEDULING),
});
export type CreateBookingInput = z.infer<typeof createBookingSchema>;

export const idempotencyKeySchema = z
  .string({ error: "Send an Idempotency-Key header (any unique string per booking attempt)" })
  .refine((v) => !isInvisible(v), "The Idempotency-Key must have visible characters")
  .min(8, "The Idempotency-Key must be at least 8 characters")
  .max(100, "The Idempotency-Key must be at most 100 characters");

// ---- Answers (what the API sends back; z.infer gives the UI its types, dates as ISO strings) ----

const bookingStatus = z.enum(["SCHEDULED", "COMPLETED", "CANCELLED", "RESCHEDULED", "NO_SHOW"]);
export type BookingStatusValue = z.infer<typeof bookingStatus>;

const bookingPerson = z.object({
  id: z.string(),
  profile: z.object({ displayName: z.string(), timeZone: z.string() }).nullable(),
});

export const actionWindowSchema = z
  .object({
    action: z.enum(BOOKING_ACTIONS),
    from: instantOut().nullable(),
    until: instantOut().nullable(),
  })
  .describe("An action open to the caller from `from` (inclusive) until `until` (exclusive); null is unbounded.");

/** A booking as the list, a new booking and a move answer it (the viewer's side of it). */
export const bookingResponseSchema = z.object({
  id: z.string(),
  status: bookingStatus,
  startsAt: instantOut(),
  endsAt: instantOut(),
  createdAt: instantOut(),
  meetingUrl: z.string().nullable(),
  cancelReason: z.string().nullable(),
  cancelledLate: z.boolean(),
  rescheduledFromId: z.string().nullable(),
  interviewType: z.object({ slug: z.string(), name: z.string(), durationMinutes: z.number().int() }),
  question: z
    .object({ id: z.string(), title: z.string() })
    .nullable()
    .describe("Hidden (null) from the candidate until the interview has ended."),
  candidate: bookingPerson,
  interviewer: bookingPerson,
  rescheduledTo: z.object({ id: z.string(), startsAt: instantOut() }).nullable(),
  role: z.enum(["CANDIDATE", "INTERVIEWER"]).describe("The caller's part in it."),
  allowedActions: z
    .array(actionWindowSchema)
    .describe("What the caller may do, and when, by the booking rules; windows already closed are left out."),
});
export type BookingResponse = z.infer<typeof bookingResponseSchema>;

/** GET /api/v1/bookings/{id}: the booking with its status history and no-show reports. */
export const bookingDetailResponseSchema = bookingResponseSchema.extend({
  history: z.array(
    z.object({
      fromStatus: bookingStatus.nullable(),
      toStatus: bookingStatus,
      reason: z.string().nullable(),
      createdAt: instantOut(),
      changedBy: z.object({ id: z.string(), profile: z.object({ displayName: z.string() }).nullable() }).nullable(),
    }),
  ),
  noShowReports: z.array(
    z.object({
      reporterId: z.string(),
      accusedId: z.string(),
      disputedAt: instantOut().nullable(),
      disputeReason: z.string().nullable(),
      createdAt: instantOut(),
    }),
  ),
});
export type BookingDetailResponse = z.infer<typeof bookingDetailResponseSchema>;

export const bookingPageResponseSchema = z.object({
  bookings: z.array(bookingResponseSchema),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last."),
});
export type BookingPageResponse = z.infer<typeof bookingPageResponseSchema>;
