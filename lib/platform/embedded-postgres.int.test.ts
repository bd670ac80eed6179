import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { lstat, mkdir, mkdtemp, readFile, readlink, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createEmbeddedServer } from "./embedded-postgres";
import { POSTGRES_HOME } from "./postgres-home";
import { canConnect, freePort } from "./free-port";

// npm start stops the app and worker first and PostgreSQL last (docs/decisions/0002-embedded-postgres.md).
// One data folder for every test: initdb runs once, later starts take well under a second.
let tempDir: string;
let dataDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "mockloop-embedded-"));
  dataDir = path.join(tempDir, "pg");
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

const processGroup = (pid: number) =>
  execFileSync("ps", ["-o", "pgid=", "-p", String(pid)], { encoding: "utf8" }).trim();

async function postmasterPid(): Promise<number> {
  return Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
}

/** Runs tests/platform/embedded-postgres-owner.ts in a process group of its own, as a terminal runs npm start. */
function runOwner(port: number, mode: "sigint" | "exit") {
  const root = path.resolve(import.meta.dirname, "../..");
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const owner = path.join(root, "tests", "platform", "embedded-postgres-owner.ts");
  const child = spawn(tsx, [owner, dataDir, String(port), mode], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { pid: child.pid!, output: () => output, exited };
}

it("runs PostgreSQL in a process group of its own, so a terminal's Ctrl-C does not reach it, and stop() stops it", async () => {
  const port = await freePort();
  const server = await createEmbeddedServer({ dataDir, port, durable: false });
  await server.start();
  try {
    const pid = await postmasterPid();
    expect(processGroup(pid)).toBe(String(pid));
    expect(processGroup(pid)).not.toBe(processGroup(process.pid));
  } finally {
    await server.stop();
  }
  expect(await canConnect("127.0.0.1", port)).toBe(false);
  expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
}, 60_000);

it("keeps PostgreSQL up after Ctrl-C until its owner stops it", async () => {
  const owner = runOwner(await freePort(), "sigint");
  await expect.poll(owner.output, { timeout: 30_000 }).toContain("started");
  process.kill(-owner.pid, "SIGINT"); // the whole group, as a terminal's Ctrl-C
  expect(await owner.exited, owner.output()).toBe(0);
  expect(owner.output()).toContain("stopped in order");
  expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
}, 60_000);

it("stops PostgreSQL when its owner exits without stopping it", async () => {
  const port = await freePort();
  const owner = runOwner(port, "exit");
  expect(await owner.exited, owner.output()).toBe(1);
  expect(owner.output()).toContain("started");
  await expectStoppedCleanly(port);
}, 60_000);

it("stops PostgreSQL when its owner is killed outright, as tsx does to a child slow to answer Ctrl-C", async () => {
  const port = await freePort();
  const owner = runOwner(port, "sigint");
  await expect.poll(owner.output, { timeout: 30_000 }).toContain("started");
  process.kill(-owner.pid, "SIGKILL");
  await owner.exited;
  await expectStoppedCleanly(port);
}, 60_000);

/** A clean shutdown removes postmaster.pid; an orphaned server would keep it and its port. */
async function expectStoppedCleanly(port: number): Promise<void> {
  await expect.poll(() => existsSync(path.join(dataDir, "postmaster.pid")), { timeout: 10_000 }).toBe(false);
  expect(await canConnect("127.0.0.1", port)).toBe(false);
}

async function query(port: number, sql: string): Promise<string> {
  const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(sql);
    return String(Object.values(rows[0] ?? {})[0]);
  } finally {
    await client.end();
  }
}

const answers = (port: number) =>
  query(port, "SELECT 1").then(
    () => true,
    () => false,
  );

it("runs durably unless told otherwise: npm start's data survives a power cut", async () => {
  const port = await freePort();
  const events: string[] = [];
  const server = await createEmbeddedServer({ dataDir, port, log: (line) => events.push(line) });
  await server.start();
  try {
    // The tests before ran this folder with fsync off: what they wrote is flushed first.
    expect(events).toContain("flushed to disk what PostgreSQL wrote while it ran without fsync");
    expect(await query(port, "SHOW fsync")).toBe("on");
    expect(await query(port, "SHOW synchronous_commit")).toBe("on");
    expect(await query(port, "SHOW full_page_writes")).toBe("on");
  } finally {
    await server.stop();
  }
}, 60_000);

