import { Prisma } from "../generated/prisma/client";

/**
 * Busy time read from people's own calendars, in the shape of a booking busy
 * row (user_id, role, starts_at, ends_at), for slot search and the booking
 * re-check to add to their bookings. The role 'EXTERNAL' blocks the time but
 * never counts towards an interviewer's weekly cap. Read through the
 * (user_id, ends_at) index; a person with no calendar costs one index probe.
 */
export const EXTERNAL_BUSY_ROLE = "EXTERNAL";

export function externalBusyRowsSql(userIds: string[], from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT e.user_id, ${EXTERNAL_BUSY_ROLE}::text AS role, e.starts_at, e.ends_at
      FROM external_busy_times e
     WHERE e.user_id = ANY(${userIds}::text[])
       AND e.ends_at > ${from}::timestamptz AND e.starts_at < ${to}::timestamptz`;
}
