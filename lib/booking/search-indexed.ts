import type { Caller } from "../auth/sessions";
import type { DbClient } from "../db";
import type { Level } from "../generated/prisma/client";
import { rankScore } from "./rank-interviewers";
import { BLOCK_MS, currentIndex, sortedStarts, tableFor, type Entry } from "./slot-index";
import { viewerBusy, viewerContext } from "./slot-index-load";
import type { RankedInterviewer, SlotResult } from "./search-slots";

const TOP_PER_SLOT = 3;

/**
 * Slot search across every interviewer of a type, read from the slot index
 * (slot-index.ts). The cached table holds interviewer-side starts only; here
 * each start is checked against what depends on the viewer and the clock:
 * the viewer's busy time, blocks either way, the viewer themselves, and each
 * interviewer's notice and horizon measured from `now`. The answer is the
 * same as running the slot engine per interviewer with the viewer's busy
 * time (search-slots.int.test.ts and slot-index.int.test.ts compare them).
 */
export async function searchAcrossInterviewers(
  client: DbClient,
  caller: Caller,
  type: { id: string; durationMinutes: number },
  from: Date,
  to: Date,
  now: Date,
): Promise<SlotResult[]> {
  const durationMs = type.durationMinutes * 60_000;
  const [state, viewer, busy] = await Promise.all([
    currentIndex(client, now),
    viewerContext(client, caller.id),
    viewerBusy(client, caller.id, new Date(from.getTime() - durationMs), new Date(to.getTime() + durationMs)),
  ]);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const nowMs = now.getTime();
  const tables = [];
  for (let block = Math.floor(fromMs / BLOCK_MS) * BLOCK_MS; block < toMs; block += BLOCK_MS) {
    tables.push(await tableFor(state, client, type, block));
  }

  // One number per interviewer orders them: score first, then name (nameRank). Kept in an
  // array by entry index, filled lazily, so the per-slot loop does no hashing.
  const keys = new Float64Array(state.indexOf.size).fill(NaN);
  const keyOf = (entry: Entry) => {
    let key = keys[entry.index]!;
    if (Number.isNaN(key)) {
      key = Math.round(scoreFor(entry, type.id, viewer.level) * 1000) * 1_000_000 - entry.nameRank;
      keys[entry.index] = key;
    }
    return key;
  };
  const blocked = viewer.blocked.size > 0 ? viewer.blocked : null;

  const slots: SlotResult[] = [];
  const top: Entry[] = [];
  for (const table of tables) {
    for (const start of sortedStarts(table)) {
      if (start < fromMs || start >= toMs) continue;
      const end = start + durationMs;
      if (busy.some(([s, e]) => s < end && e > start)) continue;
      let available = 0;
      top.length = 0;
      const fromNow = start - nowMs;
      for (const entry of table.byStart.get(start)!) {
        if (fromNow < entry.noticeMs || fromNow >= entry.horizonMs) continue;
        if (entry.id === caller.id || blocked?.has(entry.id)) continue;
        available++;
        insertTop(top, entry, keyOf);
      }
      if (available === 0) continue;
      slots.push({
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        available,
        interviewers: top.map((entry) => ranked(entry, scoreFor(entry, type.id, viewer.level))),
      });
    }
  }
  return slots;
}

/** Keeps the best TOP_PER_SLOT entries, best first (insertion into a list of at most three). */
function insertTop(top: Entry[], entry: Entry, keyOf: (entry: Entry) => number): void {
  const key = keyOf(entry);
  if (top.length === TOP_PER_SLOT && key <= keyOf(top[TOP_PER_SLOT - 1]!)) return;
  let at = top.length < TOP_PER_SLOT ? top.length : TOP_PER_SLOT - 1;
  top[at] = entry;
  while (at > 0 && key > keyOf(top[at - 1]!)) {
    [top[at - 1], top[at]] = [top[at]!, top[at - 1]!];
    at--;
  }
}

function scoreFor(entry: Entry, typeId: string, viewerLevel: Level | null): number {
  return rankScore({
    focusFit: entry.focusTypeIds.has(typeId),
    interviewerLevel: entry.level,
    candidateLevel: viewerLevel,
    reliability: entry.reliability,
    rating: entry.rating,
  });
}

function ranked(entry: Entry, score: number): RankedInterviewer {
  return { id: entry.id, displayName: entry.displayName, level: entry.level, timeZone: entry.timeZone, score };
}
