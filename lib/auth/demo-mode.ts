import type { Env } from "../env";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * Demo sign-in (as any seeded user, no e-mail) is on exactly when MockLoop runs
 * on its own embedded database, or when DEMO_MODE=1 and the database is on this
 * machine. Anywhere else the demo route is a 404.
 */
export function isDemoMode(config: Pick<Env, "MOCKLOOP_EMBEDDED" | "DEMO_MODE" | "DATABASE_URL">): boolean {
  if (config.MOCKLOOP_EMBEDDED) return true;
  if (!config.DEMO_MODE) return false;
  try {
    return LOCAL_HOSTS.has(new URL(config.DATABASE_URL).hostname);
  } catch {
    return false;
  }
}
