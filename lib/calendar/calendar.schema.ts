import { z } from "zod";

/** POST /api/v1/me/calendar-feed: the secret feed URL, shown once. */
export const calendarFeedResponseSchema = z.object({ url: z.string() });
