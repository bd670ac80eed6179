import type { Caller } from "../auth/sessions";
import type { DbClient } from "../db";
import type { Level } from "../generated/prisma/client";
import { rankScore } from "./rank-interviewers";
import {
  BLOCK_MS,
  currentIndex,
  slotKey,
  sortedStarts,
  tableFor,
  type Entry,
  type IndexState,
  type Table,
} from "./slot-index";
import { searchContext, type SearchType } from "./slot-index-load";
import type { SlotResult } from "./search-slots";

const TOP_PER_SLOT = 3;

/**
 * Slot search across every interviewer of a type, read from the slot index
 * (slot-index.ts). The cached table holds interviewer-side starts only; here
 * each start is checked against what depends on the viewer and the clock:
 * the viewer's busy time, blocks either way, the viewer themselves, and each
 * interviewer's notice and horizon measured from `now`. The answer is the
 * same as running the slot engine per interviewer with the viewer's busy
 * time (search-slots.int.test.ts and slot-index.int.test.ts compare them).
 *
 * The answer is written as JSON text straight from cached pieces: a 14-day
 * search lists ~740 slots, and building and serialising that object graph on
 * every request cost more than everything else together (docs/decisions/0011).
 * Per (table, viewer level) a "view" keeps every start's interviewers in
 * ranking order and the JSON of the start as it reads when nothing
 * viewer-specific applies. Most starts are far enough from now that every
 * interviewer's notice and horizon allow them, so for a viewer with no blocks
 * who is not an interviewer of the type, such a start is copied as is; only
 * the others are filtered entry by entry.
 */
export async function searchIndexedJson(
  client: DbClient,
  caller: Caller,
  typeSlug: string,
  from: Date,
  to: Date,
  now: Date,
): Promise<{ type: SearchType; slotsJson: string } | null> {
  const context = await searchContext(client, caller.id, typeSlug, from, to);
  if (!context.type) return null;
  const type = context.type;
  const state = await currentIndex(client, now, context.fingerprint);
  const durationMs = type.durationMinutes * 60_000;
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const nowMs = now.getTime();
  const tables: Table[] = [];
  for (let block = Math.floor(fromMs / BLOCK_MS) * BLOCK_MS; block < toMs; block += BLOCK_MS) {
    tables.push(await tableFor(state, client, type, block));
  }
  const blocked = context.blocked.size > 0 ? context.blocked : null;
  const busy = context.busy;

  const parts: string[] = [];
  const top: Entry[] = [];
  for (const table of tables) {
    const view = viewOf(state, table, type, context.level);
    const viewerOffers = table.contributed.has(caller.id);
    const plain = !viewerOffers && !blocked;
    for (const start of sortedStarts(table)) {
      if (start < fromMs || start >= toMs) continue;
      const end = start + durationMs;
      if (busy.some(([s, e]) => s < end && e > start)) continue;
      const fromNow = start - nowMs;
      if (plain && fromNow >= view.maxNoticeMs && fromNow < view.minHorizonMs) {
        parts.push(view.fragment(start));
        continue;
      }
      let available = 0;
      top.length = 0;
      for (const entry of view.ranked.get(start)!) {
        if (fromNow < entry.noticeMs || fromNow >= entry.horizonMs) continue;
        if (entry.id === caller.id || blocked?.has(entry.id)) continue;
        available++;
        if (top.length < TOP_PER_SLOT) top.push(entry);
      }
      if (available > 0) parts.push(view.slotJson(start, available, top));
    }
  }
  return { type, slotsJson: `[${parts.join(",")}]` };
}

/** The same search as objects, for callers inside the app (Match me, tests). */
export async function searchAcrossInterviewers(
  client: DbClient,
  caller: Caller,
  type: { slug: string },
  from: Date,
  to: Date,
  now: Date,
): Promise<SlotResult[]> {
  const found = await searchIndexedJson(client, caller, type.slug, from, to, now);
  return found ? (JSON.parse(found.slotsJson) as SlotResult[]) : [];
}

interface View {
  content: number;
  signalsAt: number;
  /** start → everyone in the table free then, best ranked first. */
  ranked: Map<number, Entry[]>;
  /** Bounds that make notice and horizon irrelevant: a start this far ahead is open for every entry. */
  maxNoticeMs: number;
  minHorizonMs: number;
  fragment(start: number): string;
  slotJson(start: number, available: number, top: Entry[]): string;
}

const views = new WeakMap<Table, Map<string, View>>();

/** The table as one viewer level sees it; rebuilt when the table's entries or the ranking signals change. */
function viewOf(state: IndexState, table: Table, type: SearchType, level: Level | null): View {
  let byLevel = views.get(table);
  if (!byLevel) views.set(table, (byLevel = new Map<string, View>()));
  const key = level ?? "";
  const existing = byLevel.get(key);
  if (existing && existing.content === table.content && existing.signalsAt === state.signalsAt) return existing;
  const view = buildView(state, table, type, level);
  byLevel.set(key, view);
  return view;
}

function buildView(state: IndexState, table: Table, type: SearchType, level: Level | null): View {
  const durationMs = type.durationMinutes * 60_000;
  // One number orders interviewers: score first, then name (nameRank), so no collator runs per comparison.
  const scores = new Map<Entry, number>();
  const keys = new Map<Entry, number>();
  let maxNoticeMs = 0;
  let minHorizonMs = Infinity;
  for (const entry of table.contributed.values()) {
    const score = rankScore({
      focusFit: entry.focusTypeIds.has(type.id),
      interviewerLevel: entry.level,
      candidateLevel: level,
      reliability: entry.reliability,
      rating: entry.rating,
    });
    scores.set(entry, score);
    keys.set(entry, Math.round(score * 1000) * 1_000_000 - entry.nameRank);
    maxNoticeMs = Math.max(maxNoticeMs, entry.noticeMs);
    minHorizonMs = Math.min(minHorizonMs, entry.horizonMs);
  }
  // Appending entries in ranking order to each of their starts leaves every start's list sorted.
  const ordered = [...table.contributed.values()].sort((a, b) => keys.get(b)! - keys.get(a)!);
  const ranked = new Map<number, Entry[]>();
  for (const start of table.byStart.keys()) ranked.set(start, []);
  const startsKey = slotKey(table.durationMinutes, table.blockStart);
  for (const entry of ordered) for (const start of entry.slots.get(startsKey) ?? []) ranked.get(start)!.push(entry);

  const peerJson = new Map<Entry, string>();
  const peer = (entry: Entry) => {
    let json = peerJson.get(entry);
    if (json === undefined) {
      json = JSON.stringify({
        id: entry.id,
        displayName: entry.displayName,
        level: entry.level,
        timeZone: entry.timeZone,
        score: scores.get(entry)!,
      });
      peerJson.set(entry, json);
    }
    return json;
  };
  const slotJson = (start: number, available: number, top: Entry[]) =>
    `{"start":"${new Date(start).toISOString()}","end":"${new Date(start + durationMs).toISOString()}","available":${available},"interviewers":[${top.map(peer).join(",")}]}`;
  const fragments = new Map<number, string>();
  return {
    content: table.content,
    signalsAt: state.signalsAt,
    ranked,
    maxNoticeMs,
    minHorizonMs,
    slotJson,
    fragment(start) {
      let json = fragments.get(start);
      if (json === undefined) {
        const list = ranked.get(start)!;
        json = slotJson(start, list.length, list.slice(0, TOP_PER_SLOT));
        fragments.set(start, json);
      }
      return json;
    },
  };
}
