import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./db";
import { handle, jsonResponse } from "./http";
import { createEmbeddedServer, ensureDatabase, type EmbeddedServer } from "./platform/embedded-postgres";
import { freePort } from "./platform/free-port";

// Issue #21: during an outage every request got a 500 and a 1.6 kB stack. A request that fails
// because the database cannot serve it is a 503 with Retry-After. A real PostgreSQL of this
// file's own is stopped, started, restricted and made to refuse writes; the shared one is never touched.
let dir: string;
let server: EmbeddedServer;
let admin: (sql: string) => Promise<pg.QueryResult>;
const clients: Db[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "mockloop-outage-"));
  server = await createEmbeddedServer({ dataDir: path.join(dir, "pg"), port: await freePort(), durable: false });
  await server.start();
  await ensureDatabase(server.url(), "outage");
  admin = async (sql) => {
    const client = new pg.Client({ connectionString: server.url("outage") });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin("CREATE TABLE notes (body text)");
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

function client(url = server.url("outage"), poolSize = 2): Db {
  const db = createPrismaClient(url, poolSize);
  clients.push(db);
  return db;
}

const routeOver = (work: () => Promise<unknown>) =>
  handle(async ({ requestId }) => {
    await work();
    return jsonResponse({ ok: true }, requestId);
  });

const call = (route: ReturnType<typeof routeOver>) => route(new Request("http://localhost/api/v1/bookings"));

async function expect503(response: Response, retryAfter: string, detail: RegExp): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("retry-after")).toBe(retryAfter);
  const body = (await response.json()) as { status: number; title: string; detail: string };
  expect(body).toMatchObject({ status: 503, title: "MockLoop is briefly unavailable" });
  expect(body.detail).toMatch(detail);
}

it("answers 503 with Retry-After while PostgreSQL is down, and 200 again once it is back", async () => {
  const db = client();
  const route = routeOver(() => db.$queryRaw`SELECT 1`);
  expect((await call(route)).status).toBe(200);
  await server.stop();
  try {
    await expect503(await call(route), "5", /can't reach its database/);
    await expect503(await call(route), "5", /can't reach its database/);
  } finally {
    await server.start();
  }
  expect((await call(route)).status).toBe(200);
});

it("answers 503 when the server ends the session mid-query (57P01 admin shutdown)", async () => {
  const db = client();
  const pending = call(routeOver(() => db.$queryRaw`SELECT pg_sleep(30)::text`));
  await expect
    .poll(
      async () =>
        (await admin("SELECT pid FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()"))
          .rowCount,
    )
    .toBe(1);
  await admin(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()",
  );
  await expect503(await pending, "5", /can't reach its database/);
});

it("answers 503 when PostgreSQL has no connection left for us (53300) and when the pool has none free in time", async () => {
  await admin("CREATE ROLE limited LOGIN CONNECTION LIMIT 1");
  await admin("GRANT ALL ON TABLE notes TO limited");
  const url = new URL(server.url("outage"));
  url.username = "limited";
  const holder = client(url.toString(), 1);
  const other = client(url.toString(), 1);
  let release!: () => void;
  const held = holder.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1`;
    await new Promise<void>((resolve) => (release = resolve));
  });
  await expect.poll(() => typeof release).toBe("function");
  try {
    // A second client of the same role: PostgreSQL refuses the connection.
    await expect503(await call(routeOver(() => other.$queryRaw`SELECT 1`)), "5", /can't reach its database/);
    // The same client: its one pooled connection is busy until its connect timeout.
    await expect503(await call(routeOver(() => holder.$queryRaw`SELECT 1`)), "5", /can't reach its database/);
  } finally {
    release();
    await held;
  }
});

it("answers 503 when a write is refused for lack of disk space (53100)", async () => {
  // A full disk cannot be made safely on a shared machine; PostgreSQL's own SQLSTATE for it can.
  await admin(`CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$`);
  await admin("CREATE TRIGGER notes_disk_full BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION disk_full()");
  const db = client();
  await expect503(
    await call(routeOver(() => db.$executeRaw`INSERT INTO notes (body) VALUES ('x')`)),
    "60",
    /out of disk space/,
  );
});
