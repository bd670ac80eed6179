/**
 * `npm run bench`: the end-to-end benchmark (docs/benchmarks.md). Clones a
 * generated template database, starts the production build (`next start`)
 * and the bare node:http baseline on that one database, and drives both with
 * autocannon: each workload at 1 and 16 clients, a warm-up, then app and
 * baseline alternating A,B,A,B,A,B; the median of three is reported.
 *
 *   npm run bench                  full data (5,000 users, 50,000 bookings), then Lighthouse
 *   npm run bench -- --scale=medium
 *   npm run bench -- --smoke       tiny data, short runs, correctness only (npm test runs this)
 *   --port=3300                    app on this port, baseline on the next (default: free ports)
 *   --seconds=8 --no-lighthouse --only=slots,booking --heap=256 (V8 old-space cap in MB)
 *   --only=jobs                    the job worker alone: queue drain rate, booking → confirmation (scripts/bench/jobs.ts)
 *   --workers=2                    app and baseline processes (WEB_CONCURRENCY; default: the cores)
 *   --b-app-workers=1              the app with that many processes in the baseline's place (A/B)
 *   --b-app-heap=160               the app with that old-space cap (MB) in the baseline's place (A/B)
 *   --b-app-dir=/tmp/old           the app built in another checkout (its own node_modules and `next build`)
 *                                  in the baseline's place: an A/B of two commits within one run
 *   --lighthouse-json=DIR          also save each Lighthouse report there (long tasks, script timings)
 *   --live-room                    only the live room: 50 rooms × 2 clients editing (scripts/bench/live-room.ts);
 *                                  --rooms=50 --rate=5 --live-seconds=20. A full run does it after the HTTP workloads.
 *
 * The run fails (exit 1) when the one-slot race does not give exactly one 201
 * and 409s otherwise, when any connection errors, or when more than 1% of a
 * workload's answers are non-2xx other than its expected 409s. Timings are
 * printed, never asserted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { APP_HEAP_MB, appNodeOptions } from "../../lib/platform/app-heap";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded } from "../../lib/platform/build-state";
import { freePort } from "../../lib/platform/free-port";
import { clusterLauncher, serveCommand } from "../../lib/platform/serve-command";
import {
  createMigratedDatabase,
  dropDatabase,
  resolveTestServer,
  uniqueDatabaseName,
} from "../../tests/setup/test-server";
import { cloneTemplate, dropRunDatabase, ensureTemplate, SCALES } from "./generate-data";
import { makeFixtures, type Actor, type Fixtures } from "./fixtures";
import { jobsBench } from "./jobs";
import { median, runLoad, type Req, type RunResult } from "./load";

const root = process.cwd();
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k!, v ?? "true"] as const;
  }),
);
const smoke = args.has("smoke");
const scale = SCALES[smoke ? "smoke" : (args.get("scale") ?? "full")]!;
const seconds = Number(args.get("seconds") ?? (smoke ? 0.4 : scale.name === "full" ? 8 : 4));
const warmSeconds = smoke ? 0.3 : Math.max(2, seconds / 2);
const only = args.get("only")?.split(",");
const say = (line: string) => console.log(`[bench] ${line}`);
const POOL_SIZE_DB = "10"; // app and baseline get the same pool

const DAY_MS = 86_400_000;
let failures: string[] = [];

interface Server {
  name: "app" | "baseline";
  url: string;
  process: ChildProcess;
  startMs: number;
}

async function waitFor200(url: string, child: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error(`${url} did not answer 200 within 120 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function descendants(pid: number): number[] {
  const all = [pid];
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    for (const child of children) all.push(...descendants(Number(child)));
  } catch {
    // gone
  }
  return all;
}

/**
 * CPU time (user + system) used so far by a process and its children, in ms. Per request it is a
 * steadier measure than req/s on a machine whose speed drifts or that other work shares: a change
 * in the app's own cost shows up here even when the load generator or PostgreSQL set the pace.
 */
