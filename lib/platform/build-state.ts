import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Decides whether `.next` is a build of the current sources, so `npm start`
 * builds only when something changed. A content hash, not mtimes: a fresh
 * clone has new mtimes but may reuse a build copied beside it.
 */
const SOURCE_ROOTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "proxy.ts", "instrumentation.ts"];
const SOURCE_FILES = ["next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const STAMP = "mockloop-source-hash";

function* walk(target: string): Generator<string> {
  if (!existsSync(target)) return;
  if (statSync(target).isFile()) {
    yield target;
    return;
  }
  for (const entry of readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    if (entry.name.endsWith(".test.ts")) continue; // tests do not change the build
    yield* walk(path.join(target, entry.name));
  }
}

export function sourceHash(root: string): string {
  const hash = createHash("sha256");
  for (const rel of [...SOURCE_ROOTS, ...SOURCE_FILES]) {
    for (const file of walk(path.join(root, rel))) {
      hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function isBuildCurrent(root: string): boolean {
  const stamp = path.join(root, ".next", STAMP);
  return (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === sourceHash(root)
  );
}

export function markBuildCurrent(root: string, hash: string): void {
  writeFileSync(path.join(root, ".next", STAMP), hash);
}

/** Runs `next build` unless `.next` already holds a build of these sources. Resolves to false when the build failed. */
export async function buildIfNeeded(
  root: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<boolean> {
  if (isBuildCurrent(root)) return true;
  log("building the app (first start or changed sources)…");
  const hash = sourceHash(root);
  const build = spawn(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const code = await new Promise<number>((resolve) => build.once("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) return false;
  markBuildCurrent(root, hash);
  return true;
}
