import { z } from "zod";
import { instant, SCHEDULING } from "../input/dates";
import { line } from "../input/text";

const MAX_WINDOW_DAYS = 14;

const window = z
  .object({
    start: instant("start", SCHEDULING),
    end: instant("end", SCHEDULING),
  })
  .superRefine((w, ctx) => {
    if (w.end <= w.start)
      ctx.addIssue({ code: "custom", path: ["end"], message: "The window must end after it starts" });
    if (w.end.getTime() - w.start.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
      ctx.addIssue({ code: "custom", path: ["end"], message: `Keep each window under ${MAX_WINDOW_DAYS} days` });
    }
    if (w.end.getTime() <= Date.now())
      ctx.addIssue({ code: "custom", path: ["end"], message: "This window has already passed" });
  });

/** POST /api/v1/match-requests: a type and one to five acceptable windows. */
export const matchRequestSchema = z.object({
  interviewType: line().min(1, "Choose an interview type").max(40),
  windows: z.array(window).min(1, "Give at least one time window").max(5, "At most 5 windows"),
});
export type MatchRequestInput = z.infer<typeof matchRequestSchema>;

/** A "Match me" request as the API answers it. */
export const matchRequestResponseSchema = z.object({
  id: z.string(),
  status: z.enum(["OPEN", "CANCELLED", "MATCHED", "EXPIRED"]),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  bookingId: z.string().nullable().describe("The booking it made, once matched"),
  interviewType: z.object({ slug: z.string(), name: z.string() }),
  windows: z.array(z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime() })),
  unmatched: z
    .object({
      reason: z.string().describe("The rule that refused the last time tried, or no-one-free"),
      detail: z.string(),
      alternatives: z.array(z.iso.datetime()).describe("The nearest starts outside the windows when someone is free"),
    })
    .optional()
    .describe("Only in the answer to POST, when nobody could be booked at once"),
});
export type MatchRequestResponse = z.infer<typeof matchRequestResponseSchema>;
export const matchRequestListResponseSchema = z.object({ matchRequests: z.array(matchRequestResponseSchema) });
