import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createEmbeddedServer } from "./embedded-postgres";
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
  const server = await createEmbeddedServer({ dataDir, port });
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
