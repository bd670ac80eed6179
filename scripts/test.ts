/**
 * `npm test`: every test. Unit and integration tests (Vitest), then a
 * production build if the current one is stale, the benchmark's smoke run
 * (scripts/bench), then Playwright end-to-end
 * tests in Debian's Chromium, which this script installs when it is missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { buildIfNeeded } from "../lib/platform/build-state";
import { CHROMIUM_PATH } from "../tests/e2e/support/chromium";

const root = process.cwd();
const say = (line: string) => console.log(`[test] ${line}`);

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return result.status ?? 1;
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    say("installing Debian's Chromium for the browser tests (Playwright's own download is blocked here)…");
    if (run("apt-get", ["update", "-qq"]) === 0 && run("apt-get", ["install", "-y", "-qq", "chromium"]) === 0) return;
  }
  console.error(
    `[test] Chromium is missing at ${CHROMIUM_PATH}. Install it with \`sudo apt-get install -y chromium\` ` +
      "(or set CHROMIUM_PATH to a Chromium binary) and run npm test again.",
  );
  process.exit(1);
}

async function main() {
  const only = process.argv[2]; // "unit", "e2e" or nothing for everything
  if (!only) {
    // Static checks first: types everywhere, and the lint rules that keep the
    // database client inside lib/ (docs/ARCHITECTURE.md).
    say("type-checking and linting…");
    if (run("node_modules/.bin/tsc", ["--noEmit", "-p", "."]) !== 0) process.exit(1);
    if (run("node_modules/.bin/eslint", [".", "--max-warnings=0"]) !== 0) process.exit(1);
  }
  if (only !== "e2e") {
    if (run("node_modules/.bin/vitest", ["run"]) !== 0) process.exit(1);
  }
  if (only !== "unit") {
    ensureChromium();
    if (!(await buildIfNeeded(root, process.env, say))) process.exit(1);
    // The benchmark's smoke run (tiny data): its load paths still work — the one-slot race gives one 201,
    // every workload answers 2xx. It asserts no timings (docs/benchmarks.md).
    if (run("node_modules/.bin/tsx", ["scripts/bench/bench.ts", "--smoke"]) !== 0) process.exit(1);
    if (run("node_modules/.bin/playwright", ["test"]) !== 0) process.exit(1);
  }
  say("all tests passed");
}

void main();
