import type { Db, JobInsert } from "pg-boss";
import type { DbTransaction } from "../db";
import { Prisma } from "../generated/prisma/client";
import { getBoss, type QueueName } from "./boss";

export type JobBatch = [QueueName, JobInsert[]];

interface Captured {
  text: string;
  values: unknown[];
}

/**
 * Inserts jobs for several queues in one statement on the caller's
 * transaction, so they exist only if it commits. pg-boss's insert() takes one
 * queue per call and each call was a round trip, three per booking while the
 * interviewer's schedule lock was held.
 */
export async function enqueueJobs(tx: DbTransaction, batches: JobBatch[]): Promise<void> {
  const captured = await capture(batches);
  if (captured.length === 0) return;
  const ctes = asCtes(captured);
  if (ctes) {
    await tx.$executeRaw`WITH ${ctes} SELECT 1`;
    return;
  }
  for (const { text, values } of captured) await tx.$executeRawUnsafe(text, ...values);
}

/**
 * The same inserts as CTE definitions (`job_0 AS (INSERT …), …`) for a
 * statement the caller runs anyway (a new booking's participants and
 * read-back), or null when there are no jobs or pg-boss wrote a statement that
 * cannot nest: then the caller runs enqueueJobs. Data-modifying CTEs always
 * run, referenced or not, in the statement's one snapshot.
 */
export async function jobInsertCtes(batches: JobBatch[]): Promise<Prisma.Sql | null> {
  return asCtes(await capture(batches));
}

/**
 * pg-boss still shapes each queue's rows and writes its INSERT: handed a
 * database that records instead of running, it gives its statements back.
 */
async function capture(batches: JobBatch[]): Promise<Captured[]> {
  const boss = await getBoss();
  const captured: Captured[] = [];
  const recorder: Db = {
    executeSql: (text, values = []) => {
      captured.push({ text, values });
      return Promise.resolve({ rows: [] });
    },
  };
  for (const [name, jobs] of batches) {
    if (jobs.length > 0) await boss.insert(name, jobs, { db: recorder });
  }
  return captured;
}

/**
 * Only a plain INSERT whose one parameter is $1 (the rows as JSON), the form
 * pg-boss writes today, nests; another form (a future pg-boss) runs on its own
 * instead, as pg-boss would have run it. A notify queue's insert comes wrapped
 * (`WITH ins AS (INSERT …), notified AS (SELECT pg_notify(…) FROM ins WHERE
 * start_after <= now LIMIT 1) SELECT …`): its INSERT nests with the NOTIFY moved
 * into its RETURNING list, which runs for every row even when nothing reads
 * the CTE. PostgreSQL delivers one notification per channel and payload per
 * transaction, at commit, so the worker wakes once the booking is visible.
 */
function asCtes(captured: Captured[]): Prisma.Sql | null {
  const inserts = captured.map(nestable);
  if (inserts.length === 0 || inserts.some((text) => text === null)) return null;
  return Prisma.join(
    inserts.map((text, i) => {
      const pieces = text!.split("$1");
      const inner = new Prisma.Sql(pieces, Array<unknown>(pieces.length - 1).fill(captured[i]!.values[0]));
      return Prisma.sql`${Prisma.raw(`job_${i}`)} AS (${inner})`;
    }),
  );
}

const NOTIFY_WRAPPED =
  /^\s*WITH ins AS \(([\s\S]*)RETURNING id, start_after\s*\),\s*notified AS \(\s*SELECT (pg_notify\([^;]*?\))\s+FROM ins WHERE (start_after <= [\w."]+\(\)) LIMIT 1\s*\)\s*SELECT id FROM ins WHERE \(SELECT count\(\*\) FROM notified\) (?:<|>=) 0\s*$/;

function nestable({ text, values }: Captured): string | null {
  const wrapped = NOTIFY_WRAPPED.exec(text);
  const insert = wrapped ? `${wrapped[1]}RETURNING CASE WHEN ${wrapped[3]} THEN ${wrapped[2]} END` : text;
  const params = insert.match(/\$\d+/g) ?? [];
  const plain =
    /^\s*INSERT\s/i.test(insert) && values.length === 1 && params.length > 0 && params.every((p) => p === "$1");
  return plain ? insert : null;
}
