import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MIN_LENGTH = 32; // lib/env.ts asks the same of AUTH_SECRET

/** The embedded default makes AUTH_SECRET once and keeps it beside the data, so sessions survive restarts. */
export function loadOrCreateAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    // The person never set AUTH_SECRET, so "AUTH_SECRET is invalid" would point them at the wrong thing.
    if (secret.length < MIN_LENGTH) {
      throw new Error(
        `The sign-in secret in ${file} is damaged: it has ${secret.length} characters, not ${MIN_LENGTH} or more ` +
          `(a full disk or a crash may have cut it short). Restore it from a backup, or delete the file: ` +
          `npm start then makes a new one, and everyone has to sign in again.`,
      );
    }
    return secret;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
