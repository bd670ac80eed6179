import { Prisma } from "../generated/prisma/client";

/**
 * A block works both ways: whoever blocked whom, neither person is offered to, shown to, or can book the other
 * (lib/users/blocks.ts keeps who blocked whom). The rule's three forms, for the three kinds of reader; they are
 * tested to agree (block-rule.int.test.ts).
 */

/** SQL: true when the two users (SQL expressions) are blocked either way. */
export function blockedEitherWaySql(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM user_blocks
    WHERE (blocker_id = ${a} AND blocked_id = ${b}) OR (blocker_id = ${b} AND blocked_id = ${a}))`;
}

/** SQL: the ids of everyone blocked either way with `userId`, as an array. */
export function blockedWithSql(userId: string): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT blocked_id FROM user_blocks WHERE blocker_id = ${userId}
    UNION SELECT blocker_id FROM user_blocks WHERE blocked_id = ${userId})`;
}

/** Prisma: users not blocked either way with `userId`. */
export function notBlockedWithWhere(userId: string) {
  return {
    blocking: { none: { blockedId: userId } },
    blockedBy: { none: { blockerId: userId } },
  } satisfies Prisma.UserWhereInput;
}
