import { createHash } from "node:crypto";
import { cp, mkdtemp, mkdir, rm, writeFile, appendFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { dropDatabase, uniqueDatabaseName, withDatabase } from "../../tests/setup/test-server";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, readMigrations } from "./apply-migrations";

const adminUrl = inject("testAdminUrl");
const created: string[] = [];

async function freshDatabase(): Promise<string> {
  const name = uniqueDatabaseName("mockloop_mig");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  created.push(name);
  return withDatabase(adminUrl, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const copies: string[] = [];

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mockloop-migrations-"));
  copies.push(dir);
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

afterEach(async () => {
  await Promise.all([
    ...created.splice(0).map((name) => dropDatabase(adminUrl, name)),
    ...copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })),
  ]);
});

describe("applyMigrations", () => {
  it("applies every migration once and records Prisma's sha256 checksums", async () => {
    const url = await freshDatabase();
    const files = await readMigrations();
    const first = await applyMigrations(url);
    expect(first.applied).toEqual(files.map((f) => f.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      const expected = createHash("sha256").update(files[i]!.sql).digest("hex");
      expect(row.checksum).toBe(expected);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }

    const second = await applyMigrations(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toHaveLength(files.length);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    await applyMigrations(url, { dir });
    const [firstMigration] = await readMigrations(dir);
    await appendFile(path.join(dir, firstMigration!.name, "migration.sql"), "\n-- an innocent-looking edit\n");
    await expect(applyMigrations(url, { dir })).rejects.toThrow(/was edited after it was applied/);
  });

  it("rolls back a failing migration entirely and records nothing for it", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "99990101000000_broken"));
    await writeFile(
      path.join(dir, "99990101000000_broken", "migration.sql"),
      `CREATE TABLE "half_done" (id int);\nSELECT * FROM "table_that_does_not_exist";\n`,
    );
    await expect(applyMigrations(url, { dir })).rejects.toThrow(/99990101000000_broken failed and was rolled back/);
    const tables = await query(url, `SELECT 1 FROM pg_tables WHERE tablename = 'half_done'`);
    expect(tables).toHaveLength(0);
    const recorded = await query(
      url,
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`,
    );
    expect(recorded).toHaveLength(0);
  });

  it("serialises concurrent runs with an advisory lock so each migration is applied once", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    const appliedCounts = results.map((r) => r.applied.length).sort();
    const total = (await readMigrations()).length;
    expect(appliedCounts).toEqual([0, 0, total]);
    const rows = await query(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(total);
  });
});
