import { UNBOUNDED_WINDOW } from "../availability/bookable-window";
import { findSlots } from "../availability/slot-engine";
import type { DbClient } from "../db";
import { ratingsOf } from "../feedback/interviewer-ratings";
import { reliabilityOf } from "../booking/reliability";
import { DAY_MS } from "../dates/day-numbers";
import { busyTimes } from "./busy-time";
import { compareNames } from "./rank";
import { BLOCK_MS, CONTEXT_MS } from "./constants";
import { loadInterviewers, scheduleChangesSince, scheduleVersions } from "./slot-index-load";
import type { Entry, IndexState, ScheduleChanges, Table } from "./types";

/**
 * The slot index: every interviewer's bookable starts, computed once per
 * schedule version and merged per interview type and week, so a search
 * across a thousand interviewers reads a prepared table instead of running the
 * slot engine a thousand times (docs/decisions/0011-fast-slot-search.md).
 *
 * What is cached depends only on the interviewer: their rules and busy time.
 * Everything that depends on the viewer or the clock — the viewer's own busy
 * time, blocks, notice and horizon (both measured from now), ranking — is
 * applied when a search reads the table. The key of every entry is its
 * person's schedule version, stored in PostgreSQL and bumped by triggers, and
 * each search first reads the versions changed since the snapshot the index
 * last looked from (slot-index-load.ts scheduleChangesSince), so a change
 * committed through any app instance is seen by the next search in every
 * instance, and a search with nothing new reads no one's version.
 */
/** Reliability and rating only order the list, so a few minutes' lag is fine; availability itself is never stale. */
const SIGNALS_TTL_MS = 5 * 60_000;
/** Above this many changed people a full reload is cheaper than a partial one. */
const PARTIAL_RELOAD_MAX = 200;
/** How many refreshes a table may fall behind and still be patched rather than rebuilt. */
const CHANGE_LOG_LENGTH = 256;
/** Past this many (type, block) tables the index drops them all and rebuilds what searches ask for: a bound on memory. */
const MAX_TABLES = 400;
/** Entry changes a table remembers for its views to replay; a view further behind is rebuilt (slot-views.ts). */
const TABLE_LOG_LENGTH = 4096;

const states = new WeakMap<object, IndexState>();

function stateFor(client: DbClient): IndexState {
  let state = states.get(client);
  if (!state) {
    state = {
      xmin: null,
      versions: new Map(),
      entries: new Map(),
      indexOf: new Map(),
      generation: 0,
      changes: new Map(),
      tables: new Map(),
      signalsAt: 0,
      namesVersion: 0,
      refreshing: null,
      signalsRefreshing: null,
      tablesUpdating: new Map(),
    };
    states.set(client, state);
  }
  return state;
}

/** Where a search should read schedule changes from (searchContext's `since`). */
export function changesSince(client: DbClient): string | null {
  return stateFor(client).xmin;
}

const later = (a: string | null, b: string) => (a !== null && BigInt(a) > BigInt(b) ? a : b);

/** Brings the index up to the database's schedule versions; returns the entries to search. */
export async function currentIndex(client: DbClient, now: Date, seen?: ScheduleChanges): Promise<IndexState> {
  const state = stateFor(client);
  for (let attempt = 0; attempt < 3; attempt++) {
    // The first look loads everyone. After that, what changed since the last look: the caller may
    // have read it already, with its other per-search reads, in one round trip.
    const changes =
      state.xmin === null ? null : attempt === 0 && seen ? seen : await scheduleChangesSince(client, state.xmin);
    if (changes && changedIn(state, changes).length === 0) {
      // Nothing new up to this snapshot. While a refresh runs, only it moves the mark.
      if (!state.refreshing) state.xmin = later(state.xmin, changes.xmin);
      break;
    }
    state.refreshing ??= refresh(state, client, changes, now).finally(() => {
      state.refreshing = null;
    });
    await state.refreshing;
  }
  if (now.getTime() - state.signalsAt > SIGNALS_TTL_MS && !state.signalsRefreshing) {
    // Stale-while-revalidate: ranking may lag by one refresh, bookability never does.
    state.signalsRefreshing = refreshSignals(state, client, [...state.entries.values()], now).finally(() => {
      state.signalsRefreshing = null;
    });
    if (state.signalsAt === 0) await state.signalsRefreshing;
  }
  return state;
}

