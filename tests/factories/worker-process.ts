import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** A real job worker process (scripts/worker.ts) on the test's database, for tests that kill it. */
const ROOT = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];

export function startWorkerProcess(extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: "warn",
      WORKER_SUPERVISE_INTERVAL_SECONDS: "1",
      WORKER_MONITOR_INTERVAL_SECONDS: "1",
      WORKER_POLLING_INTERVAL_SECONDS: "1",
      ...extraEnv,
    },
    // The IPC channel carries the worker's "ready" once it works its queues.
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  children.push(child);
  return child;
}

/** Resolves once the worker has started working its queues; rejects if it exits first. */
export function workerReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on("message", (m) => m === "ready" && resolve());
    child.once("exit", (code, signal) =>
      reject(new Error(`the worker exited (${code ?? signal}) before it was ready`)),
    );
  });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function killWorkerProcesses(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
