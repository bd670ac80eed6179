import type { Caller } from "../auth/sessions";
import { inBookableWindow } from "../availability/bookable-window";
import type { DbClient } from "../db";
import { BLOCK_MS } from "./constants";
import { changesSince, indexForSearch, slotKey, sortedStarts, tableForSearch } from "./slot-index";
import { searchContext } from "./slot-index-load";
import { pickTop, viewOf } from "./slot-views";
import type { Entry, Fragment, SearchType, SlotResult, Table, View } from "./types";

/**
 * Slot search across every interviewer of a type, read from the slot index
 * (slot-index.ts). The cached table holds interviewer-side starts only; here
 * each start is checked against what depends on the viewer and the clock:
 * the viewer's busy time, blocks either way, the viewer themselves, and each
 * interviewer's notice and horizon measured from `now`. The answer is the
 * same as running the slot engine per interviewer with the viewer's busy
 * time (search.int.test.ts and slot-index.int.test.ts compare them).
 *
 * The answer is a list of JSON pieces, mostly cached ones: building and
 * serialising a 14-day search's object graph on every request cost more than
 * the rest of the search (decisions 0011 and 0036).
 * Per (table, viewer level) a view (slot-views.ts) keeps each interviewer's
 * ranking key and the JSON of each start as it reads when nothing
 * viewer-specific applies. Most starts are far enough from now that every
 * interviewer free then allows them by notice and horizon, so for a viewer
 * with no blocks who is not free then as an interviewer themselves, such a
 * start is copied as is; only the others are filtered entry by entry, keeping
 * the best few by key.
 *
 * `output` says what each slot becomes: its JSON (jsonSlots, for the route that sends it) or an
 * object (objectSlots, for callers inside the app). Only JSON has cached copies to reuse, so for
 * objects every start goes through the filter, which yields the same slot.
 */
export async function searchIndexed<T>(
  client: DbClient,
  caller: Caller,
  typeSlug: string,
  from: Date,
  to: Date,
  now: Date,
  output: SlotOutput<T>,
): Promise<{ type: SearchType; slots: T[] } | null> {
  const context = await searchContext(client, caller.id, typeSlug, from, to, changesSince(client));
  if (!context.type) return null;
  const type = context.type;
  // Changes another search is still applying are not waited for: their people are left out instead.
  const { state, unapplied } = await indexForSearch(client, now, context.changes);
  const durationMs = type.durationMinutes * 60_000;
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const nowMs = now.getTime();
  // The blocks side by side: after a change each may wait on a busy-time read, and they are independent.
  const pending: Promise<{ table: Table; changed: string[] }>[] = [];
  for (let block = Math.floor(fromMs / BLOCK_MS) * BLOCK_MS; block < toMs; block += BLOCK_MS) {
    pending.push(tableForSearch(state, client, type, block));
  }
  const tables = await Promise.all(pending);
  const busy = context.busy;

  const parts: T[] = [];
  const top: Entry[] = [];
  // One filter for the whole search; fromNow is the start being read, hidden the people left out.
  let fromNow = 0;
  let hidden: ReadonlySet<string> | null = null;
  const open = (entry: Entry) => inBookableWindow(fromNow, entry) && entry.id !== caller.id && !hidden?.has(entry.id);
  for (const { table, changed } of tables) {
    const view = viewOf(state, table, type, context.level);
    const plain = context.blocked.size === 0;
    // A viewer who also interviews for this type is in some starts' lists: only there must they come out.
    const own = table.contributed.get(caller.id)?.slots.get(slotKey(table.durationMinutes, table.blockStart));
    const ownStarts = own && own.length > 0 ? new Set(own) : null;
    const left = leftOut(table, unapplied, changed);
    hidden = left ? new Set([...context.blocked, ...left.ids]) : context.blocked.size > 0 ? context.blocked : null;
    for (const start of sortedStarts(table)) {
      if (start < fromMs || start >= toMs) continue;
      const end = start + durationMs;
      if (overlapsAny(busy, start, end)) continue;
      fromNow = start - nowMs;
      if (output.cached && plain && !ownStarts?.has(start) && !left?.starts.has(start)) {
        const fragment = view.fragment(start);
        if (inBookableWindow(fromNow, fragment.window)) {
          parts.push(output.cached(fragment));
          continue;
        }
      }
      const available = pickTop(table.byStart.get(start)!, view.keyOf, top, open);
      if (available > 0) parts.push(output.slot(view, start, available, top));
    }
  }
  return { type, slots: parts };
}

/** What searchIndexed makes of each slot: from the ranked few at a start, or from a cached fragment. */
export interface SlotOutput<T> {
  slot(view: View, start: number, available: number, top: Entry[]): T;
  cached?(fragment: Fragment): T;
}

/** Each slot's JSON, to be joined into bytes by the caller (lib/platform/utf8-join.ts), not into one big string. */
export const jsonSlots: SlotOutput<string> = {
  slot: (view, start, available, top) => view.slotJson(start, available, top),
  cached: (fragment) => fragment.json,
};

export const objectSlots: SlotOutput<SlotResult> = {
  slot: (view, start, available, top) => view.slot(start, available, top),
};

/**
 * The people a search leaves out of a table that is behind (indexForSearch, tableForSearch), and the
 * starts where the table lists them: only those starts need filtering; the rest read as cached.
 */
function leftOut(table: Table, unapplied: string[], changed: string[]): { ids: string[]; starts: Set<number> } | null {
  if (unapplied.length === 0 && changed.length === 0) return null;
  const ids = [...unapplied, ...changed];
  const key = slotKey(table.durationMinutes, table.blockStart);
  const starts = new Set<number>();
  for (const id of ids) for (const start of table.contributed.get(id)?.slots.get(key) ?? []) starts.add(start);
  return { ids, starts };
}

/** A plain loop: this runs for every start of every search, where a closure per start showed up. */
function overlapsAny(busy: readonly (readonly [number, number])[], start: number, end: number): boolean {
  for (let i = 0; i < busy.length; i++) {
    const interval = busy[i]!;
    if (interval[0] < end && interval[1] > start) return true;
  }
  return false;
}
