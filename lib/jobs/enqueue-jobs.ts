import type { Db, JobInsert } from "pg-boss";
import type { DbTransaction } from "../db";
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
 * interviewer's schedule lock was held. pg-boss still shapes the rows and
 * writes each queue's INSERT: handed a database that records instead of
 * running, it gives its statements back, and they run as one WITH. A
 * statement of another form (a future pg-boss, a queue with notify on) runs
 * on its own instead, as pg-boss would have run it.
 */
export async function enqueueJobs(tx: DbTransaction, batches: JobBatch[]): Promise<void> {
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
  if (captured.length === 0) return;
  if (captured.length === 1 || !captured.every(foldable)) {
    for (const { text, values } of captured) await tx.$executeRawUnsafe(text, ...values);
    return;
  }
  // Data-modifying CTEs all run, referenced or not, in the statement's one snapshot.
  const parts = captured.map(({ text }, i) => text.replaceAll("$1", `$${i + 1}`));
  const last = parts.pop()!;
  const sql = `WITH ${parts.map((part, i) => `job_${i} AS (${part})`).join(", ")} ${last}`;
  await tx.$executeRawUnsafe(sql, ...captured.map((c) => c.values[0]));
}

/** A plain INSERT whose only parameter is $1 (pg-boss's rows as JSON) nests as a CTE under a new number. */
function foldable({ text, values }: Captured): boolean {
  const params = text.match(/\$\d+/g) ?? [];
  return /^\s*INSERT\s/i.test(text) && values.length === 1 && params.length > 0 && params.every((p) => p === "$1");
}