/**
 * The index as a search should read it. A search that finds schedule changes brings the index up
 * to date and waits for that, as currentIndex does; but while another search's refresh is already
 * in flight, it does not wait for it: it reads the index as it stands and gets back the people whose
 * changes are not in it yet, whom it must leave out (search-indexed.ts). Leaving a changed person out
 * for the length of one refresh can only hide times, never offer one they no longer have; waiting
 * made every search in flight pay for every booking's round trips (docs/decisions/0011).
 */
export async function indexForSearch(
  client: DbClient,
  now: Date,
  seen: ScheduleChanges | undefined,
): Promise<{ state: IndexState; unapplied: string[] }> {
  const state = stateFor(client);
  if (state.refreshing && state.xmin !== null && seen) {
    const unapplied = changedIn(state, seen);
    if (unapplied.length <= PARTIAL_RELOAD_MAX) return { state, unapplied };
  }
  return { state: await currentIndex(client, now, seen), unapplied: [] };
}

function changedIn(state: IndexState, changes: ScheduleChanges): string[] {
  return changes.changes.filter(([id, version]) => state.versions.get(id) !== version).map(([id]) => id);
}

async function refresh(state: IndexState, client: DbClient, seen: ScheduleChanges | null, now: Date): Promise<void> {
  // Versions first, rows second: an entry may be newer than its key, never older.
  // A first load, or more changes than a partial reload is worth, reads every version.
  const partial = seen && state.xmin !== null && changedIn(state, seen).length <= PARTIAL_RELOAD_MAX ? seen : null;
  const all = partial ? null : await scheduleVersions(client);
  const xmin = partial ? partial.xmin : all!.xmin;
  const versions = partial ? new Map(partial.changes) : all!.versions;
  const changed: string[] = [];
  for (const [id, version] of versions) if (state.versions.get(id) !== version) changed.push(id);
  const full = !partial && (state.xmin === null || changed.length > PARTIAL_RELOAD_MAX);
  const loaded = changed.length === 0 ? [] : await loadInterviewers(client, now, full ? undefined : changed);
  // Kept aside so a reloaded person keeps their name rank and ranking signals until the next refresh.
  const previousOf = new Map(changed.map((id) => [id, state.entries.get(id)]));
  if (full) state.entries.clear();
  else for (const id of changed) state.entries.delete(id);
  let namesMoved = full;
  for (const row of loaded) {
    const previous = full ? undefined : previousOf.get(row.id);
    let index = state.indexOf.get(row.id);
    if (index === undefined) state.indexOf.set(row.id, (index = state.indexOf.size));
    if (previous?.displayName !== row.displayName) namesMoved = true;
    state.entries.set(row.id, {
      ...row,
      index,
      nameRank: previous?.nameRank ?? 0,
      reliability: previous?.reliability ?? null,
      rating: previous?.rating ?? null,
      slots: new Map(),
    });
  }
  if (namesMoved) rankNames(state);
  // Newcomers get their ranking signals now; everyone else keeps theirs until the next periodic refresh.
  const newcomers = full ? loaded : loaded.filter((row) => !previousOf.get(row.id));
  if (newcomers.length > 0 && state.signalsAt > 0) await refreshSignals(state, client, newcomers, now, full);
  if (partial) for (const id of changed) state.versions.set(id, versions.get(id)!);
  else state.versions = versions;
  state.xmin = later(state.xmin, xmin);
  if (changed.length > 0) {
    state.generation++;
    state.changes.set(state.generation, full ? null : changed);
    state.changes.delete(state.generation - CHANGE_LOG_LENGTH);
  }
  evictPast(state, now);
}

