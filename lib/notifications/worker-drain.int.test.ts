import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "../db";
import { getBoss, QUEUES, stopBoss } from "../jobs/boss";
import { WORK } from "../jobs/work-queues";
import { insertTestBooking } from "../../tests/factories/bookings";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";
import {
  exited,
  killWorkerProcesses,
  startWorkerProcess,
  waitFor,
  workerReady,
} from "../../tests/factories/worker-process";

/**
 * The worker took one job per queue every two seconds: twenty confirmations
 * took 40 s. A real worker process drains a queue here in batches, and is woken
 * by the jobs' NOTIFY: its polls are set an hour apart, so only the wake-up can
 * get the jobs done before the test's timeout.
 */
beforeAll(ensureInterviewTypes);
afterAll(async () => {
  killWorkerProcesses();
  await stopBoss();
});

const JOBS = 40;

it("drains a queue in parallel batches, woken by the jobs' NOTIFY rather than by polling", async () => {
  const candidate = await createTestUser();
  const interviewer = await createTestUser();
  const day = 86_400_000;
  const bookings = [];
  for (let i = 0; i < JOBS; i++) {
    bookings.push(await insertTestBooking(candidate, interviewer, new Date(Date.now() + (10 + i) * day)));
  }

  const worker = startWorkerProcess({
    WORKER_POLLING_INTERVAL_SECONDS: "3600",
    WORKER_NOTIFY_POLLING_INTERVAL_SECONDS: "3600",
  });
  await workerReady(worker);
  // Sent after the worker's first fetch (at start) found nothing: only a NOTIFY can wake it now.
  const boss = await getBoss();
  const ids = await boss.insert(
    QUEUES.confirmation,
    bookings.map((b) => ({ data: { bookingId: b.id } })),
    { returnId: true },
  );
  expect(ids).toHaveLength(JOBS);

  const jobs = await waitFor(async () => {
    // To the microsecond, as text: two batches fetched side by side can fall in one millisecond.
    const rows = await db().$queryRaw<{ state: string; started_on: string }[]>`
      SELECT state::text, started_on::text AS started_on FROM pgboss.job WHERE id = ANY(${ids}::uuid[])`;
    return rows.every((r) => r.state === "completed") ? rows : undefined;
  }, 60_000);
  // A batch is fetched by one statement, which stamps all its jobs with one start.
  const perFetch = new Map<string, number>();
  for (const j of jobs) perFetch.set(j.started_on, (perFetch.get(j.started_on) ?? 0) + 1);
  expect(Math.max(...perFetch.values())).toBeGreaterThan(1);
  expect(Math.max(...perFetch.values())).toBeLessThanOrEqual(WORK[QUEUES.confirmation].batchSize);
  // Each booking's two e-mails went out once.
  expect(await db().emailOutbox.count({ where: { kind: "booking-confirmation", status: "LOGGED" } })).toBe(2 * JOBS);

  worker.kill("SIGTERM");
  expect(await exited(worker)).toEqual({ code: 0, signal: null });
}, 180_000);
