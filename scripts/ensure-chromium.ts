/**
 * Debian's Chromium, which the browser tests and the benchmark's Lighthouse run
 * drive (Playwright's own browser download is blocked on our machines).
 * Installed with apt when missing and we may; otherwise a message that says how.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM_PATH } from "../tests/e2e/support/chromium";

/** True when Chromium is there (already, or installed now); false after saying how to install it. */
export function ensureChromium(say: (line: string) => void, purpose: string): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    say(`installing Debian's Chromium for ${purpose} (Playwright's own download is blocked here)…`);
    const apt = (args: string[]) => spawnSync("apt-get", args, { stdio: "inherit" }).status === 0;
    if (apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "chromium"]) && existsSync(CHROMIUM_PATH)) return true;
  }
  say(
    `Chromium is missing at ${CHROMIUM_PATH}. Install it with \`sudo apt-get install -y chromium\` ` +
      "(or set CHROMIUM_PATH to a Chromium binary) and run this again.",
  );
  return false;
}
