import { z } from "zod";
import { instant, SCHEDULING } from "../input/dates";

const MAX_DAYS = 31;

/** GET /api/v1/bookings/{id}/open-times: where an interview could move, a week or so at a time. */
export const rescheduleTimesSchema = z
  .object({ from: instant("from", SCHEDULING), to: instant("to", SCHEDULING) })
  .superRefine((q, ctx) => {
    const days = (q.to.getTime() - q.from.getTime()) / 86_400_000;
    if (days <= 0) ctx.addIssue({ code: "custom", path: ["to"], message: "to must be after from" });
    if (days > MAX_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: `Search at most ${MAX_DAYS} days` });
  });
export type RescheduleTimesInput = z.infer<typeof rescheduleTimesSchema>;

/** GET /api/v1/bookings/{id}/open-times: where the interview can move, for either person. */
export const rescheduleTimesResponseSchema = z.object({
  slots: z.array(z.object({ start: z.iso.datetime(), end: z.iso.datetime() })),
});
