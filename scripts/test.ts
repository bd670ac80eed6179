/**
 * `npm test`: every test. Unit and integration tests (Vitest), then a
 * production build if the current one is stale, the benchmark's smoke run
 * (scripts/bench), then Playwright end-to-end
 * tests in Debian's Chromium, which this script installs when it is missing.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "../lib/platform/build-state";
import { ensureChromium } from "./ensure-chromium";

const root = process.cwd();
const say = (line: string) => console.log(`[test] ${line}`);

/** Runs one phase and says how long it took, so a slow `npm test` shows which phase to look at. */
function run(command: string, args: string[]): number {
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  say(`${path.basename(command)} ${args[0] ?? ""}: ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status ?? 1;
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
    if (!ensureChromium(say, "the browser tests")) process.exit(1);
    const building = Date.now();
    if (!(await buildIfNeeded(root, process.env, say))) process.exit(1);
    say(`build (when stale): ${Math.round((Date.now() - building) / 1000)} s`);
    // The benchmark's smoke run (tiny data): its load paths still work — the one-slot race gives one 201,
    // every workload answers 2xx. It asserts no timings (docs/benchmarks.md).
    if (run("node_modules/.bin/tsx", ["scripts/bench/bench.ts", "--smoke"]) !== 0) process.exit(1);
    if (run("node_modules/.bin/playwright", ["test"]) !== 0) process.exit(1);
  }
  say("all tests passed");
}

void main();