function cpuMs(pid: number): number {
  let ticks = 0;
  for (const p of descendants(pid)) {
    try {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks * (1000 / CLOCK_TICKS_PER_SECOND);
}
// USER_HZ, which Linux fixes at 100 for /proc on every architecture Node runs on.
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * Proportional set size (Pss) of a process and its children, in MB: pages shared between them (the
 * node binary's ~60 MB of code in every worker, for one) counted once in all, where the sum of their
 * RSS counts them once per process. The kernel keeps no peak of it, so the run samples it.
 */
function pss(pid: number): number {
  let kb = 0;
  for (const p of descendants(pid)) {
    try {
      kb += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

/** Samples pss() once a second; `peak()` is the largest sample so far. */
function pssSampler(pid: number): { peak: () => number; stop: () => void } {
  let peak = pss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, pss(pid))), 1000);
  timer.unref();
  return { peak: () => Math.max(peak, pss(pid)), stop: () => clearInterval(timer) };
}

/** Peak resident set (VmHWM) of a process and its children, in MB: all together, and the largest one's. */
function peakRss(pid: number): string {
  let total = 0;
  let largest = 0;
  const all = descendants(pid);
  for (const p of all) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      const kb = Number(match?.[1] ?? 0);
      total += kb;
      largest = Math.max(largest, kb);
    } catch {
      // gone
    }
  }
  return `${fmt(total / 1024, 0)} MB in ${all.length} processes, largest ${fmt(largest / 1024, 0)} MB`;
}

async function start(name: Server["name"], env: NodeJS.ProcessEnv, port: number): Promise<Server> {
  const url = `http://localhost:${port}`;
  // Both run through the same launcher with the same number of processes (scripts/serve-cluster.mts).
  // --b-app-workers=N, --b-app-heap=MB or --b-app-dir=DIR put the app with N processes, with that heap cap, or
  // built from another checkout, in the baseline's place: an A/B of process counts, heap sizes or commits
  // within one run, on a machine whose speed drifts between runs.
  const bDir = name === "baseline" ? args.get("b-app-dir") : undefined;
  const bAsApp = name === "baseline" && (args.has("b-app-workers") || args.has("b-app-heap") || bDir !== undefined);
  const workers = bAsApp && args.has("b-app-workers") ? args.get("b-app-workers") : args.get("workers");
  const heapFlag = bAsApp && args.has("b-app-heap") ? "b-app-heap" : "heap";
  // The baseline's workers load tsx through the launcher's node flags, which they inherit (tsx's CLI would
  // start a grandchild that is no cluster worker).
  const { command, args: commandArgs } =
    name === "app" || bAsApp
      ? serveCommand(bDir ? path.resolve(bDir) : root, port)
      : {
          command: process.execPath,
          args: ["--import", "tsx", clusterLauncher(root), path.join(root, "scripts", "bench", "baseline-server.ts")],
        };
  const started = performance.now();
  const child = spawn(command, commandArgs, {
    cwd: bDir ? path.resolve(bDir) : root,
    env: {
      ...env,
      PORT: String(port),
      PUBLIC_URL: url,
      // App and baseline run with the heap cap `npm start` gives the app (lib/platform/app-heap.ts), or
      // --heap=MB: with no cap V8 sizes the heap from the machine's memory and RSS grows far past need.
      NODE_OPTIONS: appNodeOptions(env.NODE_OPTIONS, args.has(heapFlag) ? Number(args.get(heapFlag)) : APP_HEAP_MB),
      ...(workers ? { WEB_CONCURRENCY: workers } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const startMs = await waitFor200(url, child, started);
  say(`${name} answered 200 ${startMs.toFixed(0)} ms after start`);
  return { name, url, process: child, startMs };
}

async function stop(server: Server | undefined): Promise<void> {
  const child = server?.process;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------- workloads

interface Workload {
  name: string;
  /** The request kind whose latencies the row reports, when the workload mixes kinds (slots: its bookings). */
  primary?: string;
  allowed?: number[];
  next: (server: Server) => Req;
  skip?: string;
}

function workloads(f: Fixtures, progressReady: boolean): Workload[] {
  let poolAt = 0;
  const book = (server: Server): Req => {
    const slot = f.pool[poolAt % f.pool.length]!;
    const booker = f.bookers[poolAt % f.bookers.length]!;
    poolAt++;
    return {
      kind: "booking",
      method: "POST",
      path: "/api/v1/bookings",
      headers: {
        authorization: `Bearer ${booker.token}`,
        "content-type": "application/json",
        "idempotency-key": `bench-${server.name}-${poolAt}-${Date.now()}`,
      },
      body: JSON.stringify(slot),
    };
  };
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  let n = 0;
  const pick = <T>(list: T[], k: number) => list[k % list.length]!;
  const cookie = (a: Actor) => ({ cookie: `mockloop.session=${a.session}` });
  // An interviewer from the booking pool (they offer its type) and a viewer who is someone else: nobody books themselves.
  const personFor = (k: number) => {
    const slot = pick(f.pool, k);
    const viewer =
      f.viewers.find((v, i) => i >= k % f.viewers.length && v.id !== slot.interviewerId) ??
      f.viewers.find((v) => v.id !== slot.interviewerId)!;
    return { viewer, interviewerId: slot.interviewerId, interviewType: slot.interviewType };
  };
  const notReady = progressReady ? undefined : "lib/progress/get-progress.ts or its route is not in this build yet";
  return [
    {
      name: "slots",
      primary: "search",
      next: (server) => {
        const k = n++;
        if (k % 20 === 19) return book(server); // 5%: bookings that invalidate the cache
        const from = new Date(today.getTime() + (1 + (k % 14)) * DAY_MS);
        const params = new URLSearchParams({
          interviewType: pick(f.types, Math.floor(k / 14)),
          from: from.toISOString(),
          to: new Date(from.getTime() + 14 * DAY_MS).toISOString(),
        });
        return {
          kind: "search",
          method: "GET",
          path: `/api/v1/slots?${params.toString()}`,
          headers: { authorization: `Bearer ${pick(f.viewers, k).token}` },
        };
      },
    },
    { name: "booking", next: book },
    {
      name: "progress-api",
      skip: notReady,
      next: () => ({
        method: "GET",
        path: "/api/v1/me/progress",
        headers: { authorization: `Bearer ${pick(f.progress, n++).token}` },
      }),
    },
    {
      name: "find-page",
      next: () => {
        const k = n++;
        return { method: "GET", path: `/find?type=${pick(f.types, k)}`, headers: cookie(pick(f.viewers, k)) };
      },
    },
    // A personal booking page (decision 0032) should answer like Find a peer: the page, then its week of one person's times.
    {
      name: "person-page",
      next: () => {
        const { viewer, interviewerId } = personFor(n++);
        return { method: "GET", path: `/people/${interviewerId}`, headers: cookie(viewer) };
      },
    },
    {
      name: "person-slots",
      next: () => {
        const k = n++;
        const { viewer, interviewerId, interviewType } = personFor(k);
        const from = new Date(today.getTime() + (1 + (k % 14)) * DAY_MS);
        const params = new URLSearchParams({
          interviewType,
          interviewer: interviewerId,
          from: from.toISOString(),
          to: new Date(from.getTime() + 7 * DAY_MS).toISOString(),
        });
        return {
          method: "GET",
          path: `/api/v1/slots?${params.toString()}`,
          headers: { authorization: `Bearer ${viewer.token}` },
        };
      },
    },
    {
      name: "progress-page",
      skip: notReady,
      next: () => ({ method: "GET", path: "/progress", headers: cookie(pick(f.progress, n++)) }),
    },
  ];
}

/** 100 different people ask for one slot at once: exactly one 201, the rest 409, nothing else. */
async function race(server: Server, f: Fixtures, slotIndex: number): Promise<string> {
  const slot = f.pool[slotIndex]!;
  const people = f.bookers.slice(0, 100);
  const statuses = await Promise.all(
    people.map((booker, i) =>
      fetch(`${server.url}/api/v1/bookings`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${booker.token}`,
          "content-type": "application/json",
          "idempotency-key": `race-${server.name}-${i}`,
        },
        body: JSON.stringify(slot),
      })
        .then((r) => r.status)
        .catch(() => -1),
    ),
  );
  const count = (s: number) => statuses.filter((x) => x === s).length;
  const line = `${server.name}: ${count(201)}×201, ${count(409)}×409, ${statuses.length - count(201) - count(409)} other`;
  if (count(201) !== 1 || count(409) !== people.length - 1) failures.push(`one-slot race on ${line}`);
  return line;
}

// ---------------------------------------------------------------- main

/** A load run and the server's CPU time per answered request (ms, all its processes). */
type Measured = RunResult & { cpuPerRequest: number };

interface Row {
  workload: string;
  clients: number;
  app: Measured;
  baseline: Measured;
}

async function measure(w: Workload, clients: number, app: Server, baseline: Server): Promise<Row> {
  // Smoke runs count requests, not seconds: a slow machine still gets answers to check.
  // A mixed workload's row reports its primary kind's latencies (slot searches, not the 5% bookings
  // among them, which have their own workload and target); the others are kept in byKind.
  const once = async (server: Server, duration: number): Promise<Measured> => {
    const cpuBefore = cpuMs(server.process.pid!);
    const result = await runLoad({
      url: server.url,
      connections: clients,
      ...(smoke ? { amount: 12 } : { durationSeconds: duration }),
      next: () => w.next(server),
      allowed: w.allowed,
    });
    const cpuPerRequest = (cpuMs(server.process.pid!) - cpuBefore) / Math.max(1, result.requests);
    const primary = w.primary ? result.byKind[w.primary] : undefined;
    return primary
      ? { ...result, cpuPerRequest, p50: primary.p50, p95: primary.p95, p99: primary.p99 }
      : { ...result, cpuPerRequest };
  };
  await once(app, warmSeconds);
  await once(baseline, warmSeconds);
  const runs: { app: Measured[]; baseline: Measured[] } = { app: [], baseline: [] };
  const rounds = smoke ? 1 : 3;
  for (let i = 0; i < rounds; i++) {
    runs.app.push(await once(app, seconds));
    runs.baseline.push(await once(baseline, seconds));
  }
  const pickMedian = (list: Measured[]): Measured => {
    const m = median(list.map((r) => r.rps));
    const chosen = list.find((r) => r.rps === m)!;
    const total = list.reduce((s, r) => s + r.requests, 0);
    const unexpected = list.reduce((s, r) => s + r.unexpected, 0);
    const errors = list.reduce((s, r) => s + r.errors, 0);
    return {
      ...chosen,
      requests: total,
      unexpected,
      errors,
      p95: median(list.map((r) => r.p95)),
      p50: median(list.map((r) => r.p50)),
      p99: median(list.map((r) => r.p99)),
      cpuPerRequest: median(list.map((r) => r.cpuPerRequest)),
      byKind: Object.fromEntries(
        Object.keys(chosen.byKind).map((kind) => {
          const of = list.map((r) => r.byKind[kind]).filter((k) => k !== undefined);
          return [
            kind,
            {
              count: of.reduce((s, k) => s + k.count, 0),
              p50: median(of.map((k) => k.p50)),
              p95: median(of.map((k) => k.p95)),
              p99: median(of.map((k) => k.p99)),
            },
          ];
        }),
      ),
    };
  };
  const row = { workload: w.name, clients, app: pickMedian(runs.app), baseline: pickMedian(runs.baseline) };
  for (const side of ["app", "baseline"] as const) {
    const r = row[side];
    if (r.requests === 0) failures.push(`${w.name} ×${clients} on ${side}: no answers at all`);
    if (r.errors > 0) failures.push(`${w.name} ×${clients} on ${side}: ${r.errors} connection errors`);
    if (r.unexpected > r.requests * 0.01) {
      failures.push(
        `${w.name} ×${clients} on ${side}: ${r.unexpected}/${r.requests} unexpected non-2xx ${JSON.stringify(r.statuses)}`,
      );
    }
    if (smoke && r.unexpected > 0) failures.push(`${w.name} on ${side} (smoke): non-2xx ${JSON.stringify(r.statuses)}`);
  }
  return row;
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "–");

function printTable(rows: Row[]): void {
  console.log(
    "\nworkload        clients | app p50/p95/p99 ms       req/s | baseline p50/p95/p99 ms  req/s | app/baseline req/s | CPU ms/request app, baseline",
  );
  for (const r of rows) {
    const a = r.app;
    const b = r.baseline;
    console.log(
      `${r.workload.padEnd(15)} ${String(r.clients).padStart(7)} | ${fmt(a.p50)}/${fmt(a.p95)}/${fmt(a.p99)}`.padEnd(
        52,
      ) +
        `${fmt(a.rps).padStart(7)} | ${fmt(b.p50)}/${fmt(b.p95)}/${fmt(b.p99)}`.padEnd(33) +
        `${fmt(b.rps).padStart(6)} | ${fmt(a.rps / b.rps, 2).padStart(18)} | ${fmt(a.cpuPerRequest, 2)}, ${fmt(b.cpuPerRequest, 2)}`,
    );
  }
}

function liveRoomOptions(databaseUrl: string) {
  return {
    databaseUrl,
    say,
    rooms: Number(args.get("rooms") ?? 50),
    rate: Number(args.get("rate") ?? 5),
    seconds: Number(args.get("live-seconds") ?? 20),
  };
}

/** `--live-room`: the sync server alone, on a fresh migrated database; no build, no HTTP workloads. */
async function liveRoomOnly(): Promise<void> {
  const server = await resolveTestServer();
  const name = uniqueDatabaseName("mockloop_bench_live");
  try {
    const url = await createMigratedDatabase(server.adminUrl, name);
    const { liveRoomBench } = await import("./live-room");
    const result = await liveRoomBench(liveRoomOptions(url));
    console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}`);
    if (result.lost > 0) failures.push(`live room: ${result.lost} edits never reached the other client`);
  } finally {
    await dropDatabase(server.adminUrl, name).catch(() => {});
    await server.close();
  }
  if (failures.length > 0) {
    console.error(`[bench] FAILED:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  process.exit(0);
}

async function main(): Promise<void> {
  if (args.has("live-room")) return liveRoomOnly();
  const began = Date.now();
  const server = await resolveTestServer();
  const template = await ensureTemplate(server.adminUrl, scale, say);
  const runDb = `mockloop_bench_run_${process.pid}`;
  const url = await cloneTemplate(server.adminUrl, template, runDb);
  process.env.DATABASE_URL = url; // lib/ (fixtures) reads it
  process.env.DATABASE_POOL_SIZE = POOL_SIZE_DB;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: POOL_SIZE_DB,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-01",
    LOG_LEVEL: "warn",
  };
  let app: Server | undefined;
  let baseline: Server | undefined;
  try {
    if (!(await buildIfNeeded(root, env, say))) throw new Error("next build failed");
    const basePort = args.has("port") ? Number(args.get("port")) : await freePort();
    const baselinePort = args.has("port") ? basePort + 1 : await freePort();
    let fixtures: Fixtures;
    if (smoke) {
      // Everything at once: the smoke run checks correctness, its start times mean little.
      [fixtures, app, baseline] = await Promise.all([
        makeFixtures(url, scale, 300, say),
        start("app", env, basePort),
        start("baseline", env, baselinePort),
      ]);
    } else {
      fixtures = await makeFixtures(url, scale, 30_000, say);
      app = await start("app", env, basePort);
      baseline = await start("baseline", env, baselinePort);
    }
    const appPss = pssSampler(app.process.pid!);
    const baselinePss = pssSampler(baseline.process.pid!);
    const progressReady =
      (
        await fetch(`${baseline.url}/api/v1/me/progress`, {
          headers: { authorization: `Bearer ${fixtures.progress[0]!.token}` },
        })
      ).status === 200;

    // The race first, while every booker's calendar is empty; its slots leave the pool.
    const raceSlots = [fixtures.pool.length - 1, fixtures.pool.length - 2];
    say(
      `one-slot race, 100 concurrent requests — ${await race(app, fixtures, raceSlots[0]!)}; ${await race(baseline, fixtures, raceSlots[1]!)}`,
    );
    fixtures.pool.length -= 2;

    const rows: Row[] = [];
    // One list for the whole run: its bookings walk the slot pool once, the jobs workload's too.
    const all = workloads(fixtures, progressReady);
    for (const w of all) {
      if (only && !only.includes(w.name)) continue;
      if (w.skip) {
        say(`SKIPPED ${w.name}: ${w.skip}`);
        continue;
      }
      for (const clients of smoke ? [4] : [1, 16]) {
        const row = await measure(w, clients, app, baseline);
        rows.push(row);
        say(
          `${w.name} ×${clients}: app p95 ${fmt(row.app.p95)} ms ${fmt(row.app.rps)} req/s; baseline p95 ${fmt(row.baseline.p95)} ms ${fmt(row.baseline.rps)} req/s`,
        );
        for (const kind of Object.keys(row.app.byKind)) {
          if (!w.primary || kind === w.primary) continue;
          const a = row.app.byKind[kind]!;
          const b = row.baseline.byKind[kind];
          say(
            `  of which ${kind} (${a.count} on the app): app p50/p95/p99 ${fmt(a.p50)}/${fmt(a.p95)}/${fmt(a.p99)} ms; ` +
              `baseline ${b ? `${fmt(b.p50)}/${fmt(b.p95)}/${fmt(b.p99)}` : "–"} ms`,
          );
        }
      }
    }
    printTable(rows);
    if (!only || only.includes("jobs")) {
      const slots = all.find((w) => w.name === "slots")!;
      await jobsBench({
        root,
        env,
        databaseUrl: url,
        smoke,
        slotSearchClients: smoke ? 4 : 16,
        slotSearchLoad: async () => {
          await runLoad({
            url: app!.url,
            connections: smoke ? 4 : 16,
            // Long enough for a p95 of its bookings (every 20th request) to mean something.
            ...(smoke ? { amount: 60 } : { durationSeconds: Math.max(30, seconds * 4) }),
            next: () => slots.next(app!),
          });
        },
        say,
        fail: (line) => failures.push(line),
      });
    }
    appPss.stop();
    baselinePss.stop();
    console.log(
      `\napp peak RSS ${peakRss(app.process.pid!)} (baseline ${peakRss(baseline.process.pid!)}); ` +
        `peak proportional set size (shared pages once, sampled each second): app ${fmt(appPss.peak(), 0)} MB, ` +
        `baseline ${fmt(baselinePss.peak(), 0)} MB; ` +
        `start → first 200: app ${fmt(app.startMs, 0)} ms, baseline ${fmt(baseline.startMs, 0)} ms`,
    );
    console.log(
      `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}, scale ${scale.name}`,
    );
    if (!smoke && !only) {
      const { liveRoomBench } = await import("./live-room");
      const live = await liveRoomBench(liveRoomOptions(url));
      if (live.lost > 0) failures.push(`live room: ${live.lost} edits never reached the other client`);
    }
    if (!smoke && !args.has("no-lighthouse")) {
      const { frontEndReport } = await import("./front-end");
      await frontEndReport(app.url, fixtures, say, args.get("lighthouse-json"));
    }
  } finally {
    await stop(app);
    await stop(baseline);
    await dropRunDatabase(server.adminUrl, runDb).catch(() => {});
    await server.close();
  }
  say(`done in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    console.error(`[bench] FAILED:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  failures = [];
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
