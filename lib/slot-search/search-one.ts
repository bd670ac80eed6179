import type { Caller } from "../auth/sessions";
import { toAvailabilityInput, toEngineRules } from "../availability/availability-rules";
import { findSlots } from "../availability/slot-engine";
import { reliabilityOf } from "../booking/reliability";
import { DAY_MS } from "../dates/day-numbers";
import { db } from "../db";
import { AppError } from "../errors";
import { ratingsOf } from "../feedback/interviewer-ratings";
import { bookableWhere } from "../people/bookable";
import { notBlockedWithWhere } from "../users/block-rule";
import { busyTimes } from "./busy-time";
import { CONTEXT_MS, TOP_PER_SLOT } from "./constants";
import { compareRanked, rankScore } from "./rank";
import type { SlotSearchInput } from "./slot-search.schema";
import type { RankedInterviewer, SlotResult, SlotSearchAnswer } from "./types";

/**
 * One interviewer's open slots (GET /api/v1/slots?interviewer=…), straight from the slot engine
 * with their rules and busy time plus the caller's; written for any number of interviewers, it is
 * the reference the slot index is tested against (search.int.test.ts, slot-index.int.test.ts).
 */
export async function searchOneInterviewer(
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
      AND: [
        bookableWhere,
        {
          id: query.interviewer ? query.interviewer : { not: caller.id },
          // Blocked pairs are never shown to each other, whoever blocked whom.
          ...notBlockedWithWhere(caller.id),
          offeredTypes: { some: { interviewTypeId: type.id } },
        },
      ],
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
      interviewers: list.sort(compareRanked).slice(0, TOP_PER_SLOT),
    }));
  return { interviewType: type, from: query.from.toISOString(), to: query.to.toISOString(), slots };
}
