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

  const scores = new Map<Entry, number>();
  const scoreOf = (entry: Entry) => {
    let score = scores.get(entry);
    if (score === undefined) scores.set(entry, (score = scoreFor(entry, type.id, viewer.level)));
    return score;
  };
  const better = (a: Entry, b: Entry) => {
    const byScore = scoreOf(b) - scoreOf(a);
    return byScore !== 0 ? byScore < 0 : a.nameRank < b.nameRank;
  };

  const slots: SlotResult[] = [];
  const top: Entry[] = [];
  for (const table of tables) {
    for (const start of sortedStarts(table)) {
      if (start < fromMs || start >= toMs) continue;
      const end = start + durationMs;
      if (busy.some(([s, e]) => s < end && e > start)) continue;
      let available = 0;
      top.length = 0;
      for (const entry of table.byStart.get(start)!) {
        if (start < nowMs + entry.noticeMs || start >= nowMs + entry.horizonMs) continue;
        if (entry.id === caller.id || viewer.blocked.has(entry.id)) continue;
        available++;
        insertTop(top, entry, better);
      }
      if (available === 0) continue;
      slots.push({
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        available,
        interviewers: top.map((entry) => ranked(entry, scoreOf(entry))),
      });
    }
  }
  return slots;
}

/** Keeps the best TOP_PER_SLOT entries, best first (insertion into a list of at most three). */
function insertTop(top: Entry[], entry: Entry, better: (a: Entry, b: Entry) => boolean): void {
  if (top.length === TOP_PER_SLOT && !better(entry, top[TOP_PER_SLOT - 1]!)) return;
  let at = top.length < TOP_PER_SLOT ? top.length : TOP_PER_SLOT - 1;
  top[at] = entry;
  while (at > 0 && better(top[at]!, top[at - 1]!)) {
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
