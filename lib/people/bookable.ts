import { activeUser } from "../auth/sessions";
import { db, type DbClient } from "../db";
import type { Prisma } from "../generated/prisma/client";

/**
 * Who peers can book: the one rule the dashboard, the personal booking page and
 * peer search read (decision 0032). It is what slot search needs before it will
 * offer anyone's times: an active account with a profile (their zone), saved
 * availability, some weekly hours, and at least one interview type still offered.
 */
export const bookableWhere = {
  ...activeUser,
  profile: { isNot: null },
  availabilitySettings: { isNot: null },
  weeklyRanges: { some: {} },
  offeredTypes: { some: { interviewType: { retiredAt: null } } },
} satisfies Prisma.UserWhereInput;

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
        select: { weeklyRanges: true, offeredTypes: { where: { interviewType: { retiredAt: null } } } },
      },
    },
  });
  const missing: BookableGap[] = [];
  if (!user?.availabilitySettings || user._count.weeklyRanges === 0) missing.push("hours");
  if (!user?.availabilitySettings || user._count.offeredTypes === 0) missing.push("types");
  return { bookable: missing.length === 0, missing };
}
