import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { cloneDatabase, dropDatabase, uniqueDatabaseName } from "../../tests/setup/test-server";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "../platform/apply-migrations";

const MIGRATION = "20261205150000_rubric_descriptors_list";
const adminUrl = inject("testAdminUrl");
const name = uniqueDatabaseName("mockloop_desc");
let dir = "";

afterAll(async () => {
  await dropDatabase(adminUrl, name);
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("the move to a descriptor list keeps every published competency's words, in order", async () => {
  // A database migrated up to just before the change, holding a rubric written with four columns.
  dir = await mkdtemp(path.join(os.tmpdir(), "mockloop-desc-"));
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  for (const entry of await readdir(dir)) {
    if (entry >= MIGRATION && entry !== "migration_lock.toml") await rm(path.join(dir, entry), { recursive: true });
  }
  const url = await cloneDatabase(adminUrl, "template0", name);
  await applyMigrations(url, { dir });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO interview_types (id, slug, name, duration_minutes, description) VALUES ('t', 't', 'T', 60, 'T');
      INSERT INTO rubrics (id, interview_type_id) VALUES ('r', 't');
      INSERT INTO rubric_versions (id, rubric_id, version, title) VALUES ('v', 'r', 1, 'V1');
      INSERT INTO rubric_competencies (id, rubric_version_id, key, name, description, weight, position,
                                       descriptor_1, descriptor_2, descriptor_3, descriptor_4)
      VALUES ('c', 'v', 'scoping', 'Scoping', 'Measures scoping.', 1, 0, 'one', 'two', 'three', 'four')`);

    await applyMigrations(url);
    const { rows } = await client.query<{ descriptors: string[] }>(
      "SELECT descriptors FROM rubric_competencies WHERE id = 'c'",
    );
    expect(rows[0]?.descriptors).toEqual(["one", "two", "three", "four"]);
  } finally {
    await client.end();
  }
});
