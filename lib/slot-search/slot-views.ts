import type { Level } from "../generated/prisma/client";
import { TOP_PER_SLOT } from "./constants";
import { rankKey, rankScore } from "./rank";
import { slotKey } from "./slot-index";
import type { Entry, Fragment, IndexState, RankedInterviewer, SlotResult, Table, View } from "./types";

/**
 * A slot-index table as one viewer level sees it (search-indexed.ts reads
 * these): each interviewer's ranking key, and the JSON of each start as it
 * reads when nothing viewer-specific applies. Ranking depends on the viewer's
 * level (and the type, fixed per table), so there is one view per (table,
 * level).
 *
 * A view keeps no per-start lists of its own: the best few at a start are
 * picked from the table's list by key when needed (pickTop). Sorted copies per
 * level were most of the slot index's heap, and the garbage collector scanned
 * them on every full collection, which slowed every other request of the
 * process too (docs/benchmarks.md).
 *
 * A booking changes two people's slots, so a view must not be rebuilt for
 * every booking: it replays the table's change log instead, and only the
 * changed starts lose their cached JSON. It is rebuilt from scratch only when
 * the ranking signals were refreshed or it fell off the log.
 */

interface ViewState extends View {
  content: number;
  signalsAt: number;
  namesVersion: number;
  fragments: Map<number, Fragment>;
  peerJson: Map<Entry, string>;
}

const views = new WeakMap<Table, Map<string, ViewState>>();
/** Per table: start → `{"start":…,"end":…` (a table has one duration). */
const tableTimes = new WeakMap<Table, Map<number, string>>();

export function viewOf(
  state: IndexState,
  table: Table,
  type: { id: string; durationMinutes: number },
  level: Level | null,
): View {
  let byLevel = views.get(table);
  if (!byLevel) views.set(table, (byLevel = new Map<string, ViewState>()));
  const cacheKey = level ?? "";
  let view = byLevel.get(cacheKey);
  const current = view && view.signalsAt === state.signalsAt && view.namesVersion === state.namesVersion;
  if (view && current && view.content >= table.logBase) {
    if (view.content !== table.content) replay(view, table);
    return view;
  }
  view = buildView(state, table, type, level);
  byLevel.set(cacheKey, view);
  return view;
}

function buildView(
  state: IndexState,
  table: Table,
  type: { id: string; durationMinutes: number },
  level: Level | null,
): ViewState {
  const durationMs = type.durationMinutes * 60_000;
  const scores = new Map<Entry, number>();
  const keys = new Map<Entry, number>();
  const scoreOf = (entry: Entry) => {
    let score = scores.get(entry);
    if (score === undefined) {
      score = rankScore({
        focusFit: entry.focusTypeIds.has(type.id),
        interviewerLevel: entry.level,
        candidateLevel: level,
        reliability: entry.reliability,
        rating: entry.rating,
      });
      scores.set(entry, score);
    }
    return score;
  };
  const keyOf = (entry: Entry) => {
    let key = keys.get(entry);
    if (key === undefined) {
      key = rankKey(scoreOf(entry), entry.nameRank);
      keys.set(entry, key);
    }
    return key;
  };

  const ranked = (entry: Entry): RankedInterviewer => ({
    id: entry.id,
    displayName: entry.displayName,
    level: entry.level,
    timeZone: entry.timeZone,
    score: scoreOf(entry),
  });
  const peerJson = new Map<Entry, string>();
  const peer = (entry: Entry) => {
    let json = peerJson.get(entry);
    if (json === undefined) {
      json = JSON.stringify(ranked(entry));
      peerJson.set(entry, json);
    }
    return json;
  };
  // A start's times as JSON, kept per table (every level's view shares them): starts near the
  // notice or horizon bounds are written per search (slotJson), and two Dates and ISO strings
  // each (Next patches the Date constructor on the server, which makes it slower still) were a
  // tenth of a search's CPU.
  const timesJson = tableTimes.get(table) ?? new Map<number, string>();
  tableTimes.set(table, timesJson);
  const timesOf = (start: number) => {
    let json = timesJson.get(start);
    if (json === undefined) {
      json = `{"start":"${new Date(start).toISOString()}","end":"${new Date(start + durationMs).toISOString()}"`;
      timesJson.set(start, json);
    }
    return json;
  };
  const slotJson = (start: number, available: number, top: Entry[]) => {
    let json = `${timesOf(start)},"available":${available},"interviewers":[`;
    for (let i = 0; i < top.length; i++) json += (i > 0 ? "," : "") + peer(top[i]!);
    return `${json}]}`;
  };
  const slot = (start: number, available: number, top: Entry[]): SlotResult => ({
    start: new Date(start).toISOString(),
    end: new Date(start + durationMs).toISOString(),
    available,
    interviewers: top.map(ranked),
  });
  const fragments = new Map<number, Fragment>();
  return {
    content: table.content,
    signalsAt: state.signalsAt,
    namesVersion: state.namesVersion,
    keyOf,
    fragments,
    peerJson,
    slotJson,
    slot,
    fragment(start) {
      let fragment = fragments.get(start);
      if (fragment === undefined) {
        const list = table.byStart.get(start) ?? [];
        const top: Entry[] = [];
        const available = pickTop(list, keyOf, top);
        const window = { noticeMs: 0, horizonMs: Infinity };
        for (const entry of list) {
          if (entry.noticeMs > window.noticeMs) window.noticeMs = entry.noticeMs;
          if (entry.horizonMs < window.horizonMs) window.horizonMs = entry.horizonMs;
        }
        fragment = { json: slotJson(start, available, top), window };
        fragments.set(start, fragment);
      }
      return fragment;
    },
  };
}

/** Applies the table's changes since the view was built or last caught up. */
function replay(view: ViewState, table: Table): void {
  const startsKey = slotKey(table.durationMinutes, table.blockStart);
  for (let change = view.content; change < table.content; change++) {
    const { entry, added } = table.log[change - table.logBase]!;
    for (const start of entry.slots.get(startsKey) ?? []) view.fragments.delete(start);
    if (!added) view.peerJson.delete(entry);
  }
  view.content = table.content;
}

/**
 * The best TOP_PER_SLOT of `list` that `accept` lets through, into `top`, best
 * first; returns how many it let through in all. One pass with a tiny sorted
 * window: the lists are a start's free interviewers, tens of them.
 */
export function pickTop(
  list: readonly Entry[],
  keyOf: (entry: Entry) => number,
  top: Entry[],
  accept?: (entry: Entry) => boolean,
): number {
  top.length = 0;
  const keys: number[] = [];
  let available = 0;
  for (const entry of list) {
    if (accept && !accept(entry)) continue;
    available++;
    const key = keyOf(entry);
    if (top.length === TOP_PER_SLOT && key <= keys[TOP_PER_SLOT - 1]!) continue;
    let at = top.length;
    while (at > 0 && keys[at - 1]! < key) at--;
    top.splice(at, 0, entry);
    keys.splice(at, 0, key);
    if (top.length > TOP_PER_SLOT) {
      top.pop();
      keys.pop();
    }
  }
  return available;
}
