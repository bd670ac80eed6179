import { z } from "zod";

/**
 * Building blocks for response schemas: they describe the JSON on the wire, so
 * an instant is the ISO string a Date becomes in JSON.stringify.
 */
export const instantOut = () => z.iso.datetime();

/** A shared answer for writes that say only which thing changed. */
export const idOnly = z.object({ id: z.string() });
