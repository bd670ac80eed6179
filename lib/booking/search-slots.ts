import { activeUser, type Caller } from "../auth/sessions";
import { toAvailabilityInput } from "../availability/availability-rules";
import { toEngineRules } from "../availability/availability-rules";
import { findSlots } from "../availability/slot-engine";
import { db } from "../db";
import { AppError } from "../errors";
import type { SlotSearchInput } from "./booking.schema";
import { busyTimes } from "./busy-intervals";
import { rankScore } from "./rank-interviewers";
import { reliabilityOf } from "./reliability";
import { searchIndexedJson } from "./search-indexed";
import { ratingsOf } from "../feedback/interviewer-ratings";
import { utf8Join } from "../platform/utf8-join";

const DAY_MS = 86_400_000;
const CONTEXT_MS = 8 * DAY_MS;
const TOP_PER_SLOT = 3;

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

/**
 * Open slots for one interview type, across every interviewer who offers it
 * (or one). Each interviewer's slots come from the slot engine with their own
 * rules and busy time plus the caller's; slots are merged by start and each
 * lists how many are free and the best-ranked few. Blocked or inactive people,
 * and the caller, are never offered.
 */
export async function searchSlots(caller: Caller, query: SlotSearchInput, now = new Date()): Promise<SlotSearchAnswer> {
  if (!query.interviewer)
    return JSON.parse((await searchSlotsBody(caller, query, now)).toString("utf8")) as SlotSearchAnswer;
  return searchOneInterviewer(caller, query, now);
}

export interface SlotSearchAnswer {
  interviewType: { id: string; slug: string; name: string; durationMinutes: number };
  from: string;
  to: string;
  slots: SlotResult[];
}

/**
 * The answer as UTF-8 JSON, for GET /api/v1/slots: across all interviewers it
 * is assembled from the slot index's cached pieces without building the
 * object graph (search-indexed.ts), straight into bytes rather than one large
 * string (lib/platform/utf8-join.ts); one interviewer's is serialised as usual.
 */
export async function searchSlotsBody(
  caller: Caller,
  query: SlotSearchInput,
  now = new Date(),
): Promise<Buffer<ArrayBuffer>> {
  if (query.interviewer) return Buffer.from(JSON.stringify(await searchOneInterviewer(caller, query, now)));
  // Everyone: read the slot index instead of running the engine per interviewer (decision 0011).
  const found = await searchIndexedJson(db(), caller, query.interviewType, query.from, query.to, now);
  if (!found) throw new AppError("NOT_FOUND", "No such interview type.");
  const head = JSON.stringify({
    interviewType: found.type,
    from: query.from.toISOString(),
    to: query.to.toISOString(),
  });
  return utf8Join(found.slots, ",", `${head.slice(0, -1)},"slots":[`, "]}");
}

async function searchOneInterviewer(
  caller: Caller,
  query: SlotSearchInput & { interviewer?: string },
  now: Date,
): Promise<SlotSearchAnswer> {
  const type = await db().interviewType.findFirst({
    where: { slug: query.interviewType, retiredAt: null },
    select: { id: true, slug: true, name: true, durationMinutes: true },
  });
  if (!type) throw new AppError("NOT_FOUND", "No such interview type.");

  const interviewers = await db().user.findMany({
    where: {
      ...activeUser,
      id: query.interviewer ? query.interviewer : { not: caller.id },
      // Blocked pairs are never shown to each other, whoever blocked whom.
      blocking: { none: { blockedId: caller.id } },
      blockedBy: { none: { blockerId: caller.id } },
      offeredTypes: { some: { interviewTypeId: type.id } },
      availabilitySettings: { isNot: null },
      profile: { isNot: null },
    },
    select: {
      id: true,
      profile: { select: { displayName: true, level: true, timeZone: true } },
      availabilitySettings: {
        select: { minNoticeHours: true, bufferMinutes: true, maxPerWeek: true, horizonDays: true, version: true },
      },
      weeklyRanges: { select: { weekday: true, startMinute: true, endMinute: true } },
      overrides: {
        where: {
          date: { gte: new Date(query.from.getTime() - 2 * DAY_MS), lte: new Date(query.to.getTime() + 2 * DAY_MS) },
        },
        select: { date: true, ranges: { select: { startMinute: true, endMinute: true } } },
      },
      focusAreas: { where: { interviewTypeId: type.id }, select: { interviewTypeId: true } },
    },
  });
  if (query.interviewer && (interviewers.length === 0 || query.interviewer === caller.id)) {
    throw new AppError("NOT_FOUND", "That interviewer doesn't offer this interview type.");
  }
  const candidate = await db().profile.findUnique({ where: { userId: caller.id }, select: { level: true } });
  const busy = await busyTimes(
    db(),
    [caller.id, ...interviewers.map((i) => i.id)],
    new Date(query.from.getTime() - CONTEXT_MS),
    new Date(query.to.getTime() + CONTEXT_MS),
  );
  const callerBusy = busy.get(caller.id)!.busy;
  const reliability = await reliabilityOf(
    db(),
    interviewers.map((i) => i.id),
    now,
  );
  const ratings = await ratingsOf(
    interviewers.map((i) => i.id),
    now,
  );

  const bySlot = new Map<number, RankedInterviewer[]>();
  for (const interviewer of interviewers) {
    const profile = interviewer.profile!;
    const rules = toEngineRules(
      toAvailabilityInput({
        timeZone: profile.timeZone,
        settings: interviewer.availabilitySettings!,
        weekly: interviewer.weeklyRanges,
        overrides: interviewer.overrides,
        offeredTypes: [],
      }),
    );
    const theirs = busy.get(interviewer.id)!;
    const starts = findSlots({
      rules,
      durationMinutes: type.durationMinutes,
      range: { start: query.from, end: query.to },
      now,
      interviewerBusy: theirs.busy,
      candidateBusy: callerBusy,
      interviewerBookingStarts: theirs.interviewerStarts,
    });
    const ranked: RankedInterviewer = {
      id: interviewer.id,
      displayName: profile.displayName,
      level: profile.level,
      timeZone: profile.timeZone,
      score: rankScore({
        focusFit: interviewer.focusAreas.length > 0,
        interviewerLevel: profile.level,
        candidateLevel: candidate?.level ?? null,
        reliability: reliability.get(interviewer.id) ?? null,
        rating: ratings.get(interviewer.id) ?? null,
      }),
    };
    for (const start of starts) {
      const key = start.getTime();
      const list = bySlot.get(key);
      if (list) list.push(ranked);
      else bySlot.set(key, [ranked]);
    }
  }

  const slots: SlotResult[] = [...bySlot.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, list]) => ({
      start: new Date(start).toISOString(),
      end: new Date(start + type.durationMinutes * 60_000).toISOString(),
      available: list.length,
      interviewers: list
        .sort((a, b) => b.score - a.score || a.displayName.localeCompare(b.displayName))
        .slice(0, TOP_PER_SLOT),
    }));
  return { interviewType: type, from: query.from.toISOString(), to: query.to.toISOString(), slots };
}
