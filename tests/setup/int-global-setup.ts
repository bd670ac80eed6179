import { PgBoss } from "pg-boss";
import type { TestProject } from "vitest/node";
import {
  createMigratedDatabase,
  dropDatabase,
  dropOrphanDatabases,
  resolveTestServer,
  uniqueDatabaseName,
} from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    testAdminUrl: string;
    testTemplateDb: string;
  }
}

/** Once per run: find a server and build a template database from the migrations. */
export default async function setup(project: TestProject) {
  const server = await resolveTestServer();
  await dropOrphanDatabases(server.adminUrl);
  const template = uniqueDatabaseName("mockloop_tmpl");
  const templateUrl = await createMigratedDatabase(server.adminUrl, template);
  // pg-boss creates its schema on first start; do it once on the template so no test's
  // first enqueue has to, inside a booking transaction.
  const boss = new PgBoss({ connectionString: templateUrl, supervise: false, schedule: false, max: 1 });
  await boss.start();
  await boss.stop({ graceful: false, close: true });
  project.provide("testAdminUrl", server.adminUrl);
  project.provide("testTemplateDb", template);
  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.close();
  };
}
