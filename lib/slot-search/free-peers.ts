import type { Caller } from "../auth/sessions";
import { db, type DbClient } from "../db";
import { AppError } from "../errors";
import { DAY_MS } from "../dates/day-numbers";
import { BLOCK_MS } from "./constants";
import { rankScore } from "./rank";
import { changesSince, indexForSearch, tableForSearch } from "./slot-index";
import { searchContext } from "./slot-index-load";
import type { FreePeersInput } from "./slot-search.schema";
import type { Entry, RankedInterviewer } from "./types";

/**
 * Every peer free at one start, best match first: the whole list behind a
 * slot's "N peers are free" (Find a peer shows the best three). It reads the
 * same slot index with the same viewer filters as the week's search
 * (search-indexed.ts), so N here is the N the calendar showed.
 */
export async function listFreePeers(
  caller: Caller,
  query: FreePeersInput,
  now = new Date(),
  client: DbClient = db(),
): Promise<{ start: string; end: string; peers: RankedInterviewer[] }> {
  const startMs = query.start.getTime();
  const context = await searchContext(
    client,
    caller.id,
    query.interviewType,
    query.start,
    new Date(startMs + DAY_MS),
    changesSince(client),
  );
  const type = context.type;
  if (!type) throw new AppError("NOT_FOUND", "No such interview type.");
  const endMs = startMs + type.durationMinutes * 60_000;
  const answer = { start: query.start.toISOString(), end: new Date(endMs).toISOString() };
  if (context.busy.some(([s, e]) => s < endMs && e > startMs)) return { ...answer, peers: [] };

  const { state, unapplied } = await indexForSearch(client, now, context.changes);
  const { table, changed } = await tableForSearch(state, client, type, Math.floor(startMs / BLOCK_MS) * BLOCK_MS);
  // People whose table rows are behind are left out, as the week's search leaves them out.
  const hidden = new Set([...context.blocked, ...unapplied, ...changed]);
  const fromNow = startMs - now.getTime();
  const open = (entry: Entry) =>
    fromNow >= entry.noticeMs && fromNow < entry.horizonMs && entry.id !== caller.id && !hidden.has(entry.id);
  const ranked = (table.byStart.get(startMs) ?? []).filter(open).map((entry) => ({
    entry,
    score: rankScore({
      focusFit: entry.focusTypeIds.has(type.id),
      interviewerLevel: entry.level,
      candidateLevel: context.level,
      reliability: entry.reliability,
      rating: entry.rating,
    }),
  }));
  // The order of the top three on the calendar: score, then name (nameRank).
  ranked.sort((a, b) => b.score - a.score || a.entry.nameRank - b.entry.nameRank);
  return {
    ...answer,
    peers: ranked.map(({ entry, score }) => ({
      id: entry.id,
      displayName: entry.displayName,
      level: entry.level,
      timeZone: entry.timeZone,
      score,
    })),
  };
}
