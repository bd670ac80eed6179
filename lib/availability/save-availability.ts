import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { minutesOf, WEEKDAYS, type AvailabilityInput } from "./availability.schema";
import { reevaluateMatchRequests } from "../matching/try-match";
import { getAvailability } from "./get-availability";

/**
 * Replaces the caller's availability as a whole (the editor always sends all of
 * it), in one transaction, and bumps the version that slot caches are keyed by.
 * The zone is the profile's: saving here changes it there too.
 */
export async function saveAvailability(caller: Caller, input: AvailabilityInput) {
  const types = await db().interviewType.findMany({
    where: { slug: { in: input.offeredTypes }, retiredAt: null },
    select: { id: true, slug: true },
  });
  const unknown = input.offeredTypes.filter((slug) => !types.some((t) => t.slug === slug));
  if (unknown.length) {
    throw new AppError("BAD_REQUEST", "Some fields are missing or invalid.", {
      fieldErrors: { offeredTypes: [`Unknown interview type: ${unknown.join(", ")}`] },
    });
  }
  const settings = {
    minNoticeHours: input.minNoticeHours,
    bufferMinutes: input.bufferMinutes,
    maxPerWeek: input.maxPerWeek,
    horizonDays: input.horizonDays,
  };
  const userId = caller.id;

  await db().$transaction(async (tx) => {
    const profile = await tx.profile.updateMany({ where: { userId }, data: { timeZone: input.timeZone } });
    if (profile.count === 0) throw new AppError("NOT_FOUND", "Finish your profile first: it holds your time zone.");
    await tx.availabilitySettings.upsert({
      where: { userId },
      create: { userId, ...settings },
      update: { ...settings, version: { increment: 1 } },
    });
    await tx.availabilityWeeklyRange.deleteMany({ where: { userId } });
    await tx.availabilityWeeklyRange.createMany({
      data: WEEKDAYS.flatMap((d) =>
        input.weekly[d].map((r) => ({
          userId,
          weekday: Number(d),
          startMinute: minutesOf(r.start),
          endMinute: minutesOf(r.end),
        })),
      ),
    });
    await tx.availabilityOverride.deleteMany({ where: { userId } });
    for (const o of input.overrides) {
      await tx.availabilityOverride.create({
        data: {
          userId,
          date: new Date(`${o.date}T00:00:00Z`),
          ranges: { create: o.ranges.map((r) => ({ startMinute: minutesOf(r.start), endMinute: minutesOf(r.end) })) },
        },
      });
    }
    await tx.interviewerOfferedType.deleteMany({ where: { userId } });
    await tx.interviewerOfferedType.createMany({ data: types.map((t) => ({ userId, interviewTypeId: t.id })) });
  });
  // New hours may fit someone's open "Match me" request.
  await reevaluateMatchRequests(types.map((t) => t.id));
  return getAvailability(caller);
}
