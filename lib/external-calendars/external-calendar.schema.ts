import { z } from "zod";
import { line } from "../input/text";

/** Connecting a calendar: a subscription address, or a CalDAV address with its login. */
const address = line()
  .min(1, "Paste the calendar's address")
  .max(2000, "That address is too long for a calendar address")
  .refine((v) => /^(https?|webcals?):\/\//i.test(v.trim()), "The address must start with https:// or webcal://");

export const connectCalendarSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ICS"), url: address }),
  z.object({
    kind: z.literal("CALDAV"),
    url: address,
    username: line().min(1, "Enter the user name").max(200, "Keep the user name under 200 characters"),
    password: z
      .string()
      .min(1, "Enter the password (an app-specific password for most providers)")
      .max(500, "That password is too long"),
  }),
]);
export type ConnectCalendarInput = z.infer<typeof connectCalendarSchema>;

/** What the API and the availability page show of a calendar: never its address or password. */
export const externalCalendarViewSchema = z.object({
  id: z.string(),
  kind: z.enum(["ICS", "CALDAV"]),
  label: z.string(),
  lastReadAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  busy: z.array(z.object({ start: z.string(), end: z.string() })),
  /** How many busy times lie ahead in all; `busy` lists the first of them. */
  busyCount: z.number().int(),
});
export type ExternalCalendarView = z.infer<typeof externalCalendarViewSchema>;

export const calendarListResponseSchema = z.object({ calendars: z.array(externalCalendarViewSchema) });
/** A refresh is queued for the worker; the list shows its outcome when it has run. */
export const calendarRefreshResponseSchema = z.object({ queued: z.literal(true) });
