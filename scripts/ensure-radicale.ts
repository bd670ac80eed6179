/**
 * Debian's Radicale, the CalDAV server the external-calendar tests start (a real
 * server, not a mock). Installed with apt when missing and we may (CI runs as
 * root with Debian's apt); otherwise a message that says how.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const RADICALE_PATH = process.env.RADICALE_PATH ?? "/usr/bin/radicale";

/** True when Radicale is there (already, or installed now); false after saying how to install it. */
export function ensureRadicale(say: (line: string) => void = console.warn): boolean {
  if (existsSync(RADICALE_PATH)) return true;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    say("installing Debian's Radicale for the CalDAV tests…");
    const apt = (args: string[]) => spawnSync("apt-get", args, { stdio: "inherit" }).status === 0;
    if (apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "radicale"]) && existsSync(RADICALE_PATH)) return true;
  }
  say(
    `Radicale is missing at ${RADICALE_PATH}. Install it with \`sudo apt-get install -y radicale\` (or set RADICALE_PATH) and run this again.`,
  );
  return false;
}
