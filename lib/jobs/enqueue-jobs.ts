import { fromPrisma, type JobInsert } from "pg-boss";
import type { DbTransaction } from "../db";
import { getBoss, type QueueName } from "./boss";

export type JobBatch = [QueueName, JobInsert[]];

/**
 * Inserts jobs for several queues with pg-boss's own insert on the caller's
 * transaction, so they exist only if it commits.
 */
export async function enqueueJobs(tx: DbTransaction, batches: JobBatch[]): Promise<void> {
  const boss = await getBoss();
  const db = fromPrisma(tx);
  for (const [name, jobs] of batches) {
    if (jobs.length > 0) await boss.insert(name, jobs, { db });
  }
}
