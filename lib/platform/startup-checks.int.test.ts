import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { freePort } from "./free-port";
import { checkDatabaseUrl, checkDataDir, checkPortFree } from "./startup-checks";

// Issue #21: start-up failures used to surface as raw driver text, a silent hang or a raw EADDRINUSE.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "mockloop-startup-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const server = () => new URL(inject("testAdminUrl"));

it("names DATABASE_URL when nothing listens there", async () => {
  const port = await freePort();
  await expect(checkDatabaseUrl(`postgresql://postgres@127.0.0.1:${port}/mockloop`)).rejects.toThrow(
    `MockLoop cannot start: DATABASE_URL points at 127.0.0.1:${port}, where nothing accepts connections.`,
  );
});

it("names an unknown database and an unknown role", async () => {
  const unknownDb = server();
  unknownDb.pathname = "/no_such_database_h21b";
  await expect(checkDatabaseUrl(unknownDb.toString())).rejects.toThrow(
    /DATABASE_URL names the database "no_such_database_h21b", which does not exist on .*createdb no_such_database_h21b/,
  );
  const unknownRole = server();
  unknownRole.username = "no_such_role_h21b";
  await expect(checkDatabaseUrl(unknownRole.toString())).rejects.toThrow(
    /refused the role "no_such_role_h21b" given in DATABASE_URL/,
  );
});

it("gives up on a server that accepts connections but never answers, and says so", async () => {
  const sockets: net.Socket[] = [];
  const silent = net.createServer((socket) => void sockets.push(socket)); // accepts, never speaks
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const { port } = silent.address() as net.AddressInfo;
  try {
    await expect(checkDatabaseUrl(`postgresql://postgres@127.0.0.1:${port}/mockloop`, 300)).rejects.toThrow(
      /accepted the connection but did not answer within 0.3 s/,
    );
  } finally {
    for (const socket of sockets) socket.destroy();
    silent.close();
  }
});

it("says PORT is in use in one sentence", async () => {
  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, resolve));
  const { port } = holder.address() as net.AddressInfo;
  try {
    await expect(checkPortFree(port)).rejects.toThrow(
      `MockLoop cannot start: PORT ${port} is already in use by another program.`,
    );
  } finally {
    holder.close();
  }
  await checkPortFree(port);
});

it("names MOCKLOOP_DATA_DIR when the data folder cannot be written", async () => {
  await checkDataDir(path.join(dir, "fine", "data"));
  // Root writes through any mode bits, so as root the folder is one the kernel refuses outright (sysfs).
  const readOnly = process.getuid?.() === 0 ? "/sys" : path.join(dir, "read-only");
  if (readOnly !== "/sys") execFileSync("mkdir", ["-m", "0555", readOnly]);
  const target = path.join(readOnly, "mockloop-data");
  await expect(checkDataDir(target)).rejects.toThrow(
    new RegExp(
      `MockLoop cannot start: its data folder ${target} \\(MOCKLOOP_DATA_DIR\\) cannot be written \\((EACCES|EPERM|EROFS)\\)`,
    ),
  );
});
