import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "@playwright/test";
import { applyMigrations } from "../../lib/platform/apply-migrations";
import { createEmbeddedServer, ensureDatabase } from "../../lib/platform/embedded-postgres";
import { freePort } from "../../lib/platform/free-port";
import { expectStatus, killGroup, spawnGroup } from "./support/processes";
import { expect } from "@playwright/test";

// Health follows the database: 503 while the embedded PostgreSQL this test started is down,
// 200 again once it is back, without restarting the app. Never touches the shared server.
test.describe.configure({ timeout: 180_000 });

test("health answers 503 while the database is down and recovers by itself; pages say so and come back by themselves", async ({
  page,
}) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mockloop-health-"));
  const database = await createEmbeddedServer({
    dataDir: path.join(dir, "pg"),
    port: await freePort(),
    durable: false,
  });
  await database.start();
  const appPort = await freePort();
  const app = spawnGroup(
    path.join(process.cwd(), "node_modules", ".bin", "next"),
    ["start", "-p", String(appPort), "-H", "127.0.0.1"],
    {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: database.url("mockloop"),
      AUTH_SECRET: "health-secret-health-secret-health-secret",
    },
  );
  const health = `http://127.0.0.1:${appPort}/api/v1/health`;
  try {
    await ensureDatabase(database.url(), "mockloop");
    await applyMigrations(database.url("mockloop"));
    await expectStatus(health, 200);

    // A session cookie makes the page look its owner up in the database.
    await page
      .context()
      .addCookies([{ name: "mockloop.session", value: "no-such-session", url: `http://127.0.0.1:${appPort}` }]);

    await database.stop();
    await expectStatus(health, 503);
    const api = await fetch(`http://127.0.0.1:${appPort}/api/v1/me`, {
      headers: { cookie: "mockloop.session=no-such-session" },
    });
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("5");
    await page.goto(`http://127.0.0.1:${appPort}/dashboard`);
    await expect(page.getByRole("heading", { name: "MockLoop can't reach its database" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Trying again");
    await expect(page.getByText("Something went wrong on our side")).toHaveCount(0);

    await database.start();
    await expectStatus(health, 200);
    // The page renders again by itself: the unknown session now leads to sign-in.
    await expect(page).toHaveURL(/\/sign-in/, { timeout: 30_000 });
  } finally {
    killGroup(app);
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
