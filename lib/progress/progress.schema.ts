import { z } from "zod";
import { dateOrInstant, HISTORY } from "../input/dates";
import { line } from "../input/text";

/**
 * Query strings of the history, progress and interviewing API. Strict: an
 * unknown parameter is a 400, so a typo never silently widens a query.
 */
const isoDate = (label: string) => dateOrInstant(label, HISTORY);

export const historyQuerySchema = z
  .strictObject({
    kind: z.enum(["live", "solo"], { error: "kind is live or solo" }).optional(),
    role: z.enum(["CANDIDATE", "INTERVIEWER"], { error: "role is CANDIDATE or INTERVIEWER" }).optional(),
    type: line().min(1).max(40).optional(),
    competency: line().min(1).max(60).optional(),
    from: isoDate("from").optional(),
    to: isoDate("to").optional(),
    counterpart: line().min(1).max(40).optional(),
    page: z.coerce.number().int().min(1, "page starts at 1").max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100, "pageSize is at most 100").default(20),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    path: ["to"],
    error: "to must be after from",
  });

export const progressQuerySchema = z.strictObject({
  type: line().min(1).max(40).optional(),
});

/** Endpoints that take no parameters at all. */
export const noQuerySchema = z.strictObject({});
