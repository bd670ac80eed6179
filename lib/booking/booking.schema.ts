import { z } from "zod";
import { instant, SCHEDULING } from "../input/dates";
import { isInvisible, line } from "../input/text";

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
