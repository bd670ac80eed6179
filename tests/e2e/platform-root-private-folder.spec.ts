import { execFileSync } from "node:child_process";
import { lstat, mkdtemp, readlink, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../../lib/platform/free-port";
import { envWithoutDatabase, interruptGroup, killGroup, spawnGroup, type Spawned } from "./support/processes";

// Issue #21: on a fresh server the person is root and clones into their 0700 home folder; the README
// promises that `npm start` works there. The embedded PostgreSQL runs as the postgres user, which
// cannot enter that folder: its binaries and data must go where it can (lib/platform/postgres-home.ts).
test.describe.configure({ timeout: 600_000 });
test.skip(process.getuid?.() !== 0, "only root meets this: PostgreSQL runs as another user");

test("npm start works from a clone in a 0700 folder when run as root", async () => {
  const root = process.cwd();
  const home = await mkdtemp(path.join(os.tmpdir(), "mockloop-root-home-")); // 0700, as /root
  const clone = path.join(home, "mockloop");
  execFileSync("git", ["clone", "--quiet", root, clone]);
  // Hard-linked copies: node_modules as `npm install` would leave it (inside the private folder),
  // and the build of these same sources, so npm start need not build again.
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(clone, "node_modules")]);
  execFileSync("cp", ["-a", path.join(root, ".next"), path.join(clone, ".next")]); // a real copy: a rebuild there must not touch ours
  execFileSync(process.execPath, ["scripts/prisma-generate.mjs"], { cwd: clone }); // npm install's postinstall
  const port = await freePort();
  let run: Spawned | undefined;
  let dataTarget = "";
  try {
    run = spawnGroup("npm", ["start", "--prefix", clone], envWithoutDatabase({ PORT: String(port) }));
    const started = run;
    // Health's status, or npm start's output once it has exited: a failed start ends the wait at once.
    await expect
      .poll(
        async () =>
          started.child.exitCode !== null
            ? started.output()
            : fetch(`http://127.0.0.1:${port}/api/v1/health`).then(
                (r) => r.status,
                () => 0,
              ),
        { timeout: 480_000, intervals: [500, 1000] },
      )
      .toBe(200);
    expect(run.output()).not.toContain("cannot enter");
    const pgDir = path.join(clone, ".data", "pg");
    expect((await lstat(pgDir)).isSymbolicLink()).toBe(true);
    dataTarget = await readlink(pgDir);
    expect(dataTarget).toMatch(/^\/var\/lib\/mockloop\/data\//);

    interruptGroup(run);
    await run.exited;
    await expect.poll(() => run?.output() ?? "", { timeout: 30_000 }).toContain("[mockloop] stopped\n");
  } finally {
    if (run) killGroup(run);
    await rm(home, { recursive: true, force: true });
    if (dataTarget) await rm(dataTarget, { recursive: true, force: true });
  }
});
