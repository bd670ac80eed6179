import { activeUser } from "../auth/sessions";
import { db, type DbClient } from "../db";
import { Prisma } from "../generated/prisma/client";

/**
 * Who peers can book: the one rule the dashboard, the personal booking page,
 * peer search and slot search's candidate selection read (decisions 0032, 0033).
 * It is what the slot engine needs before it can open anyone's times: an active
 * account with a profile (their zone), saved availability, some hours (weekly, or
 * a date opened by an override: dates alone can open times), and at least one
 * interview type still offered. bookable.int.test.ts checks the two forms agree.
 */
export const bookableWhere = {
  ...activeUser,
  profile: { isNot: null },
  availabilitySettings: { isNot: null },
  OR: [{ weeklyRanges: { some: {} } }, { overrides: { some: { ranges: { some: {} } } } }],
  offeredTypes: { some: { interviewType: { retiredAt: null } } },
} satisfies Prisma.UserWhereInput;

/** The same rule as SQL on the users row `user` (an alias), for statements that load interviewers in bulk. */
export function bookableSql(user: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(user)) throw new Error(`Bad SQL alias ${user}`);
  const u = Prisma.raw(user);
  return Prisma.sql`(${u}.suspended_at IS NULL AND ${u}.deleted_at IS NULL
    AND EXISTS (SELECT 1 FROM profiles bp WHERE bp.user_id = ${u}.id)
    AND EXISTS (SELECT 1 FROM availability_settings bs WHERE bs.user_id = ${u}.id)
    AND (EXISTS (SELECT 1 FROM availability_weekly_ranges bw WHERE bw.user_id = ${u}.id)
         OR EXISTS (SELECT 1 FROM availability_overrides bo
                      JOIN availability_override_ranges br ON br.override_id = bo.id
                     WHERE bo.user_id = ${u}.id))
    AND EXISTS (SELECT 1 FROM interviewer_offered_types bt
                  JOIN interview_types bi ON bi.id = bt.interview_type_id
                 WHERE bt.user_id = ${u}.id AND bi.retired_at IS NULL))`;
}

/** What someone still has to do before peers can book them, in the order the availability page asks. */
export type BookableGap = "hours" | "types";

export interface Bookability {
  bookable: boolean;
  missing: BookableGap[];
}

export async function bookabilityOf(userId: string, client: DbClient = db()): Promise<Bookability> {
  const user = await client.user.findFirst({
    where: { id: userId, ...activeUser },
    select: {
      availabilitySettings: { select: { userId: true } },
      _count: {
        select: {
          weeklyRanges: true,
          overrides: { where: { ranges: { some: {} } } },
          offeredTypes: { where: { interviewType: { retiredAt: null } } },
        },
      },
    },
  });
  const missing: BookableGap[] = [];
  if (!user?.availabilitySettings || user._count.weeklyRanges + user._count.overrides === 0) missing.push("hours");
  if (!user?.availabilitySettings || user._count.offeredTypes === 0) missing.push("types");
  return { bookable: missing.length === 0, missing };
}
