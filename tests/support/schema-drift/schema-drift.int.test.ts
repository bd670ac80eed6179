import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { RAW_SQL_OBJECTS } from "../../../prisma/raw-sql-objects";
import {
  actualSchemaFromDatabase,
  diffSchemas,
  expectedSchemaFromPrisma,
  missingAllowListed,
  type DatabaseShape,
} from "./schema-drift";
import { databaseMutations, schemaMutations } from "./schema-drift-mutations";

/**
 * The database this file gets (cloned from the template the int setup builds with
 * applyMigrations) must match prisma/schema.prisma. The mutation tests prove the check
 * can fail: they are generated from whatever models exist, so they keep working as
 * the schema grows.
 */

const SCHEMA_TEXT = readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");

// Read at collection time so the database mutations below can be generated from the real tables.
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const actual: DatabaseShape = await actualSchemaFromDatabase(client);
afterAll(async () => {
  await client.end();
});

const drift = (schemaText: string, db: DatabaseShape = actual) =>
  diffSchemas(expectedSchemaFromPrisma(schemaText), db, RAW_SQL_OBJECTS);

describe("database built from prisma/migrations vs prisma/schema.prisma", () => {
  it("has no drift", () => {
    // On failure vitest prints this list: each line is one difference to fix.
    expect(drift(SCHEMA_TEXT)).toEqual([]);
  });

  it("has every allow-listed raw-SQL object, each listed once with a reason", () => {
    expect(missingAllowListed(RAW_SQL_OBJECTS, actual)).toEqual([]);
    const keys = RAW_SQL_OBJECTS.map((o) => `${o.kind} ${"table" in o ? o.table : ""}.${o.name}`);
    expect(keys.length).toBe(new Set(keys).size);
    for (const o of RAW_SQL_OBJECTS) expect(o.why.trim(), `${o.kind} ${o.name} needs a why`).not.toBe("");
  });
});

describe("the drift check fails when schema.prisma changes", () => {
  it.each(schemaMutations(SCHEMA_TEXT))("$name", ({ text, expected }) => {
    expect(text, "mutation did not apply to schema.prisma").not.toBeNull();
    const differences = drift(text!);
    expect(differences.length).toBeGreaterThan(0);
    expect(
      differences.some((d) => expected.test(d)),
      `no difference matches ${expected}:\n${differences.join("\n")}`,
    ).toBe(true);
  });
});

// Each database change runs inside a transaction that is rolled back.
async function driftAfter(sql: string): Promise<string[]> {
  await client.query("BEGIN");
  try {
    await client.query(sql);
    return drift(SCHEMA_TEXT, await actualSchemaFromDatabase(client));
  } finally {
    await client.query("ROLLBACK");
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

describe("the drift check fails when the database changes", () => {
  it.each(databaseMutations(actual))("$name", async ({ sql, expected }) => {
    const differences = await driftAfter(sql);
    expect(
      differences.some((d) => expected.test(d)),
      `no difference matches ${expected}:\n${differences.join("\n")}`,
    ).toBe(true);
  });

  it("accepts an allow-listed raw-SQL object and reports a listed one that is missing", async () => {
    const [tableName] = Object.keys(actual.tables);
    await client.query("BEGIN");
    try {
      await client.query(`ALTER TABLE ${quoteIdent(tableName!)} ADD CONSTRAINT drift_probe_check CHECK (true)`);
      const db = await actualSchemaFromDatabase(client);
      const listed = [
        ...RAW_SQL_OBJECTS,
        { kind: "constraint" as const, table: tableName!, name: "drift_probe_check", why: "test" },
      ];
      expect(diffSchemas(expectedSchemaFromPrisma(SCHEMA_TEXT), db, listed)).toEqual([]);
    } finally {
      await client.query("ROLLBACK");
    }
    const ghost = [
      ...RAW_SQL_OBJECTS,
      { kind: "trigger" as const, table: tableName!, name: "no_such_trigger", why: "test" },
    ];
    expect(diffSchemas(expectedSchemaFromPrisma(SCHEMA_TEXT), actual, ghost)).toEqual([
      expect.stringMatching(/allow-listed trigger "no_such_trigger" on "[^"]+" does not exist/),
    ]);
  });
});
