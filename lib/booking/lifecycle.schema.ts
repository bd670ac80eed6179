import { z } from "zod";

const reason = z
  .string()
  .trim()
  .min(3, "Tell the other person why (a few words is enough)")
  .max(500, "Keep it under 500 characters");

export const cancelSchema = z.object({ reason });
export const rescheduleSchema = z.object({
  start: z.iso
    .datetime({ offset: true, error: "Use an ISO-8601 time such as 2026-12-01T18:30:00Z" })
    .transform((v) => new Date(v)),
  reason,
});
export const noShowSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("report"), note: z.string().trim().max(500).optional() }),
  z.object({ action: z.literal("dispute"), reason }),
]);
export const swapQuestionSchema = z.object({ questionId: z.string().min(1).max(40) });

/** Cancelling inside this window counts against reliability. */
export const LATE_CANCEL_MS = 24 * 3_600_000;
