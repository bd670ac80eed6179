import { expect, it } from "vitest";
import { busyTimes } from "../slot-search";
import { createPrismaClient } from "../db";
import { env } from "../env";

/** The wiring in lib/db.ts: a query run again on a connection reuses its prepared statement. */
it("runs a repeated query as one named prepared statement per connection", async () => {
  const client = createPrismaClient(env().DATABASE_URL, 1); // one connection, so every run shares it
  try {
    for (const n of [1, 2, 3]) {
      const [row] = await client.$queryRaw<{ n: number }[]>`SELECT ${n}::int AS n`;
      expect(row?.n).toBe(n);
    }
    const prepared = await client.$queryRaw<{ name: string; statement: string }[]>`
      SELECT name, statement FROM pg_prepared_statements`;
    const ours = prepared.filter((p) => p.statement.includes("AS n"));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.name).toMatch(/^ml_/);
  } finally {
    await client.$disconnect();
  }
});

it("keeps the many-people busy-time join out of the statement cache, so it is planned for its array each time", async () => {
  const client = createPrismaClient(env().DATABASE_URL, 1);
  try {
    const many = Array.from({ length: 40 }, (_, i) => `nobody-${i}`); // past the GiST form's 32 people
    for (let run = 0; run < 7; run++) await busyTimes(client, many, new Date(), new Date(Date.now() + 86_400_000));
    const prepared = await client.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements`;
    expect(prepared.some((p) => p.statement.includes("JOIN bookings b ON b.id = p.booking_id"))).toBe(false);
    // The two-person form, on every booking's path, is kept.
    for (let run = 0; run < 2; run++) await busyTimes(client, many.slice(0, 2), new Date(), new Date());
    const after = await client.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements`;
    expect(after.some((p) => p.statement.includes("p.during && tstzrange"))).toBe(true);
  } finally {
    await client.$disconnect();
  }
});
