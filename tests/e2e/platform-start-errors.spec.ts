import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../../lib/platform/free-port";
import { killGroup, spawnGroup } from "./support/processes";

// Issue #21: with DATABASE_URL set and no AUTH_SECRET the app started, and a magic-link request answered
// 202 "We sent a sign-in link" while nothing was sent. The production server (as the image runs it) refuses.
// npm start's own checks are in tests/platform/npm-start-errors.int.test.ts.
test("the production server refuses to start without AUTH_SECRET, in one sentence", async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/mockloop_unused",
  };
  delete env.AUTH_SECRET;
  const next = path.join(process.cwd(), "node_modules", ".bin", "next");
  const app = spawnGroup(next, ["start", "-p", String(await freePort()), "-H", "127.0.0.1"], env);
  try {
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain("MockLoop cannot start: AUTH_SECRET is required in production");
  } finally {
    killGroup(app);
  }
});
