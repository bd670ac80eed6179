import type { TestProject } from "vitest/node";
import { createMigratedDatabase, dropDatabase, resolveTestServer, uniqueDatabaseName } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    testAdminUrl: string;
    testTemplateDb: string;
  }
}

/** Once per run: find a server and build a template database from the migrations. */
export default async function setup(project: TestProject) {
  const server = await resolveTestServer();
  const template = uniqueDatabaseName("mockloop_tmpl");
  await createMigratedDatabase(server.adminUrl, template);
  project.provide("testAdminUrl", server.adminUrl);
  project.provide("testTemplateDb", template);
  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.close();
  };
}
