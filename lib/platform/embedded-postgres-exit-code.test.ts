import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("loading the embedded PostgreSQL module", () => {
  it("leaves a process's own exit code alone (a failed test run must not exit 0)", () => {
    const result = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        "await import('./lib/platform/embedded-postgres.ts'); process.exitCode = 3;",
      ],
      { cwd: process.cwd(), encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(3);
  }, 30_000);
});
