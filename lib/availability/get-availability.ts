import type { Caller } from "../auth/sessions";
import { db, type DbClient } from "../db";
import { AppError } from "../errors";
import { toAvailabilityInput } from "./availability-rules";

export const DEFAULT_SETTINGS = {
  minNoticeHours: 12,
  bufferMinutes: 15,
  maxPerWeek: null,
  horizonDays: 28,
  version: 0,
};

/** The caller's availability as the editor shows it (defaults until they save). */
export async function getAvailability(caller: Caller, client: DbClient = db()) {
  return loadAvailability(caller.id, client);
}

/** Loads anyone's availability for slot search; callers decide who may see what. */
export async function loadAvailability(userId: string, client: DbClient = db()) {
  const user = await client.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      profile: { select: { timeZone: true } },
      availabilitySettings: {
        select: { minNoticeHours: true, bufferMinutes: true, maxPerWeek: true, horizonDays: true, version: true },
      },
      weeklyRanges: { select: { weekday: true, startMinute: true, endMinute: true } },
      overrides: { select: { date: true, ranges: { select: { startMinute: true, endMinute: true } } } },
      offeredTypes: { select: { interviewType: { select: { slug: true } } } },
    },
  });
  if (!user?.profile) throw new AppError("NOT_FOUND", "Finish your profile first: it holds your time zone.");
  return toAvailabilityInput({
    timeZone: user.profile.timeZone,
    settings: user.availabilitySettings ?? DEFAULT_SETTINGS,
    weekly: user.weeklyRanges,
    overrides: user.overrides,
    offeredTypes: user.offeredTypes.map((o) => o.interviewType.slug).sort(),
  });
}
