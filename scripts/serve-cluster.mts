/**
 * Runs a Node HTTP server in several processes that share one port
 * (node:cluster): `node scripts/serve-cluster.mts <entry> [args…]`, for
 * example `next start -p 3000` or the standalone build's `server.js`.
 *
 * Why: Node runs an app's JavaScript on one thread, so one `next start` uses
 * one core however many the machine has; under load the other sat half idle
 * while requests queued (docs/decisions/0015-one-app-process-per-core.md).
 * Each worker is a whole app instance, as behind a load balancer: the slot
 * index and progress cache are per process and stay right through the
 * versions PostgreSQL keeps, rate limits and sessions live in PostgreSQL.
 *
 * WEB_CONCURRENCY sets the number of workers (default: the machine's cores,
 * at most 4: each worker peaks at ~400 MB, and in a container on a large host
 * the count of cores is the host's, not the container's share).
 * A worker that dies is replaced, at once and then with backoff while
 * replacements keep dying young (lib/platform/supervise.mts); the others keep
 * serving meanwhile. Only when five starts in a row die before they ever
 * listened (a bad setting, a missing build) does the whole server stop, with
 * the last one's exit code, so a misconfiguration does not loop. SIGINT and
 * SIGTERM are passed to every worker, and the primary exits when they have.
 *
 * Plain TypeScript with only node: imports (and supervise.mts, the same), so
 * Node 24 runs it directly (type stripping) in the Docker image, where tsx is
 * not installed.
 */
import cluster, { type Worker } from "node:cluster";
import http from "node:http";
import os from "node:os";
import { createRestartPolicy, describeExit, type Run } from "../lib/platform/supervise.mts";

export const MAX_WORKERS = 64;
export const DEFAULT_MAX_WORKERS = 4;

/** The number of workers WEB_CONCURRENCY asks for, or a sentence saying what is wrong with it. */
export function workerCount(value: string | undefined, cores: number): number | string {
  if (value === undefined || value.trim() === "") return Math.max(1, Math.min(cores, DEFAULT_MAX_WORKERS));
  if (!/^\d+$/.test(value.trim())) return `WEB_CONCURRENCY is invalid: "${value}" is not a whole number.`;
  const count = Number(value.trim());
  if (count < 1 || count > MAX_WORKERS) return `WEB_CONCURRENCY is invalid: must be 1–${MAX_WORKERS}, not ${count}.`;
  return count;
}

const say = (line: string) => console.log(`[cluster] ${line}`);

function main(): void {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error("usage: node scripts/serve-cluster.mts <entry.js> [args…]");
    process.exit(2);
  }
  const count = workerCount(process.env.WEB_CONCURRENCY, os.availableParallelism());
  if (typeof count === "string") {
    console.error(`MockLoop cannot start: ${count}`);
    process.exit(1);
  }

  // Each worker loads this file first (below), to stamp every request with its socket's peer, and passes
  // `/collab` WebSocket upgrades to the live room's sync server (scripts/collab-proxy.mts, decision 0022).
  const collabProxy = new URL("./collab-proxy.mts", import.meta.url).href;
  cluster.setupPrimary({
    exec: entry,
    args,
    execArgv: [...process.execArgv, "--import", import.meta.url, "--import", collabProxy],
  });
  let stopping = false;

  const stop = (signal: NodeJS.Signals, code: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    if (workers.length === 0) process.exit(code);
    let left = workers.length;
    for (const worker of workers) {
      worker.once("exit", () => {
        if (--left === 0) process.exit(code);
      });
      worker.process.kill(signal);
    }
    // A worker that ignores the signal must not keep the port.
    setTimeout(() => {
      for (const worker of workers) if (!worker.isDead()) worker.process.kill("SIGKILL");
    }, 15_000).unref();
  };

  const policy = createRestartPolicy("an app process");
  const runs = new WeakMap<Worker, Run>();
  const fork = () => runs.set(cluster.fork(), policy.start());
  const pending = new Set<NodeJS.Timeout>();

  cluster.on("listening", (worker) => {
    const run = runs.get(worker);
    if (run) policy.ready(run);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    const how = describeExit(code, signal);
    const decision = policy.exited(runs.get(worker) ?? policy.start(), how);
    if (!decision.restart) {
      say(`${decision.reason}; stopping`);
      for (const timer of pending) clearTimeout(timer);
      stop("SIGTERM", code || 1);
      return;
    }
    const after = decision.delayMs ? ` in ${Math.round(decision.delayMs / 1000)} s` : "";
    say(`worker ${worker.process.pid} stopped (${how}); starting another${after}`);
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (!stopping) fork();
    }, decision.delayMs);
    pending.add(timer);
  });
  process.on("SIGINT", () => stop("SIGINT", 0));
  process.on("SIGTERM", () => stop("SIGTERM", 0));

  if (count > 1) say(`${count} workers`);
  for (let i = 0; i < count; i++) fork();
}

/** lib/security/client-address.ts reads it; kept in step by scripts/serve-cluster.test.ts. */
export const PEER_ADDRESS_HEADER = "x-mockloop-peer-address";

/**
 * Next gives route handlers no socket, so per-network rate limits could only
 * read X-Forwarded-For, which any client can write. In each worker, every HTTP
 * request gets the connection's peer address in a header of our own, over any
 * value the client sent (decision 0018).
 */
export function stampPeerAddresses(): void {
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}

if (cluster.isWorker) stampPeerAddresses();
if (cluster.isPrimary && process.argv[1] && /serve-cluster\.mts$/.test(process.argv[1])) main();
