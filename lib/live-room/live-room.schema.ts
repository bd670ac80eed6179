import { z } from "zod";

/** GET /api/v1/interviews/[id]/board: the stored document as JSON (default) or as its Yjs update. */
export const boardQuerySchema = z.strictObject({ format: z.enum(["json", "yjs"]).default("json") });
