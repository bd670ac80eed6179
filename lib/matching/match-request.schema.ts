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
