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

/**
 * The caller's availability as the editor shows it: defaults until they save, with the types
 * they chose as focus areas at onboarding ticked, since those are what a new interviewer runs.
 */
export async function getAvailability(caller: Caller, client: DbClient = db()) {
  const [availability, saved] = await Promise.all([
    loadAvailability(caller.id, client),
    client.availabilitySettings.findUnique({ where: { userId: caller.id }, select: { userId: true } }),
  ]);
  if (saved) return availability;
  const focus = await client.profileFocusArea.findMany({
    where: { userId: caller.id, interviewType: { retiredAt: null } },
    select: { interviewType: { select: { slug: true } } },
  });
  return { ...availability, offeredTypes: focus.map((f) => f.interviewType.slug).sort() };
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
