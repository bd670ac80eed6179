/**
 * The job worker's workload in `npm run bench` (`--only=jobs` runs it alone):
 *
 *  1. drain: N confirmation jobs (10,000; 200 in a smoke run) for distinct
 *     bookings land in one statement while a real worker (scripts/worker.ts)
 *     waits; the rate is N over the time from their commit to the last one
 *     done. E-mail goes through the log transport (no SMTP_URL) at LOG_LEVEL
 *     info, as `npm start` runs it. Target: ≥ 200 jobs/s on 2 cores.
 *  2. latency: the slot-search workload runs at 16 clients (its 5% bookings
 *     each enqueue a confirmation) with the worker beside it; for each booking
 *     made, the time from its row's creation (in its transaction, just before
 *     the commit) to the later of its two confirmation e-mails being logged.
 *     Target: p95 ≤ 5 s.
 *
 * Timings are printed, never asserted; a smoke run fails only when a job or a
 * confirmation never goes out.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { PgBoss } from "pg-boss";

export interface JobsBenchOptions {
  root: string;
  env: NodeJS.ProcessEnv;
  databaseUrl: string;
  smoke: boolean;
  /** Runs the slot-search workload (16 clients; a few requests in a smoke run) against the app. */
  slotSearchLoad: () => Promise<void>;
  /** How many clients slotSearchLoad runs, for the report. */
  slotSearchClients: number;
  say: (line: string) => void;
  fail: (line: string) => void;
}

const QUEUE = "booking-confirmation";

function startWorker(root: string, env: NodeJS.ProcessEnv): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: root,
    env: { ...env, LOG_LEVEL: "info" },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.on("message", (m) => m === "ready" && resolve());
    child.once("exit", (code) => reject(new Error(`the worker exited (${code}) before it was ready`)));
  });
  return { child, ready };
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

