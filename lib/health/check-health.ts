import packageJson from "../../package.json";
import { db as defaultDb, type DbClient } from "../db";

export interface Health {
  status: "ok" | "unavailable";
  version: string;
  database: { status: "up" | "down"; latencyMs: number | null };
}

const DB_TIMEOUT_MS = 2_000;

/** Pings the database; a dead pool recovers by itself because pg replaces broken connections. */
export async function checkHealth(db: DbClient = defaultDb()): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database ping timed out")), DB_TIMEOUT_MS);
      }),
    ]);
    const latencyMs = Math.round(performance.now() - started);
    return { status: "ok", version: packageJson.version, database: { status: "up", latencyMs } };
  } catch {
    return { status: "unavailable", version: packageJson.version, database: { status: "down", latencyMs: null } };
  } finally {
    clearTimeout(timer);
  }
}
