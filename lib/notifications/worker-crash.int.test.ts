import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { EXPIRE_SECONDS, getBoss, QUEUES, stopBoss } from "../jobs/boss";
import { insertTestBooking } from "../../tests/factories/bookings";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";
import {
  exited,
  killWorkerProcesses,
  startWorkerProcess as startWorker,
  waitFor,
} from "../../tests/factories/worker-process";

/**
 * A real worker process (scripts/worker.ts) is SIGKILLed at a point of its
 * choosing — right after claiming an e-mail's outbox row, or after sending
 * before pg-boss hears the job completed — then a fresh worker is started: the
 * job is retried once its claim expires, the new attempt takes an unsent claim
 * over or finds the e-mails already sent, and each e-mail exists exactly once.
 */
beforeAll(ensureInterviewTypes);
afterAll(async () => {
  killWorkerProcesses();
  await stopBoss();
});

const QUICK_RETRY = { expireInSeconds: 2, retryDelay: 0, retryBackoff: false };

describe("worker crash", () => {
  // What a real crash waits for: each e-mail queue presumes a silent job dead after a minute (pg-boss's default
  // is fifteen) and retries it, as the queues were created.
  it("the e-mail queues expire a dead worker's job after their own minute and retry it", async () => {
    const boss = await getBoss();
    for (const name of [QUEUES.confirmation, QUEUES.rescheduled, QUEUES.cancelled, QUEUES.reminder]) {
      const queue = await boss.getQueue(name);
      expect(queue).toMatchObject({ expireInSeconds: EXPIRE_SECONDS[name], retryLimit: 8 });
      expect(EXPIRE_SECONDS[name]).toBeLessThanOrEqual(60);
    }
  });

  it.each([
    // A job expiry shorter than the queue's minute (checked above), so a crash is recovered in seconds, not 70.
    {
      point: "after claiming an e-mail, before sending it",
      env: "WORKER_CRASH_AFTER_CLAIM",
      pending: ["PENDING"],
      options: QUICK_RETRY,
    },
    {
      point: "after sending, before acknowledging the job",
      env: "WORKER_CRASH_BEFORE_ACK",
      pending: ["LOGGED", "LOGGED"],
      options: QUICK_RETRY,
    },
  ])(
    "a worker killed $point is replaced, and each e-mail exists exactly once",
    async ({ env, pending, options }) => {
      const candidate = await createTestUser();
      const interviewer = await createTestUser();
      const booking = await insertTestBooking(candidate, interviewer, new Date(Date.now() + 5 * 86_400_000));
      const boss = await getBoss();
      const jobId = await boss.send(QUEUES.confirmation, { bookingId: booking.id }, options);
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
      }, 150_000);
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
