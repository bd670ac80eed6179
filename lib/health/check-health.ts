import packageJson from "../../package.json";
import { db as defaultDb, type DbClient } from "../db";
import { sqlState } from "../errors";

export interface Health {
  /** ok: serving. degraded: the database answers but refuses writes. unavailable: no database. */
  status: "ok" | "degraded" | "unavailable";
  version: string;
  database: { status: "up" | "read-only" | "down"; latencyMs: number | null; error?: string };
}

const DB_TIMEOUT_MS = 2_000;
const PROBE_KEY = "health.write-probe";

/**
 * Pings the database and makes one small committed write: a full disk (53100) or a server
 * gone read-only lets every SELECT through while every booking fails, and health must say
 * so (issue #21). A dead pool recovers by itself because pg replaces broken connections.
 */
export async function checkHealth(db: DbClient = defaultDb()): Promise<Health> {
  const started = performance.now();
  const version = packageJson.version;
  try {
    await withTimeout(db.$queryRaw`SELECT 1`);
  } catch {
    return { status: "unavailable", version, database: { status: "down", latencyMs: null } };
  }
  try {
    await withTimeout(db.$executeRaw`
      INSERT INTO system_settings (key, value, updated_at) VALUES (${PROBE_KEY}, 'ok', now())
      ON CONFLICT (key) DO UPDATE SET updated_at = now()`);
  } catch (error) {
    return {
      status: "degraded",
      version,
      database: { status: "read-only", latencyMs: null, error: writeFailure(error) },
    };
  }
  const latencyMs = Math.round(performance.now() - started);
  return { status: "ok", version, database: { status: "up", latencyMs } };
}

async function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("database ping timed out")), DB_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** A short reason for the operator: a SQLSTATE, never a message that could carry data. */
function writeFailure(error: unknown): string {
  const state = sqlState(error);
  if (state === "53100") return "writes fail: the database is out of disk space (53100)";
  if (state === "25006") return "writes fail: the database is read-only (25006)";
  return state ? `writes fail (SQLSTATE ${state})` : "writes fail";
}
