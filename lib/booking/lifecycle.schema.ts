import { z } from "zod";
import { instant, SCHEDULING } from "../input/dates";
import { line, longText } from "../input/text";

const reason = longText()
  .min(3, "Tell the other person why (a few words is enough)")
  .max(500, "Keep it under 500 characters");

export const cancelSchema = z.object({ reason });
export const rescheduleSchema = z.object({
  start: instant("start", SCHEDULING),
  reason,
});
export const noShowSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("report"), note: longText().max(500).optional() }),
  z.object({ action: z.literal("dispute"), reason }),
]);
export const swapQuestionSchema = z.object({ questionId: line().min(1).max(40) });

/** Cancelling inside this window counts against reliability. */
export const LATE_CANCEL_MS = 24 * 3_600_000;

// ---- Answers ----

export const cancelResponseSchema = z.object({
  id: z.string(),
  status: z.literal("CANCELLED"),
  cancelledLate: z.boolean().describe("Cancelled inside the late window: it counts against reliability."),
});
export type CancelResponse = z.infer<typeof cancelResponseSchema>;

export const noShowResponseSchema = z.union([
  z.object({ id: z.string(), status: z.literal("NO_SHOW") }).describe("After a report"),
  z.object({ id: z.string(), disputed: z.literal(true) }).describe("After a dispute"),
]);
export type NoShowResponse = z.infer<typeof noShowResponseSchema>;

export const swapQuestionResponseSchema = z.object({
  id: z.string(),
  question: z.object({ id: z.string(), title: z.string() }),
});
export type SwapQuestionResponse = z.infer<typeof swapQuestionResponseSchema>;
