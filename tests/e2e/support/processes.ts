import { spawn, type ChildProcess } from "node:child_process";
import { expect } from "@playwright/test";

/** Polls a URL until it answers the wanted status (web-first, no fixed sleeps). */
export async function expectStatus(url: string, status: number, timeout = 90_000): Promise<void> {
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).status;
        } catch {
          return 0;
        }
      },
      { timeout, intervals: [250, 500, 1000] },
    )
    .toBe(status);
}

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts a command in its own process group so a test can send Ctrl-C to all of it. */
export function spawnGroup(command: string, args: string[], env: NodeJS.ProcessEnv): Spawned {
  let output = "";
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Sends SIGINT to the whole group, as a terminal's Ctrl-C does. */
export function interruptGroup(spawned: Spawned): void {
  if (spawned.child.pid && spawned.child.exitCode === null) process.kill(-spawned.child.pid, "SIGINT");
}

export function killGroup(spawned: Spawned): void {
  try {
    if (spawned.child.pid) process.kill(-spawned.child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** The environment of the test process without a database, so `npm start` takes its embedded path. */
export function envWithoutDatabase(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of ["DATABASE_URL", "TEST_DATABASE_URL", "AUTH_SECRET", "DEMO_MODE", "E2E_PORT"]) delete env[key];
  return env;
}
