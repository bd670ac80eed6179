import type { z } from "zod";
import { type LEVELS, type TRACKS, type ProfileInput } from "@/lib/users/profile.schema";

/** The profile form's state as typed (strings and choices) and how it maps to and from the API's shape. */
export type ProfileFormValues = ProfileInput;
export type Field = keyof ProfileFormValues;
// Visual order: the first field with an error in this order gets focus.
export const FIELDS: Field[] = [
  "displayName",
  "track",
  "level",
  "hasEngineeringBackground",
  "focusAreas",
  "targetCompanies",
  "timeZone",
  "languages",
  "meetingUrl",
  "bio",
];
export type Errors = Partial<Record<Field | "_", string>>;

export const TRACK_CHOICES: Record<(typeof TRACKS)[number], { label: string; hint: string }> = {
  CANDIDATE: { label: "Preparing for TPM interviews", hint: "Book practice interviews and get scored feedback." },
  INTERVIEWER: { label: "Interviewing others", hint: "Give mock interviews to people moving into TPM." },
  BOTH: { label: "Both", hint: "Practise, and interview others in return." },
};
export const LEVEL_LABELS: Record<(typeof LEVELS)[number], string> = {
  ENTRY: "Entry",
  MID: "Mid",
  SENIOR: "Senior",
  STAFF: "Staff",
};
export const BIO_MAX = 500;

export interface Draft {
  displayName: string;
  track: string;
  level: string;
  hasEngineeringBackground: "" | "yes" | "no";
  focusAreas: string[];
  targetCompanies: string;
  /** null: not chosen yet, so the browser's own zone is used. */
  timeZone: string | null;
  languages: string;
  bio: string;
  meetingUrl: string;
}

export function toDraft(initial: ProfileFormValues | null): Draft {
  if (!initial) {
    return {
      displayName: "",
      track: "",
      level: "",
      hasEngineeringBackground: "",
      focusAreas: [],
      targetCompanies: "",
      timeZone: null,
      languages: "English",
      bio: "",
      meetingUrl: "",
    };
  }
  return {
    ...initial,
    hasEngineeringBackground: initial.hasEngineeringBackground ? "yes" : "no",
    targetCompanies: initial.targetCompanies.join(", "),
    languages: initial.languages.join(", "),
    meetingUrl: initial.meetingUrl ?? "",
  };
}

/** "Google, Meta, google" → ["Google", "Meta"]: a repeat is a slip, not something to scold. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item && !seen.has(item.toLowerCase()) && seen.add(item.toLowerCase()));
}

export function firstErrors(issues: { path: PropertyKey[]; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "_") as Field | "_";
    errors[field] ??= issue.message;
  }
  return errors;
}

export function clientErrors(error: z.ZodError, draft: Draft): Errors {
  const errors = firstErrors(error.issues);
  // The schema's messages are written for the API; an empty box deserves a plainer one.
  if (errors.displayName && !draft.displayName.trim()) errors.displayName = "Enter the name peers will see";
  if (errors.languages && !draft.languages.trim()) errors.languages = "Add at least one language, e.g. English";
  return errors;
}
