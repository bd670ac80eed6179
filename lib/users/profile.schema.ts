import { z } from "zod";
import { line, longText } from "../input/text";

/** One schema for the onboarding/settings form and for PATCH /api/v1/me. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export const TRACKS = ["CANDIDATE", "INTERVIEWER", "BOTH"] as const;
export const LEVELS = ["ENTRY", "MID", "SENIOR", "STAFF"] as const;

const shortList = (item: z.ZodString, max: number, what: string) =>
  z
    .array(item)
    .max(max, `Choose at most ${max} ${what}`)
    .refine((v) => new Set(v).size === v.length, `Each ${what.replace(/s$/, "")} only once`);

export const profileSchema = z.object({
  displayName: line().min(2, "Use at least 2 characters").max(60, "Keep it under 60 characters"),
  track: z.enum(TRACKS, { error: "Choose what you are here for" }),
  level: z.enum(LEVELS, { error: "Choose a level" }),
  hasEngineeringBackground: z.boolean({ error: "Tell us whether you have an engineering background" }),
  focusAreas: shortList(line().min(1).max(60), 6, "focus areas").min(1, "Choose at least one focus area"),
  targetCompanies: shortList(line().min(1).max(60, "Keep company names under 60 characters"), 10, "companies"),
  timeZone: z.string().refine(isValidTimeZone, "Choose a time zone from the list, such as Europe/London"),
  languages: shortList(line().min(2).max(40, "Keep languages under 40 characters"), 8, "languages").min(
    1,
    "Add at least one language",
  ),
  bio: longText().max(500, "Keep your bio under 500 characters"),
  meetingUrl: z
    .url({ protocol: /^https$/, error: "Use a full https:// link, e.g. your Zoom or Meet room" })
    .max(300, "Keep the link under 300 characters")
    .nullable(),
});

export type ProfileInput = z.infer<typeof profileSchema>;

/** PATCH accepts any subset; a first save must still add up to a whole profile. */
export const profilePatchSchema = profileSchema.partial().strict();
export type ProfilePatch = z.infer<typeof profilePatchSchema>;

// ---- Answers (dates as the ISO strings JSON carries them) ----

const ownProfile = z.object({
  displayName: z.string(),
  track: z.enum(TRACKS),
  level: z.enum(LEVELS),
  hasEngineeringBackground: z.boolean(),
  timeZone: z.string(),
  languages: z.array(z.string()),
  targetCompanies: z.array(z.string()),
  bio: z.string(),
  focusAreas: z.array(z.string()).describe("Interview type slugs"),
  meetingUrl: z.string().nullable(),
});

/** GET and PATCH /api/v1/me */
export const meResponseSchema = z.object({
  id: z.string(),
  email: z.string().nullable(),
  role: z.enum(["USER", "ADMIN"]),
  createdAt: z.iso.datetime(),
  onboarded: z.boolean(),
  profile: ownProfile.nullable(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** GET /api/v1/users/{id}: what anyone signed in may see of a person. */
export const publicProfileResponseSchema = ownProfile.omit({ focusAreas: true, meetingUrl: true }).extend({
  id: z.string(),
  focusAreas: z.array(z.object({ slug: z.string(), name: z.string() })),
});
export type PublicProfileResponse = z.infer<typeof publicProfileResponseSchema>;

export const blockedListResponseSchema = z.object({
  blocked: z.array(z.object({ id: z.string(), displayName: z.string(), blockedAt: z.iso.datetime() })),
});

export const notificationSettingsResponseSchema = z.object({ reminderEmails: z.boolean() });

const adminUserRow = z.object({
  id: z.string(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  role: z.enum(["USER", "ADMIN"]),
  createdAt: z.iso.datetime(),
  suspendedAt: z.iso.datetime().nullable(),
});
export const adminUserResponseSchema = adminUserRow;
export const adminUserPageResponseSchema = z.object({
  users: z.array(adminUserRow),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
});
