import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

/**
 * A data folder last run with fsync=off (every embedded server before decision 0021, and
 * tests) may hold writes the OS never flushed; turning fsync back on does not flush them.
 * PostgreSQL's answer is `initdb --sync-only` before the first durable start. The previous
 * start's command line is in postmaster.opts, which the server writes as it starts.
 */
export async function flushIfLastRunNotDurable(
  binDir: string,
  dataDir: string,
  asUser: { uid?: number; gid?: number },
): Promise<boolean> {
  const previous = await readFile(path.join(dataDir, "postmaster.opts"), "utf8").catch(() => "");
  if (!previous.includes("fsync=off")) return false;
  await promisify(execFile)(path.join(binDir, "initdb"), ["--sync-only", `--pgdata=${dataDir}`], {
    ...asUser,
    cwd: "/",
  });
  return true;
}
