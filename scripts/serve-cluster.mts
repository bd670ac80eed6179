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
 * A worker that dies after it was serving is replaced; one that dies before
 * it ever listened (a bad setting, a missing build) stops the whole server
 * with its exit code, so a misconfiguration does not loop. SIGINT and SIGTERM
 * are passed to every worker, and the primary exits when they have.
 *
 * Plain TypeScript with only node: imports, so Node 24 runs it directly
 * (type stripping) in the Docker image, where tsx is not installed.
 */
import cluster, { type Worker } from "node:cluster";
import os from "node:os";

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

  // Every app process passes `/collab` WebSocket upgrades to the live room's sync server (decision 0022).
  const collabProxy = new URL("./collab-proxy.mts", import.meta.url).href;
  cluster.setupPrimary({ exec: entry, args, execArgv: [...process.execArgv, "--import", collabProxy] });
  const serving = new WeakSet<Worker>();
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

  cluster.on("listening", (worker) => serving.add(worker));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (!serving.has(worker)) {
      say(`a worker stopped before it served (exit ${code ?? signal}); stopping`);
      stop("SIGTERM", code || 1);
      return;
    }
    say(`worker ${worker.process.pid} stopped (exit ${code ?? signal}); starting another`);
    cluster.fork();
  });
  process.on("SIGINT", () => stop("SIGINT", 0));
  process.on("SIGTERM", () => stop("SIGTERM", 0));

  if (count > 1) say(`${count} workers`);
  for (let i = 0; i < count; i++) cluster.fork();
}

if (cluster.isPrimary && process.argv[1] && /serve-cluster\.mts$/.test(process.argv[1])) main();
