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

export const MAX_DAYS_ONE_INTERVIEWER = 31;
export const MAX_DAYS_ALL_INTERVIEWERS = 14;

export const slotSearchSchema = z
  .object({
    interviewType: line().min(1, "Choose an interview type").max(40),
    from: instant("from", SCHEDULING),
    to: instant("to", SCHEDULING),
    interviewer: line().min(1).max(40).optional(),
  })
  .superRefine((q, ctx) => {
    const days = (q.to.getTime() - q.from.getTime()) / 86_400_000;
    if (days <= 0) ctx.addIssue({ code: "custom", path: ["to"], message: "to must be after from" });
    const max = q.interviewer ? MAX_DAYS_ONE_INTERVIEWER : MAX_DAYS_ALL_INTERVIEWERS;
    if (days > max) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: q.interviewer
          ? `Search at most ${max} days for one interviewer`
          : `Search at most ${max} days across all interviewers; pick one interviewer to look further`,
      });
    }
  });
export type SlotSearchInput = z.infer<typeof slotSearchSchema>;
