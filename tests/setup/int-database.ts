import { afterAll, inject } from "vitest";
import { forgetEnv } from "../../lib/env";
import { cloneDatabase, dropDatabase, uniqueDatabaseName } from "./test-server";

// Each integration test file gets a database of its own, cloned from the migrated template,
// and lib/db picks it up through DATABASE_URL.
// Files share a worker process (vitest.config.mts): each starts from the environment the one before it found.
const environment = { ...process.env };
const adminUrl = inject("testAdminUrl");
const name = uniqueDatabaseName("mockloop_test");
process.env.DATABASE_URL = await cloneDatabase(adminUrl, inject("testTemplateDb"), name);
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
forgetEnv();

afterAll(async () => {
  const { stopBoss } = await import("../../lib/jobs/boss");
  await stopBoss(2_000);
  const holder = globalThis as unknown as { mockloopDb?: { $disconnect(): Promise<void> } };
  await holder.mockloopDb?.$disconnect();
  holder.mockloopDb = undefined;
  await dropDatabase(adminUrl, name);
  for (const key of Object.keys(process.env)) if (!(key in environment)) delete process.env[key];
  Object.assign(process.env, environment);
  forgetEnv();
});
