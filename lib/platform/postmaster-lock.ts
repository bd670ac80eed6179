import { readFileSync } from "node:fs";
import { readFile, readlink, realpath, unlink } from "node:fs/promises";
import path from "node:path";

/**
 * PostgreSQL's `postmaster.pid` in a data folder: who holds it, and whether it may go.
 * PostgreSQL itself refuses to start while the pid in that file is alive, and a pid is
 * often alive again as some other process after a reboot or in a container (pids are
 * reused), so a dead server's lock can block every later start. We remove a lock only when
 * its pid is gone or belongs to something that is not a PostgreSQL on this folder, and
 * never the lock of a live server (docs/decisions/0021-outages-and-start-up.md).
 */
export function lockFile(dataDir: string): string {
  return path.join(dataDir, "postmaster.pid");
}

async function lockPid(dataDir: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(lockFile(dataDir), "utf8")).split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's (a postgres-owned server seen by a non-root caller).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

/** A server started from outside has exited but may wait unreaped (a container whose pid 1 reaps nothing). */
function isZombie(pid: number): boolean {
  try {
    return /^State:\s*Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
}

/**
 * The pid of a live postmaster serving this data folder, if there is one. A postmaster
 * works in its data folder, so on Linux /proc/<pid>/cwd tells it from a stranger that was
 * given the same pid. Where that cannot be read (another OS, another user's process) a live
 * pid counts as the server's: wrongly keeping a lock is safe, wrongly removing one is not.
 */
export async function livePostmaster(dataDir: string): Promise<number | undefined> {
  const pid = await lockPid(dataDir);
  if (pid === undefined || !isAlive(pid)) return undefined;
  let cwd: string;
  try {
    cwd = await readlink(`/proc/${pid}/cwd`);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" && !isAlive(pid) ? undefined : pid;
  }
  return cwd === (await realpath(dataDir)) ? pid : undefined;
}

/**
 * Before a start: removes the lock of a server that is gone, and stops with a sentence when
 * a live one holds the folder. Returns the pid named by the removed lock, if any.
 */
export async function clearStaleLock(dataDir: string): Promise<number | undefined> {
  const pid = await lockPid(dataDir);
  if (pid === undefined) return undefined;
  if ((await livePostmaster(dataDir)) !== undefined) {
    throw new Error(
      `A PostgreSQL server (pid ${pid}) is already running on ${dataDir}. Is another \`npm start\` using this data ` +
        `folder? Stop it first, or set MOCKLOOP_DATA_DIR to another folder.`,
    );
  }
  await unlink(lockFile(dataDir)).catch(() => {});
  return pid;
}

/** Asks a postmaster for PostgreSQL's fast shutdown and waits until it has gone. */
export async function stopPostmaster(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  // Not our child, so no exit event: look until the pid is gone (a fast shutdown takes well under a second).
  while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
}
