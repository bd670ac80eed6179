import type { StoredAvailability } from "../availability/availability-rules";
import {
  engineRulesFromJson,
  overridesJsonSql,
  settingsJsonSql,
  weeklyJsonSql,
  type StoredAvailabilityJson,
} from "../availability/availability-sql";
import { DEFAULT_SETTINGS } from "../availability/get-availability";
import type { AvailabilityRules } from "../availability/slot-engine";
import type { DbClient } from "../db";
import { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { busyRowsSql, toBusyMap, type BusyRow, type BusyTime } from "../slot-search";

type StoredJson = Omit<StoredAvailabilityJson, "settings"> & {
  settings: StoredAvailability["settings"] | null;
};

export type RecheckContext = { rules: AvailabilityRules; busy: Map<string, BusyTime> };

/** What recheckContextSql's columns hold. */
export interface RecheckContextRow {
  stored: StoredJson | null;
  busy: BusyRow[];
}

/**
 * What the in-transaction slot re-check needs, read in one statement after the
 * schedule lock: the interviewer's rules (the same rows loadAvailability reads)
 * and both people's busy time. Prisma would take eight queries for this, and
 * it runs a select's relations side by side, which on a transaction's single
 * connection only queues them (and pg deprecates overlapping queries).
 */
export async function loadRecheckContext(
  tx: DbClient,
  interviewerId: string,
  userIds: string[],
  from: Date,
  to: Date,
): Promise<RecheckContext> {
  const [row] = await tx.$queryRaw<RecheckContextRow[]>`
    SELECT ${recheckContextSql(interviewerId, userIds, from, to)}`;
  return toRecheckContext(row, userIds);
}

/** loadRecheckContext's reads as select-list columns (stored, busy), for a caller that folds in reads of its own. */
export function recheckContextSql(interviewerId: string, userIds: string[], from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`
      (SELECT json_build_object(
                'timeZone', p.time_zone,
                'settings', ${settingsJsonSql(Prisma.sql`u.id`)},
                'weekly', ${weeklyJsonSql(Prisma.sql`u.id`)},
                'overrides', ${overridesJsonSql(Prisma.sql`u.id`)},
                'offeredTypes', (SELECT coalesce(json_agg(t.slug), '[]')
                                   FROM interviewer_offered_types ot
                                   JOIN interview_types t ON t.id = ot.interview_type_id
                                  WHERE ot.user_id = u.id))
         FROM users u JOIN profiles p ON p.user_id = u.id
        WHERE u.id = ${interviewerId} AND u.deleted_at IS NULL) AS stored,
      (SELECT coalesce(json_agg(x), '[]') FROM (${busyRowsSql(userIds, from, to)}) x) AS busy`;
}

export function toRecheckContext(row: RecheckContextRow | undefined, userIds: string[]): RecheckContext {
  const stored = row?.stored;
  // loadAvailability's answer for a deleted or profile-less interviewer.
  if (!stored) throw new AppError("NOT_FOUND", "Finish your profile first: it holds your time zone.");
  const rules = engineRulesFromJson({
    ...stored,
    settings: stored.settings ?? DEFAULT_SETTINGS,
    offeredTypes: [...stored.offeredTypes].sort(),
  });
  return { rules, busy: toBusyMap(userIds, row.busy) };
}
