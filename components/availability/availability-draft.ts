import type { z } from "zod";
import { WEEKDAYS, type AvailabilityInput } from "@/lib/availability/availability.schema";

/**
 * The editor's working copy. Numbers stay strings while typed; each range and
 * override carries a React key so removing one keeps focus and values in place.
 * `toInput` turns it into what `availabilitySchema` parses.
 */
export type Weekday = (typeof WEEKDAYS)[number];
export interface DraftRange {
  key: string;
  start: string;
  end: string;
}
export interface DraftOverride {
  key: string;
  date: string;
  /** "off" sends no ranges; "hours" sends its ranges. Kept apart so switching back and forth loses nothing. */
  kind: "off" | "hours";
  ranges: DraftRange[];
}
export interface Draft {
  timeZone: string;
  weekly: Record<Weekday, DraftRange[]>;
  overrides: DraftOverride[];
  offeredTypes: string[];
  minNoticeHours: string;
  bufferMinutes: string;
  maxPerWeek: string;
  horizonDays: string;
}
/** Dotted schema path (e.g. "weekly.2.1.start") → the first message for it. */
export type FieldErrors = Record<string, string>;

export const NUMBER_FIELDS = ["minNoticeHours", "bufferMinutes", "maxPerWeek", "horizonDays"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

let lastKey = 0;
export const newKey = () => `k${++lastKey}`;

// <input type="time"> cannot hold "24:00", so the editor shows an end at midnight as 00:00.
// A range that ends at 00:00 ends at midnight either way, so the mapping is safe.
const endToInput = (end: string) => (end === "24:00" ? "00:00" : end);
const endFromInput = (end: string) => (end === "00:00" ? "24:00" : end);

export const newRange = (start = "09:00", end = "17:00"): DraftRange => ({ key: newKey(), start, end });

const toDraftRanges = (ranges: { start: string; end: string }[]) =>
  ranges.map((r) => ({ key: newKey(), start: r.start, end: endToInput(r.end) }));

export function toDraft(saved: AvailabilityInput): Draft {
  return {
    timeZone: saved.timeZone,
    weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, toDraftRanges(saved.weekly[d])])) as Draft["weekly"],
    overrides: saved.overrides.map((o) => ({
      key: newKey(),
      date: o.date,
      kind: o.ranges.length ? "hours" : "off",
      ranges: toDraftRanges(o.ranges),
    })),
    offeredTypes: [...saved.offeredTypes].sort(),
    minNoticeHours: String(saved.minNoticeHours),
    bufferMinutes: String(saved.bufferMinutes),
    maxPerWeek: saved.maxPerWeek === null ? "" : String(saved.maxPerWeek),
    horizonDays: String(saved.horizonDays),
  };
}

const fromDraftRanges = (ranges: DraftRange[]) => ranges.map((r) => ({ start: r.start, end: endFromInput(r.end) }));
const numberOrUndefined = (text: string) => (text.trim() === "" ? undefined : Number(text));

/** What the schema parses; not typed as AvailabilityInput because a half-typed draft isn't one yet. */
export function toInput(draft: Draft) {
  return {
    timeZone: draft.timeZone,
    weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, fromDraftRanges(draft.weekly[d])])),
    overrides: draft.overrides.map((o) => ({
      date: o.date,
      ranges: o.kind === "off" ? [] : fromDraftRanges(o.ranges),
    })),
    offeredTypes: [...draft.offeredTypes].sort(),
    minNoticeHours: numberOrUndefined(draft.minNoticeHours),
    bufferMinutes: numberOrUndefined(draft.bufferMinutes),
    maxPerWeek: draft.maxPerWeek.trim() === "" ? null : Number(draft.maxPerWeek),
    horizonDays: numberOrUndefined(draft.horizonDays),
  };
}

/** Equal drafts serialise equally, whatever their React keys: used for "unsaved changes". */
export const fingerprint = (draft: Draft) => JSON.stringify(toInput(draft));

export function copyMondayToWeekdays(draft: Draft): Draft {
  const copy = () => draft.weekly["1"].map((r) => ({ ...r, key: newKey() }));
  return { ...draft, weekly: { ...draft.weekly, "2": copy(), "3": copy(), "4": copy(), "5": copy() } };
}

const EMPTY_NUMBER: Record<NumberField, string> = {
  minNoticeHours: "Enter the hours of notice you need, or 0",
  bufferMinutes: "Enter the minutes you want between interviews, or 0",
  maxPerWeek: "",
  horizonDays: "Enter how many days ahead people may book",
};

/** The schema's own messages where it has written them; plainer ones for zod's defaults. */
function friendlyMessage(issue: z.core.$ZodIssue, draft: Draft): string {
  const path = issue.path.map(String);
  const last = path.at(-1);
  const field = path[0] as NumberField;
  if ((NUMBER_FIELDS as readonly string[]).includes(field) && path.length === 1) {
    if (issue.code === "invalid_type") return draft[field].trim() === "" ? EMPTY_NUMBER[field] : "Enter a whole number";
    if (issue.code === "too_small" && issue.message.startsWith("Too small"))
      return `Enter ${String(issue.minimum)} or more`;
    if (issue.code === "too_big" && issue.message.startsWith("Too big"))
      return `Enter ${String(issue.maximum)} or less`;
  }
  if (issue.code === "invalid_format" && (last === "start" || last === "end")) {
    return `Enter ${last === "start" ? "a start" : "an end"} time, like 09:30`;
  }
  // An empty or malformed date; one out of range keeps the schema's message (lib/input/dates.ts).
  if (last === "date" && (issue.code === "invalid_format" || issue.message.startsWith("Use a date")))
    return "Choose a date";
  return issue.message;
}

export function fieldErrors(error: z.ZodError, draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    errors[issue.path.map(String).join(".")] ??= friendlyMessage(issue, draft);
  }
  return errors;
}

export function serverFieldErrors(errors: Record<string, string[]>): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([, messages]) => messages[0])
      .map(([path, messages]) => [path, messages[0]!]),
  );
}

/** Paths the editor shows beside a control; anything else is listed in the form's message. */
const SHOWN = [
  /^timeZone$/,
  /^weekly\.[1-7](\.\d+\.(start|end))?$/,
  /^overrides(\.\d+(\.date|\.ranges(\.\d+\.(start|end))?)?)?$/,
  /^offeredTypes(\.\d+)?$/,
  /^(minNoticeHours|bufferMinutes|maxPerWeek|horizonDays)$/,
];
export const unplacedErrors = (errors: FieldErrors) =>
  Object.entries(errors).filter(([path]) => !SHOWN.some((re) => re.test(path)));
