import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { canConnect, freePort } from "../../lib/platform/free-port";
import {
  envWithoutDatabase,
  expectStatus,
  interruptGroup,
  killGroup,
  spawnGroup,
  type Spawned,
} from "./support/processes";

// `npm start` from a fresh state: embedded PostgreSQL, migrations, seed, serve; Ctrl-C stops all of it; data survives.
test.describe.configure({ timeout: 240_000 });

/** The embedded server's port, from the postmaster.pid it writes (line 4). */
async function embeddedPort(dataDir: string): Promise<number> {
  const pid = await readFile(path.join(dataDir, "pg", "postmaster.pid"), "utf8");
  return Number(pid.split("\n")[3]);
}

async function withClient<T>(port: number, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/mockloop` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Ctrl-C reaches the whole process group, as in a terminal. npm itself dies by the
 * signal (exit code null); what matters is that the app and its database are gone,
 * in that order: the worker must not see PostgreSQL end its connections while it stops.
 */
async function stopWithCtrlC(run: Spawned, ports: number[]): Promise<void> {
  interruptGroup(run);
  await run.exited;
  for (const port of ports) {
    await expect.poll(() => canConnect("127.0.0.1", port), { timeout: 30_000 }).toBe(false);
  }
  // npm dies by the signal at once; what start.ts prints may reach the pipe a moment later.
  await expect.poll(() => run.output(), { timeout: 10_000 }).toContain("[mockloop] stopped\n");
  expect(run.output()).not.toMatch(/Error|ERR!/);
  expect(run.output()).not.toMatch(/job queue error|terminating connection|worker did not stop cleanly/);
}

test("npm start with no DATABASE_URL serves on an embedded PostgreSQL and keeps data across restarts", async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mockloop-start-"));
  const port = await freePort();
  const env = envWithoutDatabase({ PORT: String(port), MOCKLOOP_DATA_DIR: dataDir });
  const health = `http://127.0.0.1:${port}/api/v1/health`;
  let run: Spawned | undefined;
  try {
    run = spawnGroup("npm", ["start"], env);
    await expectStatus(health, 200);
    expect(run.output()).toContain("demo data seeded");
    // On its embedded database MockLoop is in demo mode: demo sign-in works.
    const demo = await fetch(`http://127.0.0.1:${port}/api/v1/auth/demo`, {
      method: "POST",
      // Demo sign-in sets a cookie, so like every cookie write it must come from MockLoop's own origin.
      headers: { "content-type": "application/json", origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify({ userId: "demo-priya" }),
    });
    expect(demo.status).toBe(204);
    expect(demo.headers.get("set-cookie")).toMatch(/mockloop\.session=.+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax/);
    const pgPort = await embeddedPort(dataDir);
    await withClient(pgPort, (c) =>
      c.query(
        `INSERT INTO system_settings (key, value) VALUES ('e2e_marker', 'kept') ON CONFLICT (key) DO UPDATE SET value = 'kept'`,
      ),
    );
    const secret = await readFile(path.join(dataDir, "auth-secret"), "utf8");

    await stopWithCtrlC(run, [port, pgPort]);

    run = spawnGroup("npm", ["start"], env);
    await expectStatus(health, 200);
    expect(run.output()).not.toContain("applying migration");
    expect(run.output()).not.toContain("building the app");
    const marker = await withClient(await embeddedPort(dataDir), (c) =>
      c.query<{ value: string }>(`SELECT value FROM system_settings WHERE key = 'e2e_marker'`),
    );
    expect(marker.rows[0]?.value).toBe("kept");
    expect(await readFile(path.join(dataDir, "auth-secret"), "utf8")).toBe(secret);

    await stopWithCtrlC(run, [port, await embeddedPort(dataDir).catch(() => port)]);
  } finally {
    if (run) killGroup(run);
    await rm(dataDir, { recursive: true, force: true });
  }
});
