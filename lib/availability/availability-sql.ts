import { Prisma } from "../generated/prisma/client";
import { toAvailabilityInput, toEngineRules, type StoredAvailability } from "./availability-rules";
import type { AvailabilityRules } from "./slot-engine";

/**
 * Someone's stored availability as JSON, read inside a larger statement: the
 * booking re-check (booking/recheck-context.ts) and the slot index's reload
 * (slot-search/slot-index-load.ts) each read it for their people in one round
 * trip, where Prisma would take a query per relation. `user` is the SQL
 * expression for the person's id (e.g. `u.id`).
 */
export function settingsJsonSql(user: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object('minNoticeHours', s.min_notice_hours,
                                              'bufferMinutes', s.buffer_minutes,
                                              'maxPerWeek', s.max_per_week,
                                              'horizonDays', s.horizon_days,
                                              'version', s.version)
                       FROM availability_settings s WHERE s.user_id = ${user})`;
}

export function weeklyJsonSql(user: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object('weekday', w.weekday,
                                                                'startMinute', w.start_minute,
                                                                'endMinute', w.end_minute)), '[]')
                       FROM availability_weekly_ranges w WHERE w.user_id = ${user})`;
}

/** Date overrides with their ranges; only those on or after `from` when given. */
export function overridesJsonSql(user: Prisma.Sql, from?: Date): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object(
                        'date', o.date,
                        'ranges', (SELECT coalesce(json_agg(json_build_object('startMinute', r.start_minute,
                                                                              'endMinute', r.end_minute)), '[]')
                                     FROM availability_override_ranges r WHERE r.override_id = o.id))), '[]')
                       FROM availability_overrides o
                      WHERE o.user_id = ${user} ${from ? Prisma.sql`AND o.date >= ${from}::date` : Prisma.empty})`;
}

export type OverridesJson = { date: string; ranges: StoredAvailability["overrides"][number]["ranges"] }[];

/** A DATE arrives in JSON as "YYYY-MM-DD"; toAvailabilityInput reads it as midnight UTC, as Prisma gives it. */
export function overridesFromJson(overrides: OverridesJson): StoredAvailability["overrides"] {
  return overrides.map((o) => ({ date: new Date(`${o.date}T00:00:00Z`), ranges: o.ranges }));
}

/** Availability as the fragments above return it: StoredAvailability with its override dates as text. */
export type StoredAvailabilityJson = Omit<StoredAvailability, "overrides"> & { overrides: OverridesJson };

/** The slot engine's rules from availability read as JSON (the re-check and the slot index's reload). */
export function engineRulesFromJson(stored: StoredAvailabilityJson): AvailabilityRules {
  return toEngineRules(toAvailabilityInput({ ...stored, overrides: overridesFromJson(stored.overrides) }));
}
