import { toAvailabilityInput, toEngineRules, type StoredAvailability } from "../availability/availability-rules";
import { DEFAULT_SETTINGS } from "../availability/get-availability";
import type { AvailabilityRules } from "../availability/slot-engine";
import type { DbTransaction } from "../db";
import { AppError } from "../errors";
import { busyRowsSql, toBusyMap, type BusyRow, type BusyTime } from "./busy-intervals";

type StoredJson = Omit<StoredAvailability, "overrides" | "settings"> & {
  settings: StoredAvailability["settings"] | null;
  overrides: { date: string; ranges: StoredAvailability["overrides"][number]["ranges"] }[];
};

/**
 * What the in-transaction slot re-check needs, read in one statement after the
 * schedule lock: the interviewer's rules (the same rows loadAvailability reads)
 * and both people's busy time. Prisma would take eight queries for this, and
 * it runs a select's relations side by side, which on a transaction's single
 * connection only queues them (and pg deprecates overlapping queries).
 */
export async function loadRecheckContext(
  tx: DbTransaction,
  interviewerId: string,
  userIds: string[],
  from: Date,
  to: Date,
): Promise<{ rules: AvailabilityRules; busy: Map<string, BusyTime> }> {
  const [row] = await tx.$queryRaw<{ stored: StoredJson | null; busy: BusyRow[] }[]>`
    SELECT
      (SELECT json_build_object(
                'timeZone', p.time_zone,
                'settings', (SELECT json_build_object('minNoticeHours', s.min_notice_hours,
                                                      'bufferMinutes', s.buffer_minutes,
                                                      'maxPerWeek', s.max_per_week,
                                                      'horizonDays', s.horizon_days,
                                                      'version', s.version)
                               FROM availability_settings s WHERE s.user_id = u.id),
                'weekly', (SELECT coalesce(json_agg(json_build_object('weekday', w.weekday,
                                                                      'startMinute', w.start_minute,
                                                                      'endMinute', w.end_minute)), '[]')
                             FROM availability_weekly_ranges w WHERE w.user_id = u.id),
                'overrides', (SELECT coalesce(json_agg(json_build_object(
                                'date', o.date,
                                'ranges', (SELECT coalesce(json_agg(json_build_object('startMinute', r.start_minute,
                                                                                      'endMinute', r.end_minute)), '[]')
                                             FROM availability_override_ranges r WHERE r.override_id = o.id))), '[]')
                                FROM availability_overrides o WHERE o.user_id = u.id),
                'offeredTypes', (SELECT coalesce(json_agg(t.slug), '[]')
                                   FROM interviewer_offered_types ot
                                   JOIN interview_types t ON t.id = ot.interview_type_id
                                  WHERE ot.user_id = u.id))
         FROM users u JOIN profiles p ON p.user_id = u.id
        WHERE u.id = ${interviewerId} AND u.deleted_at IS NULL) AS stored,
      (SELECT coalesce(json_agg(x), '[]') FROM (${busyRowsSql(userIds, from, to)}) x) AS busy`;
  const stored = row?.stored;
  // loadAvailability's answer for a deleted or profile-less interviewer.
  if (!stored) throw new AppError("NOT_FOUND", "Finish your profile first: it holds your time zone.");
  const availability = toAvailabilityInput({
    ...stored,
    settings: stored.settings ?? DEFAULT_SETTINGS,
    // A DATE arrives in JSON as "YYYY-MM-DD"; toAvailabilityInput reads it as midnight UTC, as Prisma gives it.
    overrides: stored.overrides.map((o) => ({ date: new Date(`${o.date}T00:00:00Z`), ranges: o.ranges })),
    offeredTypes: [...stored.offeredTypes].sort(),
  });
  return { rules: toEngineRules(availability), busy: toBusyMap(userIds, row.busy) };
}
