/**
 * Debian's Chromium, which the browser tests and the benchmark's Lighthouse run
 * drive (Playwright's own browser download is blocked on our machines).
 * Installed with apt when missing and we may; otherwise a message that says how.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM_PATH } from "../tests/e2e/support/chromium";

/** Runs apt-get quietly; its output is shown only when it fails. */
function apt(args: string[], say: (line: string) => void): Promise<boolean> {
  const child = spawn("apt-get", args, { stdio: ["ignore", "pipe", "pipe"] });
  const output: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.once("error", (error) => {
      say(`apt-get ${args.join(" ")}: ${error.message}`);
      resolve(false);
    });
    child.once("close", (code) => {
      if (code !== 0) process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

/**
 * Resolves true when Chromium is there (already, or installed now); false after saying how to install it. It can run
 * beside other work: `npm test` installs it while the app builds.
 */
export async function ensureChromium(say: (line: string) => void, purpose: string): Promise<boolean> {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    say(`installing Debian's Chromium for ${purpose} (Playwright's own download is blocked here)…`);
    const started = Date.now();
    if ((await apt(["update", "-qq"], say)) && (await apt(["install", "-y", "-qq", "chromium"], say))) {
      say(`Chromium installed in ${Math.round((Date.now() - started) / 1000)} s`);
      if (existsSync(CHROMIUM_PATH)) return true;
    }
  }
  say(
    `Chromium is missing at ${CHROMIUM_PATH}. Install it with \`sudo apt-get install -y chromium\` ` +
      "(or set CHROMIUM_PATH to a Chromium binary) and run this again.",
  );
  return false;
}
