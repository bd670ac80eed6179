import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureRadicale, RADICALE_PATH } from "../../../scripts/ensure-radicale";

/** A real Radicale CalDAV server on a free port with its own folder and one user (plain htpasswd). */
export interface Radicale {
  url: string;
  username: string;
  password: string;
  /** MKCALENDAR at /<user>/<name>/; returns the calendar's URL. */
  makeCalendar(name: string): Promise<string>;
  /** PUT an .ics object into a calendar. */
  putEvent(calendarUrl: string, uid: string, ics: string): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (child.exitCode !== null) throw new Error(`Radicale exited (${child.exitCode}): ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Radicale did not listen on ${port}: ${log()}`);
}

export async function startRadicale(): Promise<Radicale> {
  if (!ensureRadicale()) throw new Error("Radicale is not installed");
  const dir = await mkdtemp(path.join(tmpdir(), "mockloop-radicale-"));
  const port = await freePort();
  const username = "interviewer";
  const password = "s3cret-radicale";
  await writeFile(path.join(dir, "users"), `${username}:${password}\n`);
  await writeFile(
    path.join(dir, "config"),
    [
      "[server]",
      `hosts = 127.0.0.1:${port}`,
      "[auth]",
      "type = htpasswd",
      `htpasswd_filename = ${path.join(dir, "users")}`,
      "htpasswd_encryption = plain",
      "delay = 0",
      "[storage]",
      `filesystem_folder = ${path.join(dir, "collections")}`,
      "[rights]",
      "type = owner_only",
      "[logging]",
      "level = warning",
      "",
    ].join("\n"),
  );
  const child = spawn(RADICALE_PATH, ["--config", path.join(dir, "config")], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  await waitForPort(port, child, () => output);
  const url = `http://127.0.0.1:${port}/`;
  const auth = `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
  const send = async (method: string, target: string, body?: string, type = "application/xml") => {
    const response = await fetch(target, { method, headers: { authorization: auth, "content-type": type }, body });
    if (!response.ok) throw new Error(`${method} ${target}: ${response.status} ${await response.text()}`);
  };
  return {
    url,
    username,
    password,
    async makeCalendar(name) {
      const target = `${url}${username}/${name}/`;
      await send(
        "MKCALENDAR",
        target,
        `<?xml version="1.0"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>` +
          `<D:displayname>${name}</D:displayname><C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>` +
          `</D:prop></D:set></C:mkcalendar>`,
      );
      return target;
    },
    async putEvent(calendarUrl, uid, ics) {
      await send("PUT", `${calendarUrl}${uid}.ics`, ics, "text/calendar; charset=utf-8");
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
