import { z } from "zod";
import { DAY_MS } from "../dates/day-numbers";
import { instant, SCHEDULING } from "../input/dates";
import { line } from "../input/text";
import { instantOut } from "../api/wire";

/** The longest span one search may cover: one interviewer's slots are cheap to compute, everyone's are not. */
export const MAX_DAYS_ONE_INTERVIEWER = 31;
export const MAX_DAYS_ALL_INTERVIEWERS = 14;

/** GET /api/v1/slots. */
export const slotSearchSchema = z
  .object({
    interviewType: line().min(1, "Choose an interview type").max(40),
    from: instant("from", SCHEDULING),
    to: instant("to", SCHEDULING),
    interviewer: line().min(1).max(40).optional(),
  })
  .superRefine((q, ctx) => {
    const days = (q.to.getTime() - q.from.getTime()) / DAY_MS;
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

/** GET /api/v1/slots/peers: every peer free at one start ("Show all N" on Find a peer, decision 0032). */
export const freePeersSchema = z.object({
  interviewType: line().min(1, "Choose an interview type").max(40),
  start: instant("start", SCHEDULING),
});
export type FreePeersInput = z.infer<typeof freePeersSchema>;

// ---- Answers ----

const rankedPeer = z.object({
  id: z.string(),
  displayName: z.string(),
  level: z.string(),
  timeZone: z.string(),
  score: z.number(),
});

/** GET /api/v1/slots */
export const slotSearchResponseSchema = z.object({
  interviewType: z.object({ id: z.string(), slug: z.string(), name: z.string(), durationMinutes: z.number().int() }),
  from: instantOut(),
  to: instantOut(),
  slots: z.array(
    z.object({
      start: instantOut(),
      end: instantOut(),
      available: z.number().int().describe("How many peers are free then; `interviewers` holds the best few"),
      interviewers: z.array(rankedPeer),
    }),
  ),
});
export type SlotSearchResponse = z.infer<typeof slotSearchResponseSchema>;

/** GET /api/v1/slots/peers: every peer free at one start, in the calendar's order. */
export const freePeersResponseSchema = z.object({ start: instantOut(), end: instantOut(), peers: z.array(rankedPeer) });
