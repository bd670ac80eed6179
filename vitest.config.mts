import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: pure unit tests (*.test.ts beside their source) and integration
// tests (*.int.test.ts) that each get their own PostgreSQL database.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. Integration files spend much of
    // their time waiting on PostgreSQL, and each has a database of its own, so a worker a core keeps both busy.
    maxWorkers: Math.max(2, os.availableParallelism()),
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
          exclude: ["tests/e2e/**", "node_modules/**"],
          environment: "node",
          globalSetup: ["tests/setup/int-global-setup.ts"],
          setupFiles: ["tests/setup/int-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
