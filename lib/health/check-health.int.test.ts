import { afterEach, expect, it } from "vitest";
import { db } from "../db";
import { checkHealth } from "./check-health";

// Issue #21: with the disk full, health stayed 200 while every booking failed with a 500.
// This file's own database (tests/setup/int-database.ts) is made to refuse writes.
afterEach(async () => {
  await db().$executeRawUnsafe("DROP TRIGGER IF EXISTS settings_disk_full ON system_settings");
});

it("is ok when the database answers and takes writes", async () => {
  expect(await checkHealth()).toMatchObject({ status: "ok", database: { status: "up" } });
});

it("reports the database as degraded when writes fail for lack of disk space (53100)", async () => {
  // A full disk cannot be made safely on a shared machine; PostgreSQL's own SQLSTATE for it can.
  await db().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$`);
  await db().$executeRawUnsafe(
    "CREATE TRIGGER settings_disk_full BEFORE INSERT OR UPDATE ON system_settings FOR EACH ROW EXECUTE FUNCTION disk_full()",
  );
  expect(await checkHealth()).toMatchObject({
    status: "degraded",
    database: { status: "read-only", error: "writes fail: the database is out of disk space (53100)" },
  });
});

it("reports the database as degraded when it has gone read-only", async () => {
  const readOnly = await db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL default_transaction_read_only = on");
    await tx.$executeRawUnsafe("SET LOCAL transaction_read_only = on");
    return checkHealth(tx);
  });
  expect(readOnly).toMatchObject({
    status: "degraded",
    database: { error: "writes fail: the database is read-only (25006)" },
  });
});