/** CPU time (user + system) the process has used so far, in ms (USER_HZ is 100 on Linux). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

export async function jobsBench(o: JobsBenchOptions): Promise<void> {
  const client = new pg.Client({ connectionString: o.databaseUrl });
  await client.connect();
  const worker = startWorker(o.root, { ...o.env, DATABASE_URL: o.databaseUrl });
  try {
    // Earlier workloads' bookings left confirmations queued with no worker to take them: not this run's work.
    await client.query(`DELETE FROM pgboss.job WHERE state IN ('created', 'retry')`);
    await worker.ready;
    await drain(client, o, worker.child.pid!);
    await latency(client, o);
  } finally {
    await stopWorker(worker.child);
    await client.end();
  }
}

async function drain(client: pg.Client, o: JobsBenchOptions, workerPid: number): Promise<void> {
  const wanted = o.smoke ? 200 : 10_000;
  // Bookings nobody was told about yet: each job then logs its two e-mails, none is a duplicate.
  const { rows } = await client.query<{ id: string }>(
    `SELECT b.id FROM bookings b
      WHERE NOT EXISTS (SELECT 1 FROM email_outbox e WHERE e.dedupe_key LIKE 'booking-confirmation:' || b.id || ':%')
      ORDER BY b.id LIMIT $1`,
    [wanted],
  );
  const n = rows.length;
  if (n < wanted) o.say(`jobs drain: only ${n} bookings to confirm in this data`);
  // pg-boss's own insert: one statement for all of them, with the NOTIFY that wakes the worker.
  const boss = new PgBoss({
    connectionString: o.databaseUrl,
    max: 1,
    supervise: false,
    schedule: false,
    migrate: false,
    registerInstance: false,
  });
  boss.on("error", (error: Error) => o.say(`bench's pg-boss: ${error.message}`));
  await boss.start();
  const started = performance.now();
  const cpuBefore = cpuMs(workerPid);
  const ids = (await boss.insert(
    QUEUE,
    rows.map((r) => ({ data: { bookingId: r.id } })),
    { returnId: true },
  ))!;
  await boss.stop({ graceful: false });
  const done = await until(async () => {
    const left = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[]) AND state <> 'completed'`,
      [QUEUE, ids],
    );
    return left.rows[0]!.n === 0;
  }, 600_000);
  const seconds = (performance.now() - started) / 1000;
  const workerCpu = cpuMs(workerPid) - cpuBefore;
  if (!done) {
    o.fail(`jobs drain: ${n} confirmations not all done within 10 minutes`);
    return;
  }
  const sent = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM email_outbox WHERE kind = 'booking-confirmation' AND status = 'LOGGED'`,
  );
  o.say(
    `jobs drain: ${n} confirmation jobs (${sent.rows[0]!.n} e-mails logged) in ${seconds.toFixed(1)} s: ` +
      `${(n / seconds).toFixed(0)} jobs/s (target ≥ 200); the worker used ${(workerCpu / n).toFixed(2)} ms of CPU ` +
      `per job, ${(workerCpu / 1000 / seconds).toFixed(2)} cores`,
  );
}

async function latency(client: pg.Client, o: JobsBenchOptions): Promise<void> {
  const { rows: before } = await client.query<{ at: Date }>(`SELECT now() AS at`);
  await o.slotSearchLoad();
  const loadSeconds = (Date.now() - before[0]!.at.getTime()) / 1000;
  const { rows: made } = await client.query<{ id: string; created_at: Date }>(
    `SELECT id, created_at FROM bookings WHERE created_at >= $1`,
    [before[0]!.at],
  );
  // Each booking's confirmation is done when both of its e-mails are logged.
  const sentAt = async () =>
    client.query<{ id: string; sent: Date }>(
      `SELECT b.id, max(e.sent_at) AS sent
         FROM bookings b JOIN email_outbox e ON e.dedupe_key LIKE 'booking-confirmation:' || b.id || ':%'
        WHERE b.created_at >= $1 AND e.status = 'LOGGED'
        GROUP BY b.id HAVING count(*) = 2`,
      [before[0]!.at],
    );
  let confirmed = (await sentAt()).rows;
  if (confirmed.length < made.length) {
    await until(async () => (confirmed = (await sentAt()).rows).length >= made.length, 60_000);
  }
  if (confirmed.length < made.length) {
    o.fail(`jobs latency: ${made.length - confirmed.length} of ${made.length} bookings never confirmed within 60 s`);
  }
  const createdAt = new Map(made.map((b) => [b.id, b.created_at.getTime()]));
  const waits = confirmed
    .filter((c) => createdAt.has(c.id))
    .map((c) => (c.sent.getTime() - createdAt.get(c.id)!) / 1000)
    .sort((a, b) => a - b);
  // Where the time went: queued (commit → fetched) and running (fetched → done), from pg-boss's own stamps.
  const { rows: stages } = await client.query<{ queued: number; running: number }>(
    `SELECT extract(epoch FROM started_on - created_on)::float8 AS queued,
            extract(epoch FROM completed_on - started_on)::float8 AS running
       FROM pgboss.job WHERE name = $1 AND data->>'bookingId' = ANY($2::text[]) AND state = 'completed'`,
    [QUEUE, made.map((b) => b.id)],
  );
  const p95 = (list: number[]) =>
    percentile(
      [...list].sort((a, b) => a - b),
      95,
    ).toFixed(2);
  const triple = (list: number[]) =>
    `${percentile(list, 50).toFixed(2)}/${percentile(list, 95).toFixed(2)}/${percentile(list, 100).toFixed(2)}`;
  o.say(
    `jobs latency: ${waits.length} bookings made in ${loadSeconds.toFixed(0)} s of slot search ×${o.slotSearchClients}; ` +
      `booking → confirmation sent p50/p95/max ${triple(waits)} s (target p95 ≤ 5 s); ` +
      `p95 queued ${p95(stages.map((s) => s.queued))} s, running ${p95(stages.map((s) => s.running))} s`,
  );
}
