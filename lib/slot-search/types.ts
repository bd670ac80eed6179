import type { BookableWindow } from "../availability/bookable-window";
import type { AvailabilityRules, Interval } from "../availability/slot-engine";
import type { Level } from "../generated/prisma/client";

/**
 * Every type slot search shares between its files (and shows to its callers), in one place so the
 * files import types from here rather than from each other.
 */

// ---- The answer -------------------------------------------------------------------------------

export interface RankedInterviewer {
  id: string;
  displayName: string;
  level: string;
  timeZone: string;
  score: number;
}

export interface SlotResult {
  start: string;
  end: string;
  available: number;
  interviewers: RankedInterviewer[];
}

export interface SlotSearchAnswer {
  interviewType: SearchType;
  from: string;
  to: string;
  slots: SlotResult[];
}

// ---- Busy time (busy-time.ts) -------------------------------------------------------------

export interface BusyTime {
  busy: Interval[];
  /** Starts of active bookings as interviewer, for the weekly cap. */
  interviewerStarts: Date[];
}

export interface BusyRow {
  user_id: string;
  role: string;
  starts_at: Date | string;
  ends_at: Date | string;
}

// ---- The slot index (slot-index.ts, slot-index-load.ts, slot-views.ts) ----------------------

/**
 * Schedule changes since a snapshot: every person whose version a transaction
 * bumped that a search at `since` (a snapshot's xmin) could not have seen, with
 * their version now, and this statement's own xmin for next time. Any
 * transaction invisible to a snapshot has an id at or above its xmin, so
 * nothing committed since is missed; rows from transactions that were already
 * visible then may come again and simply match the versions held.
 */
export interface ScheduleChanges {
  xmin: string;
  changes: [userId: string, version: string][];
}

/** `noticeMs` and `horizonMs` (BookableWindow) are applied when a search reads the cache. */
export interface IndexedInterviewer extends BookableWindow {
  id: string;
  displayName: string;
  level: Level;
  timeZone: string;
  offeredTypeIds: ReadonlySet<string>;
  focusTypeIds: ReadonlySet<string>;
  /** The real rules; notice and horizon are applied when a search reads the cache. */
  rules: AvailabilityRules;
}

export interface SearchType {
  id: string;
  slug: string;
  name: string;
  durationMinutes: number;
}

export interface Entry extends IndexedInterviewer {
  /** Stable small integer for array-indexed per-search data. */
  index: number;
  /** Position in a name sort of every entry: the ranking's tie-break without a collator per comparison. */
  nameRank: number;
  reliability: number | null;
  rating: number | null;
  /** `${duration}:${blockStart}` → interviewer-side starts (no notice, horizon or viewer applied). */
  slots: Map<string, number[]>;
}

export interface Table {
  generation: number;
  durationMinutes: number;
  blockStart: number;
  byStart: Map<number, Entry[]>;
  starts: number[] | null; // sorted keys of byStart, rebuilt when a key appears or goes
  contributed: Map<string, Entry>;
  /** Grows whenever an entry is added or removed, so views built from the table (slot-views.ts) know they are stale. */
  content: number;
  /** The last changes, oldest first: change number `logBase + i` is `log[i]`; views replay them instead of rebuilding. */
  log: { entry: Entry; added: boolean }[];
  logBase: number;
}

export interface IndexState {
  /** xmin of the snapshot the versions are known up to: changes are read from here. Null before the first load. */
  xmin: string | null;
  versions: Map<string, string>;
  entries: Map<string, Entry>;
  indexOf: Map<string, number>;
  generation: number;
  /** generation → ids changed by the refresh that produced it; null for a full reload. */
  changes: Map<number, string[] | null>;
  tables: Map<string, Table>;
  signalsAt: number;
  /** Grows when names are re-ranked: rankings built on the old name order must be rebuilt. */
  namesVersion: number;
  refreshing: Promise<void> | null;
  signalsRefreshing: Promise<void> | null;
  /** Tables being brought up to date, by table key: concurrent searches of one table share the work. */
  tablesUpdating: Map<string, Promise<Table>>;
}

export interface View {
  /** Higher ranks first; unique per entry (the name rank breaks ties). */
  keyOf: (entry: Entry) => number;
  fragment(start: number): Fragment;
  slotJson(start: number, available: number, top: Entry[]): string;
  /** The same slot as slotJson, as an object. */
  slot(start: number, available: number, top: Entry[]): SlotResult;
}

/**
 * A start as it reads when nothing viewer-specific applies, and the window within which that holds:
 * the intersection of its entries' bookable windows, inside which every one of them is let through.
 * Per start, not per table: one interviewer with a day's notice or a short horizon then only sends
 * their own starts through the filter (pickTop).
 */
export interface Fragment {
  json: string;
  window: BookableWindow;
}

export interface SearchContext {
  /** Null when no live interview type has that slug. */
  type: SearchType | null;
  /** Schedule changes since the index last looked (scheduleChangesSince), read in the same statement. */
  changes: ScheduleChanges;
  level: Level | null;
  /** Everyone blocked either way. */
  blocked: Set<string>;
  /** The caller's own active bookings (any role) near [from, to), as [start, end) in epoch ms. */
  busy: [number, number][];
}
