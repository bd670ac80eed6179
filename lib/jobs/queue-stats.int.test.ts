import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "../db";
import { createTestUser, type TestUser } from "../../tests/factories/users";
import { getBoss, QUEUES, stopBoss } from "./boss";
import { jobQueueStats } from "./queue-stats";
import { WORKER_INSTANCE_NAME } from "./worker-status";

/**
 * The admin jobs page said "Everything the worker was given went out" with 943
 * confirmations waiting and no worker taking them. Here each state is made for
 * real in pg-boss's tables and counted back; the worker's presence comes from
 * pg-boss's instance registry.
 */
let admin: TestUser;
beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
});
afterAll(() => stopBoss());

const MINUTE = 60_000;

it("counts each queue's jobs by state, dates the oldest waiting one and says when no worker runs", async () => {
  const boss = await getBoss();
  const q = QUEUES.cancelled;
  // Three taken by a "worker" (fetched before the rest exist): one stays running, one fails and will be
  // retried, one fails for good.
  const retried = await boss.send(q, { n: 4 }, { retryDelay: 600 });
  const dead = await boss.send(q, { n: 5 }, { retryLimit: 0 });
  const running = await boss.send(q, { n: 6 });
  const taken = await boss.fetch(q, { batchSize: 3 });
  expect(taken.map((j) => j.id).sort()).toEqual([retried, dead, running].sort());
  // Two due (one for five minutes), one for tomorrow.
  await boss.send(q, { n: 1 }, { startAfter: new Date(Date.now() - 5 * MINUTE) });
  await boss.send(q, { n: 2 });
  await boss.send(q, { n: 3 }, { startAfter: new Date(Date.now() + 24 * 60 * MINUTE) });
  await boss.fail(q, [retried!, dead!], { message: "SMTP said no" });

  const stats = await jobQueueStats(admin.caller);
  const cancelled = stats.queues.find((s) => s.name === q)!;
  expect(cancelled).toMatchObject({ waiting: 2, scheduled: 1, running: 1, retrying: 1, failed: 1, done: 0 });
  // The retry's backoff (ten minutes) has not passed: it is retrying, not waiting.
  expect(cancelled.oldestWaitingSeconds).toBeGreaterThanOrEqual(5 * 60);
  expect(cancelled.oldestWaitingSeconds).toBeLessThan(6 * 60);
  expect(stats.queues.find((s) => s.name === QUEUES.reminder)).toMatchObject({
    waiting: 0,
    oldestWaitingSeconds: null,
  });
  expect(stats.failures).toEqual([expect.objectContaining({ queue: q, id: dead, error: "SMTP said no" })]);
  expect(stats.worker).toMatchObject({ state: "not-running", live: 0, lastSeenAt: null });
});

it("tells a running worker that keeps up from one that is behind, and one that stopped", async () => {
  // A process registered under the worker's name, as scripts/worker.ts registers (it works no queue here).
  const worker = new PgBoss({
    connectionString: process.env.DATABASE_URL!,
    instanceName: WORKER_INSTANCE_NAME,
    max: 2,
    supervise: false,
    schedule: false,
  });
  worker.on("error", () => {});
  await worker.start();
  try {
    // The five-minute-old job from the test before still waits: behind.
    expect((await jobQueueStats(admin.caller)).worker).toMatchObject({ state: "behind", live: 1 });

    await db().$executeRaw`DELETE FROM pgboss.job WHERE name = ${QUEUES.cancelled} AND state IN ('created', 'retry')`;
    expect((await jobQueueStats(admin.caller)).worker).toMatchObject({ state: "ok", live: 1 });
  } finally {
    await worker.stop({ graceful: false, close: true });
  }
  const after = (await jobQueueStats(admin.caller)).worker;
  expect(after).toMatchObject({ state: "not-running", live: 0 });
  expect(after.lastSeenAt).toBeInstanceOf(Date);
});

it("is for admins only", async () => {
  const user = await createTestUser();
  await expect(jobQueueStats(user.caller)).rejects.toMatchObject({ code: "NOT_FOUND" });
});
