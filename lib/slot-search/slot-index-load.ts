import type { StoredAvailability } from "../availability/availability-rules";
import { bookableWindow } from "../availability/bookable-window";
import {
  engineRulesFromJson,
  overridesJsonSql,
  settingsJsonSql,
  weeklyJsonSql,
  type OverridesJson,
} from "../availability/availability-sql";
import { DAY_MS } from "../dates/day-numbers";
import type { DbClient } from "../db";
import { bookableSql } from "../people/bookable";
import { blockedWithSql } from "../users/block-rule";
import { Prisma, type Level } from "../generated/prisma/client";
import type { IndexedInterviewer, ScheduleChanges, SearchContext, SearchType } from "./types";

/**
 * The reads behind the slot index (slot-index.ts): schedule versions and the
 * interviewers whose cached slots must be rebuilt. Versions are always read
 * before the rows they describe, so a cache entry is never older than its key.
 */

/** A subquery's worth of SQL, so a search folds it into its one statement. */
const changesSql = (since: string | null) => Prisma.sql`
  SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
         (SELECT coalesce(json_agg(json_build_array(user_id, version::text)), '[]')
            FROM schedule_versions WHERE changed_xid >= ${since}::bigint) AS changes`;

export async function scheduleChangesSince(client: DbClient, since: string | null): Promise<ScheduleChanges> {
  const [row] = await client.$queryRaw<ScheduleChanges[]>(changesSql(since));
  return { xmin: row!.xmin, changes: row!.changes };
}

/** Every person's version, with the snapshot's xmin from which later changes are read. */
export async function scheduleVersions(client: DbClient): Promise<{ xmin: string; versions: Map<string, string> }> {
  const [row] = await client.$queryRaw<{ xmin: string; versions: [string, string][] }[]>`
    SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
           (SELECT coalesce(json_agg(json_build_array(user_id, version::text)), '[]') FROM schedule_versions) AS versions`;
  return { xmin: row!.xmin, versions: new Map(row!.versions) };
}

interface InterviewerRow {
  id: string;
  display_name: string;
  level: Level;
  time_zone: string;
  settings: StoredAvailability["settings"];
  weekly: StoredAvailability["weekly"];
  overrides: OverridesJson;
  offered: string[];
  focus: string[];
}

/**
 * Everyone who could be offered as an interviewer (the bookable rule,
 * lib/people/bookable.ts); `ids` limits the load to those
 * people, or loads everyone when omitted. Overrides older than a few days can
 * no longer affect a future slot and are left out.
 *
 * One statement, relations aggregated as JSON: a booking reloads its
 * interviewer while every concurrent search waits for the refresh, and
 * Prisma's nested select read each of the seven relations with a round trip of
 * its own (docs/benchmarks.md).
 */
export async function loadInterviewers(client: DbClient, now: Date, ids?: string[]): Promise<IndexedInterviewer[]> {
  const overridesFrom = new Date(now.getTime() - 3 * DAY_MS);
  const rows = await client.$queryRaw<InterviewerRow[]>`
    SELECT u.id, p.display_name, p.level::text AS level, p.time_zone,
           ${settingsJsonSql(Prisma.sql`u.id`)} AS settings,
           ${weeklyJsonSql(Prisma.sql`u.id`)} AS weekly,
           ${overridesJsonSql(Prisma.sql`u.id`, overridesFrom)} AS overrides,
           ARRAY(SELECT t.interview_type_id FROM interviewer_offered_types t WHERE t.user_id = u.id) AS offered,
           ARRAY(SELECT f.interview_type_id FROM profile_focus_areas f WHERE f.user_id = u.id) AS focus
      FROM users u
      JOIN profiles p ON p.user_id = u.id
     WHERE ${bookableSql("u")}
       ${ids ? Prisma.sql`AND u.id = ANY(${ids}::text[])` : Prisma.empty}`;
  return rows.map((row) => {
    const rules = engineRulesFromJson({
      timeZone: row.time_zone,
      settings: row.settings,
      weekly: row.weekly,
      overrides: row.overrides,
      offeredTypes: [],
    });
    return {
      id: row.id,
      displayName: row.display_name,
      level: row.level,
      timeZone: row.time_zone,
      offeredTypeIds: new Set(row.offered),
      focusTypeIds: new Set(row.focus),
      rules,
      ...bookableWindow(row.settings),
    };
  });
}

/**
 * Everything a search reads per request, in one round trip: the interview
 * type, the schedule changes since `since`, the caller's level and blocks, and their
 * busy time (bookings, and their connected calendars' busy times as busy-time.ts
 * adds them for everyone else). Busy time comes from bookings through its two btree indexes (the
 * participants' GiST exclusion index answers "one user's rows" by scanning far
 * more pages), widened by a day each side so it covers any interview overlapping
 * the range.
 */
export async function searchContext(
  client: DbClient,
  viewerId: string,
  typeSlug: string,
  from: Date,
  to: Date,
  since: string | null,
): Promise<SearchContext> {
  const busyFrom = new Date(from.getTime() - DAY_MS);
  const busyTo = new Date(to.getTime() + DAY_MS);
  const rows = await client.$queryRaw<
    {
      type: SearchType | null;
      xmin: string;
      changes: [string, string][];
      level: Level | null;
      blocked: string[] | null;
      busy: [number, number][] | null;
    }[]
  >`
    WITH busy AS (
      SELECT (extract(epoch FROM starts_at) * 1000)::float8 AS s, (extract(epoch FROM ends_at) * 1000)::float8 AS e
        FROM bookings
       WHERE (candidate_id = ${viewerId} OR interviewer_id = ${viewerId}) AND status IN ('SCHEDULED', 'COMPLETED')
         AND starts_at < ${busyTo}::timestamptz AND ends_at > ${busyFrom}::timestamptz
      UNION ALL
      SELECT (extract(epoch FROM starts_at) * 1000)::float8, (extract(epoch FROM ends_at) * 1000)::float8
        FROM external_busy_times
       WHERE user_id = ${viewerId} AND ends_at > ${busyFrom}::timestamptz AND starts_at < ${busyTo}::timestamptz)
    SELECT (SELECT json_build_object('id', t.id, 'slug', t.slug, 'name', t.name, 'durationMinutes', t.duration_minutes)
              FROM interview_types t WHERE t.slug = ${typeSlug} AND t.retired_at IS NULL) AS type,
           changed.xmin, changed.changes,
           (SELECT level FROM profiles WHERE user_id = ${viewerId}) AS level,
           ${blockedWithSql(viewerId)} AS blocked,
           (SELECT json_agg(json_build_array(s, e)) FROM busy) AS busy
      FROM (${changesSql(since)}) changed`;
  const row = rows[0]!;
  return {
    type: row.type,
    changes: { xmin: row.xmin, changes: row.changes },
    level: row.level,
    blocked: new Set(row.blocked ?? []),
    busy: row.busy ?? [],
  };
}