it("starts PostgreSQL again when it dies", async () => {
  const port = await freePort();
  const events: string[] = [];
  const server = await createEmbeddedServer({
    dataDir,
    port,
    durable: false,
    supervise: { report: (line) => events.push(line), giveUp: (reason) => events.push(`gave up: ${reason}`) },
  });
  await server.start();
  try {
    const first = await postmasterPid();
    process.kill(first, "SIGKILL");
    await expect.poll(() => events.join("\n"), { timeout: 30_000 }).toContain("PostgreSQL is running again");
    expect(events[0]).toMatch(/PostgreSQL stopped unexpectedly \(SIGKILL\)/);
    expect(await answers(port)).toBe(true);
    expect(await postmasterPid()).not.toBe(first);
  } finally {
    await server.stop();
  }
  await expectStoppedCleanly(port);
}, 60_000);

/** pg_ctl as an operator would run it, as the user that owns the data (PostgreSQL refuses root). */
async function pgCtl(args: string[]): Promise<void> {
  const { pg_ctl } = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { pg_ctl: string };
  const ids = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  const asUser = process.getuid?.() === 0 ? { uid: ids("-u"), gid: ids("-g") } : {};
  const child = spawn(pg_ctl, ["-D", dataDir, "-w", "-m", "fast", ...args], {
    ...asUser,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const [code] = (await once(child, "exit")) as [number | null];
  expect(code).toBe(0);
}

it("follows a PostgreSQL restarted from outside, stops it on stop(), and the next start works", async () => {
  const port = await freePort();
  const events: string[] = [];
  const server = await createEmbeddedServer({
    dataDir,
    port,
    durable: false,
    supervise: { report: (line) => events.push(line), giveUp: (reason) => events.push(`gave up: ${reason}`) },
  });
  await server.start();
  await pgCtl(["restart"]);
  // Whichever won the race to restart it, a server is up and it is stopped with ours.
  await expect.poll(() => answers(port), { timeout: 30_000 }).toBe(true);
  await server.stop();
  await expectStoppedCleanly(port);
  expect(events.join("\n")).not.toContain("gave up");

  await server.start(); // no "lock file postmaster.pid already exists"
  expect(await answers(port)).toBe(true);
  await server.stop();
  await expectStoppedCleanly(port);
}, 60_000);

it("clears the lock of a server that is gone, even when its pid now belongs to another process", async () => {
  // After a crash and a reboot the old pid is often some other program's: PostgreSQL alone would refuse to start.
  const stranger = spawn("cat", [], { stdio: ["pipe", "ignore", "ignore"] });
  const port = await freePort();
  await writeFile(path.join(dataDir, "postmaster.pid"), `${stranger.pid}\n${dataDir}\n0\n${port}\n`);
  const server = await createEmbeddedServer({ dataDir, port, durable: false });
  try {
    await server.start();
    expect(await answers(port)).toBe(true);
  } finally {
    await server.stop();
    stranger.kill();
  }
}, 60_000);

it("never removes the lock of a live server, and says who holds the folder", async () => {
  const port = await freePort();
  const running = await createEmbeddedServer({ dataDir, port, durable: false });
  await running.start();
  try {
    const second = await createEmbeddedServer({ dataDir, port: await freePort(), durable: false });
    await expect(second.start()).rejects.toThrow(
      /A PostgreSQL server \(pid \d+\) is already running on .*MOCKLOOP_DATA_DIR/,
    );
    expect(await answers(port)).toBe(true);
  } finally {
    await running.stop();
  }
}, 60_000);

it.runIf(process.getuid?.() === 0)(
  "as root, keeps the data of a project in a private (0700) folder where the postgres user can reach it, across restarts",
  async () => {
    // As a clone in /root: the postgres user cannot enter the folder above the project.
    const home = path.join(tempDir, "root-home");
    await mkdir(home, { mode: 0o700 });
    const projectData = path.join(home, "mockloop", ".data", "pg");
    const port = await freePort();
    const server = await createEmbeddedServer({ dataDir: projectData, port, durable: false });
    let target = "";
    try {
      await server.start();
      target = await readlink(projectData);
      expect((await lstat(projectData)).isSymbolicLink()).toBe(true);
      expect(target.startsWith(path.join(POSTGRES_HOME, "data"))).toBe(true);
      expect(await query(port, "SHOW data_directory")).toBe(target);
      await query(port, "CREATE TABLE kept (id int)");
      await server.stop();
      await server.start(); // the same data again, through the link
      expect(await query(port, "SELECT count(*) FROM kept")).toBe("0");
    } finally {
      await server.stop();
      if (target) await rm(target, { recursive: true, force: true });
    }
  },
  120_000,
);
