import type { DbClient } from "../db";
import { Prisma } from "../generated/prisma/client";
import { externalBusyRowsSql } from "../external-calendars/external-busy-sql";
import { PLAN_PER_CALL } from "../platform/statement-names";
import type { BusyRow, BusyTime } from "./types";

export const ACTIVE_STATUSES = ["SCHEDULED", "COMPLETED"] as const;

/**
 * Active bookings of these people that overlap [from, to), in any role. This is
 * the same notion of "active" as the database's no-overlap constraint. Busy
 * times from their connected calendars are added (role EXTERNAL: they block,
 * but never count towards the weekly cap; docs/decisions/0026-external-busy-times.md).
 */
export async function busyTimes(
  client: DbClient,
  userIds: string[],
  from: Date,
  to: Date,
): Promise<Map<string, BusyTime>> {
  // Joined in one statement: Prisma loads a nested relation with a query of its own.
  return toBusyMap(userIds, await client.$queryRaw<BusyRow[]>(busyRowsSql(userIds, from, to)));
}

/**
 * Up to this many people, busy time is read from the participants' own copy of
 * the booking's range and status (kept by triggers, migration
 * 20261125030000_bookings: `active` is booking_is_active(status), the same
 * statuses as ACTIVE_STATUSES, and `during` is [starts_at, ends_at)) through
 * the no-overlap constraint's GiST index: only the overlapping rows are read.
 * That is the booking transaction's re-check and the slot index's reload after a
 * booking, both one or two people, where it reads only the overlapping rows instead
 * of a busy interviewer's whole history (decision 0011). For many people at once a
 * GiST index cannot take the list of ids, and the btree on user_id joined to
 * bookings is faster.
 * busy-time.int.test.ts checks that both read the same.
 */
const FEW_PEOPLE = 32;

/** busyTimes' query, for a caller that folds it into a statement of its own (lib/booking/recheck-context.ts). */
export function busyRowsSql(userIds: string[], from: Date, to: Date): Prisma.Sql {
  if (userIds.length <= FEW_PEOPLE) {
    return Prisma.sql`
    SELECT p.user_id, p.role::text AS role, lower(p.during) AS starts_at, upper(p.during) AS ends_at
      FROM booking_participants p
     WHERE p.user_id = ANY(${userIds}::text[]) AND p.active
       AND p.during && tstzrange(${from}::timestamptz, ${to}::timestamptz, '[)')
    UNION ALL ${externalBusyRowsSql(userIds, from, to)}`;
  }
  // Planned per call: a kept generic plan cannot see that the array holds a thousand people.
  return Prisma.sql`
    SELECT ${Prisma.raw(PLAN_PER_CALL)} p.user_id, p.role::text AS role, b.starts_at, b.ends_at
      FROM booking_participants p
      JOIN bookings b ON b.id = p.booking_id
     WHERE p.user_id = ANY(${userIds}::text[])
       AND b.status = ANY(${[...ACTIVE_STATUSES]}::"BookingStatus"[])
       AND b.starts_at < ${to}::timestamptz AND b.ends_at > ${from}::timestamptz
    UNION ALL ${externalBusyRowsSql(userIds, from, to)}`;
}

/** Rows from busyRowsSql (times as Dates, or as JSON strings when aggregated) per person. */
export function toBusyMap(userIds: string[], rows: BusyRow[]): Map<string, BusyTime> {
  const byUser = new Map<string, BusyTime>(userIds.map((id) => [id, { busy: [], interviewerStarts: [] }]));
  for (const row of rows) {
    const entry = byUser.get(row.user_id)!;
    const start = new Date(row.starts_at);
    entry.busy.push({ start, end: new Date(row.ends_at) });
    if (row.role === "INTERVIEWER") entry.interviewerStarts.push(start);
  }
  return byUser;
}
