import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";
import { logger } from "./logger";
import { statementNamer } from "./platform/statement-names";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`; business functions accept either. */
export type DbTransaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type DbClient = PrismaClient | DbTransaction;

const SLOW_QUERY_MS = 200;

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  const nameOf = statementNamer();
  const adapter = new PrismaPg(
    {
      connectionString,
      max: poolSize,
      // Fail fast when the database is down so health answers 503 instead of hanging.
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
    },
    // Prepared statements, parsed and planned once per connection (lib/platform/statement-names.ts).
    { statementNameGenerator: (query) => nameOf(query.sql) },
  );
  const client = new PrismaClient({
    adapter,
    log: process.env.NODE_ENV === "development" ? [{ emit: "event", level: "query" }] : [],
  });
  if (process.env.NODE_ENV === "development") {
    client.$on("query" as never, (e: { duration: number; query: string }) => {
      if (e.duration > SLOW_QUERY_MS) logger.warn({ durationMs: e.duration, query: e.query }, "slow query");
    });
  }
  return client;
}

// One client per process: Next's dev server reloads modules, globalThis survives.
const globalForDb = globalThis as unknown as { mockloopDb?: PrismaClient; mockloopDbUrl?: string };

export function db(): PrismaClient {
  const url = env().DATABASE_URL;
  if (!globalForDb.mockloopDb || globalForDb.mockloopDbUrl !== url) {
    globalForDb.mockloopDb = createPrismaClient(url, env().DATABASE_POOL_SIZE);
    globalForDb.mockloopDbUrl = url;
  }
  return globalForDb.mockloopDb;
}