function rankNames(state: IndexState): void {
  const byName = [...state.entries.values()].sort((a, b) => compareNames(a.displayName, b.displayName));
  byName.forEach((entry, position) => (entry.nameRank = position));
  state.namesVersion++;
}

async function refreshSignals(
  state: IndexState,
  client: DbClient,
  targets: { id: string }[],
  now: Date,
  stamp = true,
): Promise<void> {
  const ids = targets.map((t) => t.id);
  const [reliability, ratings] = await Promise.all([reliabilityOf(client, ids, now), ratingsOf(ids, now, client)]);
  for (const id of ids) {
    const entry = state.entries.get(id);
    if (!entry) continue;
    entry.reliability = reliability.get(id) ?? null;
    entry.rating = ratings.get(id) ?? null;
  }
  if (stamp) state.signalsAt = now.getTime();
}

function evictPast(state: IndexState, now: Date): void {
  const horizon = now.getTime() - BLOCK_MS - DAY_MS;
  for (const [key, table] of state.tables) if (table.blockStart < horizon) state.tables.delete(key);
  if (state.tables.size > MAX_TABLES) state.tables.clear();
}

export const slotKey = (durationMinutes: number, blockStart: number) => `${durationMinutes}:${blockStart}`;
const tableKeyOf = (type: { id: string; durationMinutes: number }, blockStart: number) =>
  `${type.id}:${type.durationMinutes}:${blockStart}`;

/** Runs the slot engine for entries that lack this block's starts, with one busy-time query for all of them. */
async function ensureSlots(client: DbClient, entries: Entry[], durationMinutes: number, blockStart: number) {
  const key = slotKey(durationMinutes, blockStart);
  for (let round = 0; round < 3; round++) {
    const missing = entries.filter((e) => !e.slots.has(key));
    if (missing.length === 0) return;
    const busy = await busyTimes(
      client,
      missing.map((e) => e.id),
      new Date(blockStart - CONTEXT_MS),
      new Date(blockStart + BLOCK_MS + CONTEXT_MS),
    );
    for (const entry of missing) {
      const theirs = busy.get(entry.id)!;
      // Notice and horizon are measured from "now" at search time, so the cache leaves them out:
      // with no notice, "now" at the block's start and a long horizon, the engine bounds starts by
      // the block alone, and the search applies each interviewer's real bounds when it reads.
      const starts = findSlots({
        rules: { ...entry.rules, ...UNBOUNDED_WINDOW },
        durationMinutes,
        range: { start: new Date(blockStart), end: new Date(blockStart + BLOCK_MS) },
        now: new Date(blockStart),
        interviewerBusy: theirs.busy,
        candidateBusy: [],
        interviewerBookingStarts: theirs.interviewerStarts,
      });
      entry.slots.set(
        key,
        starts.map((d) => d.getTime()),
      );
    }
  }
}

/**
 * The merged starts of everyone offering `typeId` in one block, patched or rebuilt to the current generation.
 * After a schedule change every search in flight wants the same table patched: they wait for one update
 * instead of each running the engine and a busy-time query for the changed people (under load that was
 * up to one query per search per block, queued on the pool while every search waited).
 */
export function tableFor(
  state: IndexState,
  client: DbClient,
  type: { id: string; durationMinutes: number },
  blockStart: number,
): Promise<Table> {
  const tableKey = tableKeyOf(type, blockStart);
  const table = state.tables.get(tableKey);
  if (table?.generation === state.generation) return Promise.resolve(table);
  let updating = state.tablesUpdating.get(tableKey);
  if (!updating) {
    updating = updateTable(state, client, type, blockStart, tableKey).finally(() => {
      state.tablesUpdating.delete(tableKey);
    });
    state.tablesUpdating.set(tableKey, updating);
  }
  return updating;
}

/**
 * A table for one search. When another search is already bringing it up to date, this one does not
 * wait: it gets the table as it stands with the people changed since, to leave out (as indexForSearch).
 * Only the search that starts an update waits for it, and a table that fell off the change log is
 * always waited for.
 */
