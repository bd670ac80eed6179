import { activeUser } from "../auth/sessions";
import { toAvailabilityInput, toEngineRules } from "../availability/availability-rules";
import type { AvailabilityRules } from "../availability/slot-engine";
import type { DbClient } from "../db";
import type { Level } from "../generated/prisma/client";

/**
 * The reads behind the slot index (slot-index.ts): schedule versions and the
 * interviewers whose cached slots must be rebuilt. Versions are always read
 * before the rows they describe, so a cache entry is never older than its key.
 */
const DAY_MS = 86_400_000;

/** Sum of every schedule version: it grows with every committed change anyone's slots depend on. */
export async function scheduleFingerprint(client: DbClient): Promise<string> {
  const rows = await client.$queryRaw<{ fp: string | null }[]>`
    SELECT (sum(version)::text || ':' || count(*)::text) AS fp FROM schedule_versions`;
  return rows[0]?.fp ?? "0:0";
}

export async function scheduleVersions(client: DbClient): Promise<Map<string, string>> {
  const rows = await client.$queryRaw<{ user_id: string; version: string }[]>`
    SELECT user_id, version::text AS version FROM schedule_versions`;
  return new Map(rows.map((r) => [r.user_id, r.version]));
}

export interface IndexedInterviewer {
  id: string;
  displayName: string;
  level: Level;
  timeZone: string;
  offeredTypeIds: ReadonlySet<string>;
  focusTypeIds: ReadonlySet<string>;
  /** The real rules; notice and horizon are applied when a search reads the cache. */
  rules: AvailabilityRules;
  noticeMs: number;
  horizonMs: number;
}

/**
 * Everyone who could be offered as an interviewer (active, onboarded, with
 * availability and at least one offered type); `ids` limits the load to those
 * people, or loads everyone when omitted. Overrides older than a few days can
 * no longer affect a future slot and are left out.
 */
export async function loadInterviewers(client: DbClient, now: Date, ids?: string[]): Promise<IndexedInterviewer[]> {
  const rows = await client.user.findMany({
    where: {
      ...activeUser,
      ...(ids ? { id: { in: ids } } : {}),
      offeredTypes: { some: {} },
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
        where: { date: { gte: new Date(now.getTime() - 3 * DAY_MS) } },
        select: { date: true, ranges: { select: { startMinute: true, endMinute: true } } },
      },
      offeredTypes: { select: { interviewTypeId: true } },
      focusAreas: { select: { interviewTypeId: true } },
    },
  });
  return rows.map((row) => {
    const profile = row.profile!;
    const settings = row.availabilitySettings!;
    const rules = toEngineRules(
      toAvailabilityInput({
        timeZone: profile.timeZone,
        settings,
        weekly: row.weeklyRanges,
        overrides: row.overrides,
        offeredTypes: [],
      }),
    );
    return {
      id: row.id,
      displayName: profile.displayName,
      level: profile.level,
      timeZone: profile.timeZone,
      offeredTypeIds: new Set(row.offeredTypes.map((o) => o.interviewTypeId)),
      focusTypeIds: new Set(row.focusAreas.map((f) => f.interviewTypeId)),
      rules,
      noticeMs: settings.minNoticeHours * 3_600_000,
      horizonMs: settings.horizonDays * DAY_MS,
    };
  });
}

/** What a search needs about the caller, in one round trip: level, and everyone blocked either way. */
export async function viewerContext(
  client: DbClient,
  viewerId: string,
): Promise<{ level: Level | null; blocked: Set<string> }> {
  const rows = await client.$queryRaw<{ level: Level | null; blocked: string[] | null }[]>`
    SELECT (SELECT level FROM profiles WHERE user_id = ${viewerId}) AS level,
           ARRAY(SELECT blocked_id FROM user_blocks WHERE blocker_id = ${viewerId}
                 UNION SELECT blocker_id FROM user_blocks WHERE blocked_id = ${viewerId}) AS blocked`;
  return { level: rows[0]?.level ?? null, blocked: new Set(rows[0]?.blocked ?? []) };
}

/**
 * The caller's own busy time (active bookings in any role) overlapping [from, to). Read from
 * bookings through its two btree indexes: the participants' GiST exclusion index answers
 * "one user's rows" by scanning far more pages than a btree does.
 */
export async function viewerBusy(
  client: DbClient,
  viewerId: string,
  from: Date,
  to: Date,
): Promise<[number, number][]> {
  const rows = await client.$queryRaw<{ s: Date; e: Date }[]>`
    SELECT starts_at AS s, ends_at AS e FROM bookings
     WHERE (candidate_id = ${viewerId} OR interviewer_id = ${viewerId}) AND status IN ('SCHEDULED', 'COMPLETED')
       AND starts_at < ${to}::timestamptz AND ends_at > ${from}::timestamptz`;
  return rows.map((r) => [r.s.getTime(), r.e.getTime()]);
}
