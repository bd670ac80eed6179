import { z } from "zod";
import { PANEL_IDS } from "./panels";
import { TABLE_COLUMNS } from "./room-document";

/** GET /api/v1/interviews/[id]/board: the stored document as JSON (default) or as its Yjs update. */
export const boardQuerySchema = z.strictObject({ format: z.enum(["json", "yjs"]).default("json") });

const row = (columns: readonly string[]) =>
  z.object({ id: z.string(), ...Object.fromEntries(columns.map((c) => [c, z.string()])) });

/** The JSON form of GET /api/v1/interviews/{id}/board (`?format=yjs` answers application/octet-stream). */
export const liveRoomSnapshotResponseSchema = z.object({
  bookingId: z.string(),
  panels: z.array(z.enum(PANEL_IDS)),
  updatedAt: z.iso.datetime().nullable().describe("Null when nobody opened the room"),
  hasBoard: z.boolean(),
  elements: z
    .array(
      z.looseObject({
        id: z.string(),
        version: z.number(),
        versionNonce: z.number(),
        isDeleted: z.boolean().optional(),
        index: z.string().nullable().optional(),
      }),
    )
    .describe("Excalidraw elements, deleted ones left out; their other fields as Excalidraw writes them"),
  requirements: z.string(),
  risks: z.array(row(TABLE_COLUMNS.risks)),
  milestones: z.array(row(TABLE_COLUMNS.milestones)),
  stakeholders: z.array(row(TABLE_COLUMNS.stakeholders)),
});
