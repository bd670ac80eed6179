import type { DbTransaction } from "../db";
import { minutesOf, WEEKDAYS, type AvailabilityInput } from "./availability.schema";

/**
 * Replaces someone's stored availability with `input` inside the caller's
 * transaction, bumping the version slot caches are keyed by. `typeIds` maps
 * the offered interview-type slugs to ids (callers have checked them).
 */
export async function writeAvailability(
  tx: DbTransaction,
  userId: string,
  input: Omit<AvailabilityInput, "timeZone">,
  typeIds: ReadonlyMap<string, string>,
): Promise<void> {
  const settings = {
    minNoticeHours: input.minNoticeHours,
    bufferMinutes: input.bufferMinutes,
    maxPerWeek: input.maxPerWeek,
    horizonDays: input.horizonDays,
  };
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
  await tx.interviewerOfferedType.createMany({
    data: input.offeredTypes.map((slug) => ({ userId, interviewTypeId: typeIds.get(slug)! })),
  });
}
