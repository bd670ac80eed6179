import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../lib/platform/free-port";
import { PEER_ADDRESS_HEADER as READ_BY_LIB } from "../lib/security/client-address";
import { DEFAULT_MAX_WORKERS, PEER_ADDRESS_HEADER, workerCount } from "./serve-cluster.mjs";

describe("workerCount", () => {
  it("defaults to the machine's cores, but not dozens on a large host", () => {
    expect(workerCount(undefined, 2)).toBe(2);
    expect(workerCount("", 1)).toBe(1);
    expect(workerCount(undefined, 64)).toBe(DEFAULT_MAX_WORKERS);
  });

  it("takes a whole number from 1 to the maximum", () => {
    expect(workerCount("1", 2)).toBe(1);
    expect(workerCount(" 3 ", 2)).toBe(3);
    expect(workerCount("64", 2)).toBe(64);
  });

  it("names what is wrong with anything else", () => {
    expect(workerCount("two", 2)).toMatch(/WEB_CONCURRENCY is invalid: "two" is not a whole number/);
    expect(workerCount("0", 2)).toMatch(/must be 1–64, not 0/);
    expect(workerCount("1.5", 2)).toMatch(/not a whole number/);
    expect(workerCount("65", 2)).toMatch(/not 65/);
  });
});

// The launcher itself, on a tiny server that answers with its pid.
const SERVER = `
const http = require("node:http");
if (process.env.FAIL_BEFORE_LISTEN) process.exit(3);
http.createServer((req, res) => {
  if (req.url === "/peer") { res.end(String(req.headers["x-mockloop-peer-address"])); return; }
  if (req.url === "/die") { res.end("bye"); setTimeout(() => process.exit(1), 10); return; }
  res.end(String(process.pid));
}).listen(Number(process.env.PORT));
process.on("SIGTERM", () => process.exit(0));
`;

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

async function launch(env: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "serve-cluster-"));
  const entry = path.join(dir, "server.cjs");
  await writeFile(entry, SERVER);
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "serve-cluster.mts"), entry], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { port, child, exited, output: () => output };
}

async function pidOf(port: number): Promise<string> {
  for (let i = 0; i < 200; i++) {
    try {
      // A new connection each time, so the primary hands it to the next worker. A connection handed to the worker
      // that is just exiting is lost, not refused: it is given up after a while and asked again.
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { connection: "close" },
        signal: AbortSignal.timeout(2000),
      });
      return await res.text();
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  throw new Error("the cluster never answered");
}

// Each test spawns a cluster of Node processes: seconds on a busy machine, not the default 5.
describe("serve-cluster", { timeout: 30_000 }, () => {
  it("serves one port from WEB_CONCURRENCY processes and replaces one that dies", async () => {
    const { port, child, exited } = await launch({ WEB_CONCURRENCY: "2" });
    // The second worker may start listening seconds after the first on a busy machine: ask until both answered.
    const seen = new Set<string>();
    for (let i = 0; i < 400 && seen.size < 2; i++) {
      seen.add(await pidOf(port));
      if (seen.size < 2) await new Promise((r) => setTimeout(r, 25));
    }
    expect(seen.size).toBe(2);

    await fetch(`http://127.0.0.1:${port}/die`, { headers: { connection: "close" } });
    const after = new Set<string>();
    for (let i = 0; i < 60 && (after.size < 2 || [...after].every((p) => seen.has(p))); i++) {
      after.add(await pidOf(port));
      await new Promise((r) => setTimeout(r, 25));
    }
    expect([...after].some((p) => !seen.has(p))).toBe(true); // a new worker took the dead one's place

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("stops with the worker's code, saying why, when workers keep dying before they ever listened", async () => {
    const { exited, output } = await launch({ WEB_CONCURRENCY: "2", FAIL_BEFORE_LISTEN: "1" });
    expect(await exited).toBe(3);
    expect(output()).toMatch(/failed 5 times in a row before it was ready \(last: exit 3\)/);
  });

  it("starts the only worker again when it is killed", async () => {
    const { port, child, exited, output } = await launch({ WEB_CONCURRENCY: "1" });
    const first = await pidOf(port);
    process.kill(Number(first), "SIGKILL");
    const said = new RegExp(`worker ${first} stopped \\(SIGKILL\\); starting another`);
    while (!said.test(output())) await new Promise((r) => setTimeout(r, 25));
    expect(await pidOf(port)).not.toBe(first);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("stamps each request with its socket's peer address, over whatever the client sent", async () => {
    expect(PEER_ADDRESS_HEADER).toBe(READ_BY_LIB);
    const { port, child } = await launch({ WEB_CONCURRENCY: "1" });
    await pidOf(port);
    const response = await fetch(`http://127.0.0.1:${port}/peer`, {
      headers: { [PEER_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "198.51.100.7", connection: "close" },
    });
    expect(await response.text()).toMatch(/^(127\.0\.0\.1|::ffff:127\.0\.0\.1)$/);
    child.kill("SIGTERM");
  });

  it("preloads the live room's /collab proxy into every worker, and leaves other upgrades alone", async () => {
    // Nothing listens on the sync server's port: a proxied upgrade answers 502, an unproxied one would not.
    const { port, child } = await launch({ WEB_CONCURRENCY: "2", COLLAB_PORT: String(await freePort()) });
    await pidOf(port);
    const statusOf = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request({ port, path, headers: { connection: "Upgrade", upgrade: "websocket" } });
        request.on("response", (response) => resolve(response.statusCode ?? 0));
        request.on("upgrade", (response) => resolve(response.statusCode ?? 0));
        request.on("error", reject);
        request.end();
      });
    for (let i = 0; i < 4; i++) expect(await statusOf("/collab/some-booking")).toBe(502);
    expect(await statusOf("/other")).toBe(404);
    child.kill("SIGTERM");
  });

  it("refuses a bad WEB_CONCURRENCY in a sentence", async () => {
    const { exited, output } = await launch({ WEB_CONCURRENCY: "lots" });
    expect(await exited).toBe(1);
    expect(output()).toMatch(/WEB_CONCURRENCY is invalid/);
  });
});
