import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, chown, cp, lstat, mkdir, readlink, rename, rm, stat, symlink } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk to its binaries
 * and its data. A clone in root's 0700 home (`/root/mockloop`) blocks both. Then, rather than
 * open up the person's home folder, the binaries are copied to, and the data kept in, a place
 * that user owns (HOME below), and the data folder in the project becomes a link to it
 * (docs/decisions/0021-outages-and-start-up.md).
 */
export const POSTGRES_HOME = "/var/lib/mockloop";

const run = promisify(execFile);

/** True when every folder above `target` lets others pass (o+x), as the postgres user needs. */
export async function reachableByOthers(target: string): Promise<boolean> {
  for (let dir = path.dirname(path.resolve(target)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) return false;
  }
  return true;
}

export async function postgresUserIds(user: string): Promise<{ uid: number; gid: number }> {
  const id = async (flag: string) => Number((await run("id", [flag, user])).stdout.trim());
  return { uid: await id("-u"), gid: await id("-g") };
}

/** The binaries where the postgres user can run them: a copy under HOME, once per PostgreSQL version. */
export async function reachableBinaries(nativeBinDir: string, version: string): Promise<string> {
  if (await reachableByOthers(nativeBinDir)) return nativeBinDir;
  const target = path.join(POSTGRES_HOME, `postgres-${version}`);
  if (!existsSync(path.join(target, "bin", "postgres"))) {
    await mkdir(POSTGRES_HOME, { recursive: true, mode: 0o755 });
    const partial = `${target}.partial-${process.pid}`;
    await cp(path.dirname(nativeBinDir), partial, {
      recursive: true,
      preserveTimestamps: true,
      verbatimSymlinks: true,
    });
    await chmod(partial, 0o755);
    await rename(partial, target); // all or nothing: a copy cut short is never used
  }
  return path.join(target, "bin");
}

/**
 * The data folder PostgreSQL is given. Where its user can reach `dataDir` that is `dataDir`;
 * otherwise a folder under HOME, owned by that user, with `dataDir` a link to it, so that the
 * project's `.data/pg` still names it (and a second run finds the same data).
 */
export async function reachableDataDir(dataDir: string, user: string): Promise<string> {
  const existing = await lstat(dataDir).catch(() => undefined);
  if (existing?.isSymbolicLink()) return readlink(dataDir);
  if (existing || (await reachableByOthers(dataDir))) return dataDir;
  const name = `${path.basename(path.dirname(dataDir))}-${createHash("sha256").update(dataDir).digest("hex").slice(0, 12)}`;
  const target = path.join(POSTGRES_HOME, "data", name);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
  await rm(target, { recursive: true, force: true }); // an earlier run that never linked it
  await mkdir(target, { mode: 0o700 });
  const { uid, gid } = await postgresUserIds(user);
  await chown(target, uid, gid);
  await symlink(target, dataDir);
  return target;
}
