import { z } from "zod";
import { PANEL_IDS } from "../live-room/panels";

/** Answers of the interview-type routes (requests: create-interview-type.ts, live-panels.ts). */
export const interviewTypeResponseSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  durationMinutes: z.number().int(),
  description: z.string(),
});
export type InterviewTypeResponse = z.infer<typeof interviewTypeResponseSchema>;

export const interviewTypeListResponseSchema = z.object({ interviewTypes: z.array(interviewTypeResponseSchema) });

export const livePanelsResponseSchema = z.object({ id: z.string(), panels: z.array(z.enum(PANEL_IDS)) });
