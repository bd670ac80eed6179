import pg from "pg";
import { describe, expect, it } from "vitest";
import { freePort } from "../../lib/platform/free-port";
import { createMigratedDatabase, resolveTestServer } from "./test-server";

// The harness's last resort: with TEST_DATABASE_URL unset and nothing listening where it
// probes, it starts an embedded PostgreSQL 18 — and our migrations must run there too.
describe("test harness without a reachable server", () => {
  it("starts an embedded PostgreSQL and builds a database from the migrations on it", async () => {
    const saved = process.env.TEST_DATABASE_URL;
    delete process.env.TEST_DATABASE_URL;
    const closedPort = await freePort();
    const server = await resolveTestServer({ probeUrl: `postgresql://postgres@127.0.0.1:${closedPort}/postgres` });
    try {
      expect(server.kind).toBe("embedded");
      const url = await createMigratedDatabase(server.adminUrl, "mockloop_embedded_check");
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const version = await client.query<{ server_version_num: string }>("SHOW server_version_num");
      const migrations = await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
      await client.end();
      expect(Number(version.rows[0]?.server_version_num)).toBeGreaterThanOrEqual(180000);
      expect(migrations.rowCount).toBeGreaterThan(0);
    } finally {
      await server.close();
      if (saved !== undefined) process.env.TEST_DATABASE_URL = saved;
    }
  });
});
