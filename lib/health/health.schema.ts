import { z } from "zod";

/** GET /api/v1/health: 200 when ok, 503 (same body) when degraded or unavailable. */
export const healthResponseSchema = z.object({
  status: z.enum(["ok", "degraded", "unavailable"]),
  version: z.string(),
  database: z.object({
    status: z.enum(["up", "read-only", "down"]),
    latencyMs: z.number().nullable(),
    error: z.string().optional(),
  }),
});
