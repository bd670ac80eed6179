import type { DbClient } from "../db";
import type { Interval } from "../availability/slot-engine";

export const ACTIVE_STATUSES = ["SCHEDULED", "COMPLETED"] as const;

export interface BusyTime {
  busy: Interval[];
  /** Starts of active bookings as interviewer, for the weekly cap. */
  interviewerStarts: Date[];
}

/**
 * Active bookings of these people that overlap [from, to), in any role. This is
 * the same notion of "active" as the database's no-overlap constraint.
 */
export async function busyTimes(
  client: DbClient,
  userIds: string[],
  from: Date,
  to: Date,
): Promise<Map<string, BusyTime>> {
  const rows = await client.bookingParticipant.findMany({
    where: {
      userId: { in: userIds },
      booking: { status: { in: [...ACTIVE_STATUSES] }, startsAt: { lt: to }, endsAt: { gt: from } },
    },
    select: { userId: true, role: true, booking: { select: { startsAt: true, endsAt: true } } },
  });
  const byUser = new Map<string, BusyTime>(userIds.map((id) => [id, { busy: [], interviewerStarts: [] }]));
  for (const row of rows) {
    const entry = byUser.get(row.userId)!;
    entry.busy.push({ start: row.booking.startsAt, end: row.booking.endsAt });
    if (row.role === "INTERVIEWER") entry.interviewerStarts.push(row.booking.startsAt);
  }
  return byUser;
}
