/**
 * The live room under load (docs/benchmarks.md, issue #22): `npm run bench -- --live-room`
 * runs it alone; the full `npm run bench` runs it after the HTTP workloads.
 *
 * ROOMS bookings, two participants each, connect as browsers do: WebSocket with the session
 * cookie through an app process's `/collab` proxy (scripts/serve-cluster.mts with the preload,
 * in front of a bare entry instead of Next) to the sync server (`tsx scripts/collab.ts`, the
 * process `npm start` runs). Each room first gets a 30-element diagram, then both people move
 * their own elements RATE times a second for SECONDS. Reported:
 *   - change → other client: time from one client's local edit to the other client's observer
 *     seeing that element version (both clients live in this process, so one clock);
 *   - the sync server's RSS per open room (its growth from the first tenth of the rooms, open
 *     with their diagrams, to all of them), and its CPU time per update (user + system, /proc).
 * Options: --rooms=50 --rate=5 (edits per client per second) --live-seconds=20.
 * Timings are printed, not asserted; an edit that never arrives fails the run.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { clusterLauncher } from "../../lib/platform/serve-command";
import { canConnect, freePort } from "../../lib/platform/free-port";
import { getBoard, type BoardElement } from "../../lib/live-room/room-document";
import { insertTestBooking } from "../../tests/factories/bookings";
import { connectRoom, whenSynced, type RoomClient } from "../../tests/factories/live-room";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";

export interface LiveRoomBenchOptions {
  databaseUrl: string;
  rooms?: number;
  rate?: number;
  seconds?: number;
  say?: (line: string) => void;
}

export interface LiveRoomBenchResult {
  rooms: number;
  updates: number;
  received: number;
  lost: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rssPerRoomMb: number;
  rssIdleMb: number;
  cpuMsPerUpdate: number;
  proxyCpuMsPerUpdate: number;
  loadAverage: number;
}

const TICK_MS = 1000 / 100; // /proc reports CPU in clock ticks of 10 ms on Linux
const DIAGRAM_ELEMENTS = 30;

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.replace(/\D+/g, "") ?? 0) / 1024;
}

function descendants(pid: number): number[] {
  const all = [pid];
  try {
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) {
      all.push(...descendants(Number(child)));
    }
  } catch {
    // gone
  }
  return all;
}

/** CPU milliseconds (user + system) a process tree has used so far. */
function cpuMs(pid: number): number {
  let ticks = 0;
  for (const p of descendants(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    } catch {
      // gone
    }
  }
  return ticks * TICK_MS;
}

