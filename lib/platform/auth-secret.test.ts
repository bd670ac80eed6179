import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { loadOrCreateAuthSecret } from "./auth-secret";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it("makes a secret once and reads the same one back", () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mockloop-secret-"));
  const secret = loadOrCreateAuthSecret(dir);
  expect(secret.length).toBeGreaterThanOrEqual(32);
  expect(loadOrCreateAuthSecret(dir)).toBe(secret);
});

it("names the file and how to recover when it was cut short, not AUTH_SECRET the person never set", () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mockloop-secret-"));
  const file = path.join(dir, "auth-secret");
  writeFileSync(file, loadOrCreateAuthSecret(dir).slice(0, 10));
  expect(() => loadOrCreateAuthSecret(dir!)).toThrow(
    new RegExp(`The sign-in secret in ${file} is damaged: it has 10 characters.*delete the file`),
  );
  expect(readFileSync(file, "utf8")).toHaveLength(10); // left for the person to restore
});
