import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { getBoss, QUEUES, stopBoss } from "../jobs/boss";
import { insertTestBooking } from "../../tests/factories/bookings";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";

/**
 * A real worker process (scripts/worker.ts) is SIGKILLed at a point of its
 * choosing — right after claiming an e-mail's outbox row, or after sending
 * before pg-boss hears the job completed — then a fresh worker is started: the
 * job is retried once its claim expires, the new attempt takes an unsent claim
 * over or finds the e-mails already sent, and each e-mail exists exactly once.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];

function startWorker(extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: "warn",
      WORKER_SUPERVISE_INTERVAL_SECONDS: "1",
      WORKER_MONITOR_INTERVAL_SECONDS: "1",
      WORKER_POLLING_INTERVAL_SECONDS: "1",
      ...extraEnv,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(child);
  return child;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(ensureInterviewTypes);
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await stopBoss();
});

describe("worker crash", () => {
  it.each([
    { point: "after claiming an e-mail, before sending it", env: "WORKER_CRASH_AFTER_CLAIM", pending: ["PENDING"] },
    {
      point: "after sending, before acknowledging the job",
      env: "WORKER_CRASH_BEFORE_ACK",
      pending: ["LOGGED", "LOGGED"],
    },
  ])(
    "a worker killed $point is replaced, and each e-mail exists exactly once",
    async ({ env, pending }) => {
      const candidate = await createTestUser();
      const interviewer = await createTestUser();
      const booking = await insertTestBooking(candidate, interviewer, new Date(Date.now() + 5 * 86_400_000));
      const boss = await getBoss();
      // A short claim so that the dead worker's job is retried within seconds, not minutes.
      const jobId = await boss.send(
        QUEUES.confirmation,
        { bookingId: booking.id },
        { expireInSeconds: 2, retryDelay: 0, retryBackoff: false },
      );
      expect(jobId).toBeTruthy();

      const crashing = startWorker({ [env]: "1" });
      expect(
        await Promise.race([exited(crashing), new Promise((r) => setTimeout(() => r("still running"), 90_000))]),
      ).toEqual({
        code: null,
        signal: "SIGKILL",
      });
      const afterCrash = await db().emailOutbox.findMany({ where: { dedupeKey: { contains: booking.id } } });
      expect(afterCrash.map((r) => r.status)).toEqual(pending);

      const worker = startWorker();
      const rows = await waitFor(async () => {
        const found = await db().emailOutbox.findMany({ where: { dedupeKey: { contains: booking.id } } });
        return found.length === 2 && found.every((r) => r.status === "LOGGED") ? found : undefined;
      }, 90_000);
      expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(2);
      expect(rows.map((r) => r.toAddress).sort()).toEqual([candidate.email, interviewer.email].sort());
      const job = await waitFor(async () => {
        const [found] = await boss.findJobs(QUEUES.confirmation, { id: jobId! });
        return found?.state === "completed" ? found : undefined;
      }, 15_000);
      expect(job.retryCount).toBeGreaterThanOrEqual(1);

      worker.kill("SIGTERM");
      expect(await exited(worker)).toEqual({ code: 0, signal: null });
      expect(await db().emailOutbox.count({ where: { dedupeKey: { contains: booking.id } } })).toBe(2);
    },
    240_000,
  );
});
