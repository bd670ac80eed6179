import { db, type DbClient } from "../db";
import { AppError } from "../errors";

/**
 * A fixed-window counter in PostgreSQL, so every app instance shares it.
 * One statement increments and reads the count atomically.
 */
export async function consumeRateLimit(
  key: string,
  options: { limit: number; windowSeconds: number; message: string },
  client: DbClient = db(),
): Promise<void> {
  const windowMs = options.windowSeconds * 1000;
  const now = Date.now();
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_buckets (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_buckets.count + 1
    RETURNING count`;
  const count = rows[0]?.count ?? 0;
  if (count > options.limit) {
    const retryAfter = Math.ceil((windowStart.getTime() + windowMs - now) / 1000);
    throw new AppError("RATE_LIMITED", options.message, { headers: { "retry-after": String(retryAfter) } });
  }
}

/** Old windows are useless; deleting them keeps the table small. */
export async function pruneRateLimits(olderThan: Date, client: DbClient = db()): Promise<number> {
  const { count } = await client.rateLimitBucket.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}
