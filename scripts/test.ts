/**
 * `npm test`: every test. Types, lint and (when stale) the production build, then unit and
 * integration tests (Vitest), the benchmark's smoke run (scripts/bench), then Playwright
 * end-to-end tests in Debian's Chromium, which this script installs when it is missing.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "../lib/platform/build-state";
import { ensureChromium } from "./ensure-chromium";
import { runHeld } from "./run-held";

const root = process.cwd();
const say = (line: string) => console.log(`[test] ${line}`);

/** "[test] vitest run: 235 s"; a script run by this Node under tsx is named by its path. */
function sayTime(command: string, args: string[], started: number): void {
  const words =
    command === process.execPath
      ? args.filter((a) => a !== "--import" && a !== "tsx")
      : [path.basename(command), ...args];
  say(`${words.slice(0, 2).join(" ")}: ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Runs one phase and says how long it took, so a slow `npm test` shows which phase to look at. */
function run(command: string, args: string[]): number {
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  sayTime(command, args, started);
  return result.status ?? 1;
}

/** As run(), beside other phases: its output is held until it ends, so their lines do not mix. */
async function runBeside(command: string, args: string[]): Promise<number> {
  const started = Date.now();
  const { code, output } = await runHeld(command, args, {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.stdout.write(output);
  sayTime(command, args, started);
  return code;
}

async function build(): Promise<boolean> {
  const building = Date.now();
  const built = await buildIfNeeded(root, process.env, say);
  say(`build (when stale): ${Math.round((Date.now() - building) / 1000)} s`);
  return built;
}

async function main() {
  const only = process.argv[2]; // "unit", "e2e" or nothing for everything
  let built = false;
  // Installed (when missing) while the static checks and Vitest run: apt waits on the network more than the CPU.
  const chromium = only === "unit" ? Promise.resolve(true) : ensureChromium(say, "the browser tests");
  if (!only) {
    // Static checks first: the build, then types everywhere (tsc reads the route types the build writes), and beside
    // them the lint rules that keep the database client inside lib/ (docs/ARCHITECTURE.md). The build skips its
    // own type check, which tsc's would repeat (decision 0040).
    say("building, type-checking and linting…");
    const [lint, buildAndTypes] = await Promise.all([
      runBeside("node_modules/.bin/eslint", [".", "--max-warnings=0"]).then(async (code) =>
        // Formatting after the lint rules: code drifts from Prettier when nothing checks it (126 files had).
        code === 0 ? runBeside("node_modules/.bin/prettier", ["--check", "--log-level=warn", "."]) : code,
      ),
      build().then(async (ok) => ok && (await runBeside("node_modules/.bin/tsc", ["--noEmit", "-p", "."])) === 0),
    ]);
    if (lint !== 0 || !buildAndTypes) process.exit(1);
    built = true;
  }
  if (only !== "e2e") {
    if (run("node_modules/.bin/vitest", ["run"]) !== 0) process.exit(1);
  }
  if (only !== "unit") {
    if (!(await chromium)) process.exit(1);
    if (!built && !(await build())) process.exit(1);
    // The benchmark's smoke run (tiny data): its load paths still work — the one-slot race gives one 201,
    // every workload answers 2xx. It asserts no timings (docs/benchmarks.md).
    if (run(process.execPath, ["--import", "tsx", "scripts/bench/bench.ts", "--smoke"]) !== 0) process.exit(1);
    if (run("node_modules/.bin/playwright", ["test"]) !== 0) process.exit(1);
  }
  say("all tests passed");
}

void main();
