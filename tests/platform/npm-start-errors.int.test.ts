import { spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort } from "../../lib/platform/free-port";

// Issue #21: `npm start` with a broken configuration must stop with one sentence naming the setting,
// before it claims to serve. Each case fails before the build, so no build is needed here.
const root = path.resolve(import.meta.dirname, "../..");
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "mockloop-start-errors-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function npmStart(extra: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  for (const key of ["DATABASE_URL", "AUTH_SECRET", "NODE_ENV", "TEST_DATABASE_URL"])
    if (!(key in extra)) delete env[key];
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, output };
}

const secret = "start-errors-secret-start-errors-secret-0";

it("names DATABASE_URL when nothing listens there, instead of connect ECONNREFUSED", async () => {
  const port = await freePort();
  const run = await npmStart({
    DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/mockloop`,
    AUTH_SECRET: secret,
    PORT: String(await freePort()),
  });
  expect(run.code).toBe(1);
  expect(run.output).toContain(`DATABASE_URL points at 127.0.0.1:${port}, where nothing accepts connections.`);
  expect(run.output).not.toContain("serving");
});

it("says PORT is in use in one sentence before claiming to serve", async () => {
  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, resolve));
  const { port } = holder.address() as net.AddressInfo;
  try {
    const run = await npmStart({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/mockloop",
      AUTH_SECRET: secret,
      PORT: String(port),
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain(`PORT ${port} is already in use by another program.`);
    expect(run.output).not.toMatch(/serving|EADDRINUSE/);
  } finally {
    holder.close();
  }
});

it("refuses to start in production with DATABASE_URL and no AUTH_SECRET", async () => {
  const run = await npmStart({
    DATABASE_URL: "postgresql://postgres@127.0.0.1:1/mockloop",
    PORT: String(await freePort()),
  });
  expect(run.code).toBe(1);
  expect(run.output).toContain("AUTH_SECRET is required in production");
});

it("names a truncated .data/auth-secret and how to recover, not AUTH_SECRET", async () => {
  const dataDir = path.join(dir, "data");
  await chmod(dir, 0o755); // as root the embedded server's user must reach it
  await mkdir(dataDir);
  await writeFile(path.join(dataDir, "auth-secret"), "cut-short");
  const run = await npmStart({ MOCKLOOP_DATA_DIR: dataDir, PORT: String(await freePort()) });
  expect(run.code).toBe(1);
  expect(run.output).toContain(`The sign-in secret in ${path.join(dataDir, "auth-secret")} is damaged`);
  expect(run.output).not.toContain("AUTH_SECRET is invalid");
  expect(run.output).toContain("[mockloop] stopped"); // its embedded PostgreSQL too
}, 120_000);
