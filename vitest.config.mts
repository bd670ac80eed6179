import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// Integration files that replace modules with vi.mock: a module another file loaded first would not be replaced.
const MOCKING = ["tests/security/route-fuzz.int.test.ts"];
const MOCKING_PROJECT = "int-mocked";

/**
 * Vitest's order, except that the mocking files go first. It orders by project name ("int", "int-mocked", "unit"), so
 * the route fuzz, the longest file, started after every other integration file and ran alone at the end, a core idle.
 */
class MockingFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const mocking = (file: TestSpecification) => file.project.name === MOCKING_PROJECT;
    return [...sorted.filter(mocking), ...sorted.filter((file) => !mocking(file))];
  }
}

const INTEGRATION = {
  environment: "node",
  globalSetup: ["tests/setup/int-global-setup.ts"],
  setupFiles: ["tests/setup/int-database.ts"],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

// Pure unit tests (*.test.ts beside their source) and integration tests (*.int.test.ts), which each get their own
// PostgreSQL database.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. Integration files spend much of
    // their time waiting on PostgreSQL (or on a worker process they start), and each has a database of its own, so
    // one worker more than the cores keeps them busy (decision 0040).
    maxWorkers: os.availableParallelism() + 1,
    // Files share their worker's process and modules instead of each starting a fresh one, which cost about a second
    // a file (decision 0040). Each integration file still gets its own database and environment
    // (tests/setup/int-database.ts); a file that replaces modules with vi.mock runs in the "int-mocked" project.
    isolate: false,
    sequence: { sequencer: MockingFirst },
    // next-auth imports "next/server" without an extension, which Node's ESM resolver
    // refuses; letting Vite process it resolves the import like Next's bundler does.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,app,components,scripts,prisma,tests}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.ts", "tests/e2e/**", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["{lib,app,components,scripts,prisma,tests}/**/*.int.test.ts"],
          exclude: ["tests/e2e/**", "node_modules/**", ...MOCKING],
          ...INTEGRATION,
        },
      },
      {
        extends: true,
        test: { name: MOCKING_PROJECT, include: MOCKING, isolate: true, ...INTEGRATION },
      },
    ],
  },
});
