import { z } from "zod";

/** POST /api/v1/bookings; the Idempotency-Key header travels beside it. */
export const createBookingSchema = z.object({
  interviewerId: z.string().min(1, "Choose an interviewer").max(40),
  interviewType: z.string().min(1, "Choose an interview type").max(40),
  start: z.iso
    .datetime({ offset: true, error: "Use an ISO-8601 time such as 2026-12-01T18:30:00Z" })
    .transform((v) => new Date(v)),
});
export type CreateBookingInput = z.infer<typeof createBookingSchema>;

export const idempotencyKeySchema = z
  .string({ error: "Send an Idempotency-Key header (any unique string per booking attempt)" })
  .min(8, "The Idempotency-Key must be at least 8 characters")
  .max(100, "The Idempotency-Key must be at most 100 characters");

export const MAX_DAYS_ONE_INTERVIEWER = 31;
export const MAX_DAYS_ALL_INTERVIEWERS = 14;

export const slotSearchSchema = z
  .object({
    interviewType: z.string().min(1, "Choose an interview type").max(40),
    from: z.iso.datetime({ offset: true, error: "Use an ISO-8601 time for from" }).transform((v) => new Date(v)),
    to: z.iso.datetime({ offset: true, error: "Use an ISO-8601 time for to" }).transform((v) => new Date(v)),
    interviewer: z.string().min(1).max(40).optional(),
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
