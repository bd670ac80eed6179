import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { getBoss, QUEUES, stopBoss } from "../jobs/boss";
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

describe("worker crash", () => {
  it.each([
    // The queue's own expiry and retry delay (lib/jobs/boss.ts): pg-boss's default fifteen minutes
    // would run past this test's timeout.
    {
      point: "after claiming an e-mail, before sending it",
      env: "WORKER_CRASH_AFTER_CLAIM",
      pending: ["PENDING"],
      options: {},
    },
    {
      point: "after sending, before acknowledging the job",
      env: "WORKER_CRASH_BEFORE_ACK",
      pending: ["LOGGED", "LOGGED"],
      // Shorter than the queue's, to keep the suite quick.
      options: { expireInSeconds: 2, retryDelay: 0, retryBackoff: false },
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
