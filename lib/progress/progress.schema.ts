import { z } from "zod";

/**
 * Query strings of the history, progress and interviewing API. Strict: an
 * unknown parameter is a 400, so a typo never silently widens a query.
 */
const isoDate = (label: string) =>
  z.string().refine((v) => /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    error: `Use an ISO date such as 2026-06-01 for ${label}`,
  });

export const historyQuerySchema = z
  .strictObject({
    role: z.enum(["CANDIDATE", "INTERVIEWER"], { error: "role is CANDIDATE or INTERVIEWER" }).optional(),
    type: z.string().min(1).max(40).optional(),
    competency: z.string().min(1).max(60).optional(),
    from: isoDate("from").optional(),
    to: isoDate("to").optional(),
    counterpart: z.string().min(1).max(40).optional(),
    page: z.coerce.number().int().min(1, "page starts at 1").max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100, "pageSize is at most 100").default(20),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    path: ["to"],
    error: "to must be after from",
  });

export const progressQuerySchema = z.strictObject({
  type: z.string().min(1).max(40).optional(),
});

/** Endpoints that take no parameters at all. */
export const noQuerySchema = z.strictObject({});
