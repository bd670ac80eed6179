import { expect, it } from "vitest";
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
