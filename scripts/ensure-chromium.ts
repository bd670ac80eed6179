/**
 * Debian's Chromium, which the browser tests and the benchmark's Lighthouse run
 * drive (Playwright's own browser download is blocked on our machines).
 * Installed with apt when missing and we may; otherwise a message that says how.
 */
import { existsSync } from "node:fs";
import { CHROMIUM_PATH } from "../tests/e2e/support/chromium";
import { runHeld } from "./run-held";

/** Runs apt-get quietly; its output is shown only when it fails. */
async function apt(args: string[]): Promise<boolean> {
  const { code, output } = await runHeld("apt-get", args);
  if (code !== 0) process.stdout.write(output);
  return code === 0;
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
    if ((await apt(["update", "-qq"])) && (await apt(["install", "-y", "-qq", "chromium"]))) {
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
