import { randomUUID } from "node:crypto";
import { afterAll, expect, it } from "vitest";
import { db } from "../db";
import { QUEUES, stopBoss } from "./boss";
import { enqueueJobs } from "./enqueue-jobs";
import { statementsDuring } from "../../tests/factories/statements";

afterAll(() => stopBoss());

const HOUR = 3_600_000;

async function jobsFor(tag: string) {
  return db().$queryRaw<{ name: string; data: { tag: string; n: number }; start_after: Date; retry_limit: number }[]>`
    SELECT name, data, start_after, retry_limit FROM pgboss.job WHERE data->>'tag' = ${tag} ORDER BY name, data->>'n'`;
}

const batches = (tag: string, at: Date) =>
  [
    [QUEUES.confirmation, [{ data: { tag, n: 0 } }]],
    [
      QUEUES.reminder,
      [
        { data: { tag, n: 1 }, startAfter: at },
        { data: { tag, n: 2 }, startAfter: new Date(at.getTime() + HOUR) },
      ],
    ],
    [QUEUES.feedbackRequest, []], // an empty batch adds nothing
    [QUEUES.cancelled, [{ data: { tag, n: 3 }, retryLimit: 1 }]],
  ] as Parameters<typeof enqueueJobs>[1];

it("inserts several queues' jobs in one statement, each as pg-boss's own insert would", async () => {
  await db().$transaction((tx) => enqueueJobs(tx, [[QUEUES.confirmation, [{ data: { warm: true } }]]])); // starts pg-boss
  const tag = randomUUID();
  const at = new Date(Date.now() + 48 * HOUR);
  const sent = await statementsDuring(() => db().$transaction((tx) => enqueueJobs(tx, batches(tag, at))));
  expect(
    sent.filter((s) => s.includes("pgboss")),
    sent.join("\n"),
  ).toHaveLength(1);
  const jobs = await jobsFor(tag);
  expect(jobs.map((j) => [j.name, j.data.n])).toEqual([
    [QUEUES.cancelled, 3],
    [QUEUES.confirmation, 0],
    [QUEUES.reminder, 1],
    [QUEUES.reminder, 2],
  ]);
  expect(jobs[2]!.start_after.getTime()).toBe(at.getTime());
  expect(jobs[3]!.start_after.getTime()).toBe(at.getTime() + HOUR);
  // Options per job, and the queue's own defaults otherwise (lib/jobs/boss.ts: eight retries).
  expect(jobs[0]!.retry_limit).toBe(1);
  expect(jobs[1]!.retry_limit).toBe(8);
});

it("stands or falls with the caller's transaction", async () => {
  const tag = randomUUID();
  await expect(
    db().$transaction(async (tx) => {
      await enqueueJobs(tx, batches(tag, new Date(Date.now() + 48 * HOUR)));
      throw new Error("roll back");
    }),
  ).rejects.toThrow("roll back");
  expect(await jobsFor(tag)).toEqual([]);
});

it("wakes a listening worker when a due job commits, in the same one statement", async () => {
  const { Client } = await import("pg");
  const listener = new Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  try {
    // pg-boss's channel for the `pgboss` schema (plans.notifyChannelSql).
    const [row] = await db().$queryRaw<{ channel: string }[]>`
      SELECT 'pgboss_' || left(encode(sha224('pgboss'::bytea), 'hex'), 24) AS channel`;
    const channel = row!.channel;
    await listener.query(`LISTEN ${channel}`);
    const heard: string[] = [];
    listener.on("notification", (n) => heard.push(n.payload ?? ""));

    const tag = randomUUID();
    const later = new Date(Date.now() + 48 * HOUR);
    // Only reminders for later: nothing is due, nobody is woken.
    await db().$transaction((tx) => enqueueJobs(tx, [[QUEUES.reminder, [{ data: { tag, n: 0 }, startAfter: later }]]]));
    const sent = await statementsDuring(() => db().$transaction((tx) => enqueueJobs(tx, batches(tag, later))));
    expect(sent.filter((s) => s.includes("pgboss"))).toHaveLength(1);
    // A round trip on the listener's connection delivers whatever was notified before it.
    await listener.query("SELECT 1");
    expect(heard.sort()).toEqual([QUEUES.cancelled, QUEUES.confirmation]);
  } finally {
    await listener.end();
  }
});
