import { readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * Where the e2e server leaves its database's URL, so a spec can arrange data that
 * no page can make (a booking whose room is open now, an interview that just ended).
 */
function urlFile(port: string) {
  return path.join(os.tmpdir(), `mockloop-e2e-${port}.database-url`);
}

export async function publishE2eDatabaseUrl(port: string, url: string): Promise<void> {
  await writeFile(urlFile(port), url, { mode: 0o600 });
}

export async function forgetE2eDatabaseUrl(port: string): Promise<void> {
  await rm(urlFile(port), { force: true });
}

/** A small pool on the running e2e server's database (plain SQL: Playwright cannot load the Prisma client). */
export async function e2eDatabase(port = process.env.E2E_PORT ?? "3107"): Promise<pg.Pool> {
  const url = (await readFile(urlFile(port), "utf8")).trim();
  return new pg.Pool({ connectionString: url, max: 2 });
}
