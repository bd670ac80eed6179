import { startOfLocalDay } from "@/lib/dates/viewer-time";
import { shiftDay } from "@/lib/dates/wall-time";
import { filterHref } from "@/components/ui/filter-form";
import { HISTORY, inRange, parseCalendarDate } from "@/lib/input/date-ranges";
import type { HistoryQuery } from "@/lib/progress/progress.types";

/**
 * The history's URL is its state: the filter form (a plain GET form) writes it,
 * links and pagination rebuild it. A hand-edited value that doesn't fit is
 * dropped rather than turned into an error page.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export const HISTORY_PAGE_SIZE = 20;

export interface HistoryFilters {
  /** Live interviews or solo practice; both when absent. */
  kind?: "live" | "solo";
  role?: "CANDIDATE" | "INTERVIEWER";
  type?: string;
  competency?: string;
  /** First day shown, an ISO date in the viewer's zone. */
  from?: string;
  /** Last day shown (inclusive, as people read "to"), an ISO date in the viewer's zone. */
  to?: string;
  counterpart?: string;
  page: number;
}

const KEYS = ["kind", "role", "type", "competency", "from", "to", "counterpart", "page"] as const;
type Key = (typeof KEYS)[number];

// The API's limits (lib/progress/progress.schema.ts), checked here without zod so the browser bundle stays small.
const MAX_LENGTH: Partial<Record<Key, number>> = { type: 40, competency: 60, counterpart: 40 };
const TOKEN = /^[\w.-]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string | undefined): string | undefined {
  if (!value || !ISO_DATE.test(value)) return undefined;
  const date = parseCalendarDate(value);
  // The API's range for history filters (docs/decisions/0017): year 0 would reach PostgreSQL.
  return date && inRange(date.getTime(), HISTORY) ? value : undefined;
}

function first(value: string | string[] | undefined): string | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  return raw ? raw : undefined;
}

export function parseHistorySearch(params: SearchParams): HistoryFilters {
  const role = first(params.role);
  const token = (key: Key) => {
    const value = first(params[key]);
    return value && TOKEN.test(value) && value.length <= (MAX_LENGTH[key] ?? 40) ? value : undefined;
  };
  let from = validDate(first(params.from));
  let to = validDate(first(params.to));
  // "From 20 Nov to 1 Nov" is a slip of the hand, not a wish for nothing.
  if (from && to && from > to) [from, to] = [to, from];
  const page = Number(first(params.page));
  const filters: HistoryFilters = { page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1 };
  if (role === "CANDIDATE" || role === "INTERVIEWER") filters.role = role;
  const kind = first(params.kind);
  if (kind === "live" || kind === "solo") filters.kind = kind;
  const type = token("type");
  if (type) filters.type = type;
  const competency = token("competency");
  if (competency) filters.competency = competency;
  if (from) filters.from = from;
  if (to) filters.to = to;
  const counterpart = token("counterpart");
  if (counterpart) filters.counterpart = counterpart;
  return filters;
}

/** Midnight starting a day in the viewer's zone, as a UTC instant. */
function startOfDay(isoDate: string, timeZone: string, plusDays = 0): string {
  return new Date(startOfLocalDay(shiftDay(isoDate, plusDays), timeZone)).toISOString();
}

/**
 * What the API is asked for; also the React Query key, so the same filters share
 * one cache entry. Days are the viewer's: "to 20 Nov" in Kolkata ends at the
 * next midnight in Kolkata (the API's `to` is exclusive).
 */
export function toHistoryQuery(filters: HistoryFilters, timeZone: string, pageSize = HISTORY_PAGE_SIZE): HistoryQuery {
  const query: HistoryQuery = { page: filters.page, pageSize };
  if (filters.kind) query.kind = filters.kind;
  if (filters.role) query.role = filters.role;
  if (filters.type) query.type = filters.type;
  if (filters.competency) query.competency = filters.competency;
  if (filters.from) query.from = startOfDay(filters.from, timeZone);
  if (filters.to) query.to = startOfDay(filters.to, timeZone, 1);
  if (filters.counterpart) query.counterpart = filters.counterpart;
  return query;
}

export function historyQueryString(query: HistoryQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params.toString();
}

/** The same filters with some changed; `undefined` removes one. Any change but the page goes back to page 1. */
export function historyHref(
  current: HistoryFilters,
  changes: Partial<Record<Key, string | number | undefined>> = {},
): string {
  return filterHref("/history", KEYS, current, changes);
}

export function hasHistoryFilters(filters: HistoryFilters): boolean {
  return Boolean(
    filters.kind ||
    filters.role ||
    filters.type ||
    filters.competency ||
    filters.from ||
    filters.to ||
    filters.counterpart,
  );
}
