import { db } from "../db";
import { logger } from "../logger";
import { sweepMatchRequests } from "./try-match";

/**
 * Runs the Match me sweep every few minutes in each app instance; a
 * PostgreSQL advisory lock makes sure only one instance sweeps at a time, so
 * any number of replicas is safe. (The job-queue issue moves this to pg-boss.)
 */
const SWEEP_LOCK = 727001;
export const SWEEP_INTERVAL_MS = 4 * 60_000;

export async function sweepOnce(): Promise<void> {
  await db().$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${SWEEP_LOCK}) AS locked`;
      if (!lock?.locked) return;
      const result = await sweepMatchRequests();
      if (result.tried || result.expired) logger.info(result, "match sweep");
    },
    { timeout: 3 * 60_000 },
  );
}

let timer: NodeJS.Timeout | undefined;

export function startMatchSweeper(): void {
  if (timer) return;
  timer = setInterval(() => {
    sweepOnce().catch((error: unknown) => logger.error({ err: error }, "match sweep failed"));
  }, SWEEP_INTERVAL_MS);
  timer.unref();
}
