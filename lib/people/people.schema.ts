import { z } from "zod";
import { instant, SCHEDULING } from "../input/dates";
import { line } from "../input/text";

/** GET /api/v1/slots/peers: every peer free at one start ("show all N" on Find a peer). */
export const freePeersSchema = z.object({
  interviewType: line().min(1, "Choose an interview type").max(40),
  start: instant("start", SCHEDULING),
});
export type FreePeersInput = z.infer<typeof freePeersSchema>;

/** GET /api/v1/people and the /people page: find a peer by name, focus area or company. */
export const peopleSearchSchema = z.object({
  q: line().max(80).optional(),
  /** An interview type's slug: people who run it. */
  focus: line().max(40).optional(),
  company: line().max(80).optional(),
});
export type PeopleSearchInput = z.infer<typeof peopleSearchSchema>;
