/**
 * A child process whose output is held until it ends, so that work running beside it does not mix lines with it.
 * `npm test` shows a held phase's output always; the Chromium install shows apt's only when it fails.
 */
import { spawn } from "node:child_process";

export type HeldRun = { code: number; output: Buffer };

/** Resolves when the command ends, with its exit code (1 when it could not start, its output then saying why). */
export function runHeld(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  const output: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
  return new Promise<HeldRun>((resolve) => {
    child.once("error", (error) =>
      resolve({ code: 1, output: Buffer.from(`${command} ${args.join(" ")}: ${error.message}\n`) }),
    );
    child.once("close", (code) => resolve({ code: code ?? 1, output: Buffer.concat(output) }));
  });
}