function element(id: string, version: number, x: number): BoardElement {
  return {
    id,
    type: "rectangle",
    version,
    versionNonce: version * 7919,
    isDeleted: false,
    x,
    y: 40,
    width: 120,
    height: 60,
  };
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`a bench process exited with ${child.exitCode}`);
    if (await canConnect("127.0.0.1", port, 200)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listened on ${port}`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function liveRoomBench(options: LiveRoomBenchOptions): Promise<LiveRoomBenchResult> {
  const say = options.say ?? ((line: string) => console.log(`[bench] ${line}`));
  const rooms = options.rooms ?? 50;
  const rate = options.rate ?? 5;
  const seconds = options.seconds ?? 20;
  const root = process.cwd();
  process.env.DATABASE_URL = options.databaseUrl;

  await ensureInterviewTypes();
  const bookings: { id: string; tokens: [string, string] }[] = [];
  for (let i = 0; i < rooms; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, rooms - i) }, async () => {
        const [a, b] = await Promise.all([createTestUser(), createTestUser()]);
        const booking = await insertTestBooking(a, b, new Date(Date.now() - 5 * 60_000));
        return { id: booking.id, tokens: [a.sessionToken, b.sessionToken] as [string, string] };
      }),
    );
    bookings.push(...batch);
  }

  const collabPort = await freePort();
  const appPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: options.databaseUrl,
    COLLAB_PORT: String(collabPort),
    PORT: String(appPort),
    PUBLIC_URL: `http://localhost:${appPort}`,
    LOG_LEVEL: "warn",
  };
  const entry = path.join(os.tmpdir(), `mockloop-bench-front-${process.pid}.mjs`);
  // A bare app process: the bench measures the proxy and the sync server, not Next.
  writeFileSync(
    entry,
    `import http from "node:http";\nhttp.createServer((q, s) => s.end("ok")).listen(Number(process.env.PORT), "127.0.0.1");\n`,
  );
  const collab = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/collab.ts"], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  const front = spawn(process.execPath, [clusterLauncher(root), entry], { cwd: root, env, stdio: "inherit" });
  const clients: RoomClient[] = [];
  try {
    await Promise.all([waitForPort(collabPort, collab), waitForPort(appPort, front)]);
    // The sync server runs under tsx: measure the node process that serves (the leaf of the tree).
    const serverPid = descendants(collab.pid!).at(-1)!;
    const rssIdle = rssMb(serverPid);

    const base = `ws://127.0.0.1:${appPort}`;
    const pairs: [RoomClient, RoomClient][] = [];
    /** Opens rooms (both people), draws a diagram in each from one side, waits until the other side has it. */
    const openRooms = async (slice: typeof bookings, first: number) => {
      const opened: [RoomClient, RoomClient][] = slice.map((booking) => {
        const a = connectRoom(base, booking.id, booking.tokens[0], { maxAttempts: 3 });
        const b = connectRoom(base, booking.id, booking.tokens[1], { maxAttempts: 3 });
        clients.push(a, b);
        return [a, b];
      });
      await Promise.all(opened.flat().map((c) => whenSynced(c, 60_000)));
      const arrived = opened.map(
        ([, b]) =>
          new Promise<void>((resolve) => {
            const board = getBoard(b.doc);
            const check = () => board.size >= DIAGRAM_ELEMENTS && resolve();
            board.observe(check);
            check();
          }),
      );
      opened.forEach(([a], i) => {
        const room = first + i;
        a.doc.transact(() => {
          for (let k = 0; k < DIAGRAM_ELEMENTS; k++)
            getBoard(a.doc).set(`d${room}-${k}`, element(`d${room}-${k}`, 1, k * 10));
        });
      });
      await Promise.all(arrived);
      pairs.push(...opened);
    };
    // A few rooms first: the first connections load code and fill pools, which is not the rooms' own cost.
    const warm = Math.max(1, Math.floor(rooms / 10));
    await openRooms(bookings.slice(0, warm), 0);
    await new Promise((r) => setTimeout(r, 1_000));
    const rssWarm = rssMb(serverPid);
    await openRooms(bookings.slice(warm), warm);
    await new Promise((r) => setTimeout(r, 1_000));
    const rssOpen = rssMb(serverPid);
    say(
      `live room: ${rooms} rooms, ${clients.length} clients synced through /collab, a ${DIAGRAM_ELEMENTS}-element diagram in each`,
    );

    // Both people move their own element RATE times a second; the other side times its arrival.
    // Under load several versions can reach the other side in one update (Yjs merges them): seeing
    // version v delivers every earlier one still pending, each timed from its own edit.
    const pending = new Map<string, { version: number; at: number }[]>();
    const latencies: number[] = [];
    let updates = 0;
    pairs.forEach((pair, room) => {
      pair.forEach((self, side) => {
        const watched = `m${room}-${1 - side}`;
        getBoard(self.doc).observe((event) => {
          if (!event.keysChanged.has(watched)) return;
          const version = getBoard(self.doc).get(watched)?.version ?? 0;
          const queue = pending.get(watched) ?? [];
          const now = performance.now();
          while (queue.length > 0 && queue[0]!.version <= version) latencies.push(now - queue.shift()!.at);
        });
      });
    });
    const cpuBefore = cpuMs(serverPid);
    const frontCpuBefore = cpuMs(front.pid!);
    const timers: NodeJS.Timeout[] = [];
    pairs.forEach((pair, room) => {
      pair.forEach((self, side) => {
        const id = `m${room}-${side}`;
        let version = 1;
        // Spread the clients over the interval so the load is even, not in bursts.
        const start = setTimeout(
          () => {
            timers.push(
              setInterval(() => {
                version += 1;
                const queue = pending.get(id) ?? [];
                queue.push({ version, at: performance.now() });
                pending.set(id, queue);
                getBoard(self.doc).set(id, element(id, version, version % 500));
                updates += 1;
              }, 1000 / rate),
            );
          },
          Math.random() * (1000 / rate),
        );
        timers.push(start);
      });
    });
    await new Promise((r) => setTimeout(r, seconds * 1000));
    for (const t of timers) clearInterval(t);
    // Let the last edits land before counting what never arrived.
    const deadline = Date.now() + 5_000;
    const unseen = () => [...pending.values()].reduce((n, q) => n + q.length, 0);
    while (unseen() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const cpu = cpuMs(serverPid) - cpuBefore;
    const frontCpu = cpuMs(front.pid!) - frontCpuBefore;

    latencies.sort((x, y) => x - y);
    const result: LiveRoomBenchResult = {
      rooms,
      updates,
      received: latencies.length,
      lost: unseen(),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
      rssPerRoomMb: rooms > warm ? (rssOpen - rssWarm) / (rooms - warm) : Number.NaN,
      rssIdleMb: rssIdle,
      cpuMsPerUpdate: cpu / updates,
      proxyCpuMsPerUpdate: frontCpu / updates,
      loadAverage: os.loadavg()[0] ?? Number.NaN,
    };
    const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "–");
    say(
      `live room: ${rooms} rooms × 2 clients, ${rate} edits/s each for ${seconds} s: ${updates} edits, ${result.received} seen by the other client, ${result.lost} lost`,
    );
    say(
      `live room: change → other client p50/p95/p99/max ${f(result.p50)}/${f(result.p95)}/${f(result.p99)}/${f(result.max)} ms ` +
        `(target p95 ≤ 100 ms: ${result.p95 <= 100 ? "met" : "NOT met"})`,
    );
    say(
      `live room: sync server RSS ${f(rssIdle)} MB idle, +${f(result.rssPerRoomMb, 2)} MB per open room (diagram of ${DIAGRAM_ELEMENTS} elements); ` +
        `CPU ${f(result.cpuMsPerUpdate, 3)} ms per edit (sync server), ${f(result.proxyCpuMsPerUpdate, 3)} ms (the /collab proxy); load average ${f(result.loadAverage, 2)}`,
    );
    return result;
  } finally {
    for (const c of clients) c.destroy();
    for (const child of [front, collab]) {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
    }
  }
}
