import type { PgBoss } from "pg-boss";

/** The job worker's name in pg-boss's instance registry (app instances register unnamed). */
export const WORKER_INSTANCE_NAME = "mockloop-worker";
/** How often the worker refreshes its registry row; three missed beats and it reads as not running. */
export const WORKER_HEARTBEAT_SECONDS = 10;
/**
 * A job due this long ago and still waiting means the worker is behind: a
 * confirmation should leave within seconds of its booking (the target is 5 s).
 */
export const BEHIND_AFTER_SECONDS = 30;

export interface WorkerLiveness {
  /** Workers heard from within three heartbeats and not stopped. */
  live: number;
  /** The last heartbeat of any worker, live or not; null if none ever ran on this database. */
  lastSeenAt: Date | null;
}

/** Whether any job worker is running, from the heartbeats pg-boss records for each instance. */
export async function workerLiveness(boss: PgBoss): Promise<WorkerLiveness> {
  const workers = (await boss.getInstances()).filter((i) => i.name === WORKER_INSTANCE_NAME);
  const lastSeen = Math.max(...workers.map((w) => new Date(w.heartbeatOn).getTime()));
  return {
    live: workers.filter((w) => w.live).length,
    lastSeenAt: Number.isFinite(lastSeen) ? new Date(lastSeen) : null,
  };
}
