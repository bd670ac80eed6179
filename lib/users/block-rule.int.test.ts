import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";
import { blockedEitherWaySql, blockedWithSql, notBlockedWithWhere } from "./block-rule";

beforeAll(ensureInterviewTypes);

describe("the block rule's three forms", () => {
  it("agree for every pair among people who blocked one way, both ways, someone else, or nobody", async () => {
    const people = (await Promise.all([1, 2, 3, 4].map(() => createTestUser()))).map((u) => u.caller);
    const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    // a blocked b; b and c blocked each other; d blocked nobody and nobody blocked d.
    await db().userBlock.createMany({
      data: [
        { blockerId: a.id, blockedId: b.id },
        { blockerId: b.id, blockedId: c.id },
        { blockerId: c.id, blockedId: b.id },
      ],
    });
    const ids = people.map((p) => p.id);
    const expected = new Set([`${a.id}|${b.id}`, `${b.id}|${a.id}`, `${b.id}|${c.id}`, `${c.id}|${b.id}`]);

    for (const viewer of people) {
      const [listed] = await db().$queryRaw<{ blocked: string[] }[]>`SELECT ${blockedWithSql(viewer.id)} AS blocked`;
      const blocked = listed!.blocked;
      const unblocked = await db().user.findMany({
        where: { id: { in: ids }, ...notBlockedWithWhere(viewer.id) },
        select: { id: true },
      });
      for (const other of people) {
        if (other === viewer) continue;
        const [tested] = await db().$queryRaw<{ either: boolean }[]>`
          SELECT ${blockedEitherWaySql(Prisma.sql`${viewer.id}`, Prisma.sql`${other.id}`)} AS either`;
        const either = tested!.either;
        const want = expected.has(`${viewer.id}|${other.id}`);
        expect(either, "the SQL test").toBe(want);
        expect(blocked.includes(other.id), "the SQL list").toBe(want);
        expect(!unblocked.some((u) => u.id === other.id), "the Prisma where").toBe(want);
      }
    }
  });
});
