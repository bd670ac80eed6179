import { z } from "zod";
import { rubricViewSchema } from "../feedback/feedback.schema";
import { PANEL_IDS } from "../live-room/panels";

/** GET /api/v1/interviews/{id} (room.types.ts names the same shape for the room's code). */
export const interviewRoomResponseSchema = z.object({
  id: z.string(),
  status: z.enum(["SCHEDULED", "COMPLETED", "CANCELLED", "RESCHEDULED", "NO_SHOW"]),
  role: z.enum(["CANDIDATE", "INTERVIEWER"]),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  opensAt: z.iso.datetime(),
  serverNow: z.iso.datetime().describe("The server's clock when it answered: both screens count from it"),
  open: z.boolean(),
  interviewType: z.object({ slug: z.string(), name: z.string(), durationMinutes: z.number().int() }),
  livePanels: z.array(z.enum(PANEL_IDS)),
  counterpart: z.object({ id: z.string(), displayName: z.string().nullable(), timeZone: z.string().nullable() }),
  meetingUrl: z.string().nullable(),
  question: z
    .object({ id: z.string(), title: z.string(), prompt: z.string() })
    .nullable()
    .describe("Null until the room opens"),
  guide: z.string().nullable().describe("The interviewer's guide: only for the interviewer, once the room is open"),
  rubric: rubricViewSchema.nullable(),
});
