import { z } from "zod";
import { line } from "../input/text";

/** GET /api/v1/people and the /people page: find a peer by name, focus area or company. */
export const peopleSearchSchema = z.object({
  q: line().max(80).optional(),
  /** An interview type's slug: people who run it. */
  focus: line().max(40).optional(),
  company: line().max(80).optional(),
});
export type PeopleSearchInput = z.infer<typeof peopleSearchSchema>;

/** GET /api/v1/people: bookable peers only, never the caller or anyone across a block. */
export const peopleSearchResponseSchema = z.object({
  people: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      level: z.string(),
      timeZone: z.string(),
      targetCompanies: z.array(z.string()),
      types: z.array(z.string()),
    }),
  ),
});