export async function tableForSearch(
  state: IndexState,
  client: DbClient,
  type: { id: string; durationMinutes: number },
  blockStart: number,
): Promise<{ table: Table; changed: string[] }> {
  const tableKey = tableKeyOf(type, blockStart);
  const table = state.tables.get(tableKey);
  if (table && table.generation !== state.generation && state.tablesUpdating.has(tableKey)) {
    const changed = changedSince(state, table.generation);
    if (changed) return { table, changed };
  }
  return { table: await tableFor(state, client, type, blockStart), changed: [] };
}

/** Brings one table to the index's generation; it loops when a refresh lands meanwhile, so it returns a current table. */
async function updateTable(
  state: IndexState,
  client: DbClient,
  type: { id: string; durationMinutes: number },
  blockStart: number,
  tableKey: string,
): Promise<Table> {
  const key = slotKey(type.durationMinutes, blockStart);
  for (;;) {
    const generation = state.generation;
    let table = state.tables.get(tableKey);
    if (table?.generation === generation) return table;
    const changedIds = table ? changedSince(state, table.generation) : null;
    const offering = changedIds
      ? changedIds.flatMap((id) => {
          const entry = state.entries.get(id);
          return entry?.offeredTypeIds.has(type.id) ? [entry] : [];
        })
      : [...state.entries.values()].filter((e) => e.offeredTypeIds.has(type.id));
    await ensureSlots(client, offering, type.durationMinutes, blockStart);
    if (state.generation !== generation) continue; // a refresh landed while we waited: start over
    table = state.tables.get(tableKey);
    if (!table || !changedIds || table.generation === generation) {
      table = table?.generation === generation ? table : emptyTable(generation, type.durationMinutes, blockStart);
      if (table.contributed.size === 0) for (const entry of offering) addEntry(table, entry, key);
    } else {
      for (const id of changedIds) {
        const old = table.contributed.get(id);
        if (old) removeEntry(table, old, key);
        const entry = state.entries.get(id);
        if (entry?.offeredTypeIds.has(type.id)) addEntry(table, entry, key);
      }
    }
    table.generation = generation;
    state.tables.set(tableKey, table);
    return table;
  }
}

function changedSince(state: IndexState, generation: number): string[] | null {
  const ids = new Set<string>();
  for (let g = generation + 1; g <= state.generation; g++) {
    const changed = state.changes.get(g);
    if (changed === undefined || changed === null) return null; // fell off the log, or a full reload
    for (const id of changed) ids.add(id);
  }
  return [...ids];
}

function emptyTable(generation: number, durationMinutes: number, blockStart: number): Table {
  return {
    generation,
    durationMinutes,
    blockStart,
    byStart: new Map(),
    starts: null,
    contributed: new Map(),
    content: 0,
    log: [],
    logBase: 0,
  };
}

function addEntry(table: Table, entry: Entry, key: string): void {
  for (const start of entry.slots.get(key) ?? []) {
    const list = table.byStart.get(start);
    if (list) list.push(entry);
    else {
      table.byStart.set(start, [entry]);
      table.starts = null;
    }
  }
  table.contributed.set(entry.id, entry);
  logChange(table, entry, true);
}

function logChange(table: Table, entry: Entry, added: boolean): void {
  table.log.push({ entry, added });
  table.content++;
  if (table.log.length > TABLE_LOG_LENGTH) {
    const drop = table.log.length / 2;
    table.log.splice(0, drop);
    table.logBase += drop;
  }
}

function removeEntry(table: Table, entry: Entry, key: string): void {
  for (const start of entry.slots.get(key) ?? []) {
    const list = table.byStart.get(start);
    const at = list ? list.indexOf(entry) : -1;
    if (!list || at < 0) continue;
    list[at] = list[list.length - 1]!;
    list.pop();
    if (list.length === 0) {
      table.byStart.delete(start);
      table.starts = null;
    }
  }
  table.contributed.delete(entry.id);
  logChange(table, entry, false);
}

export function sortedStarts(table: Table): number[] {
  table.starts ??= [...table.byStart.keys()].sort((a, b) => a - b);
  return table.starts;
}
