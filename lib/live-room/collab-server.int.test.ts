import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { isCollabPath, proxyUpgrade } from "../../scripts/collab-proxy.mjs";
import { cancelBooking } from "../booking/booking-lifecycle";
import { db } from "../db";
import { canConnect } from "../platform/free-port";
import { insertTestBooking } from "../../tests/factories/bookings";
import {
  cookieFor,
  connectRoom,
  eventually,
  upgradeStatus,
  whenSynced,
  type RoomClient,
} from "../../tests/factories/live-room";
import { createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { listenForBookingChanges } from "./booking-changes";
import { startCollabServer, type CollabServer } from "./collab-server";
import { MAX_UPDATES_PER_SECOND, READ_ONLY_GRACE_MS } from "./live-room";
import { getRequirements } from "./room-document";

const MINUTE = 60_000;
let server: CollabServer;
let changes: { stop(): Promise<void> };
let candidate: TestUser;
let interviewer: TestUser;
const clients: RoomClient[] = [];
const base = () => `ws://127.0.0.1:${server.port}`;

function open(bookingId: string, user: TestUser | undefined, options?: Parameters<typeof connectRoom>[3]) {
  const client = connectRoom(base(), bookingId, user?.sessionToken, options);
  clients.push(client);
  return client;
}

/** A booking whose room is open now, between two new people (bookings may not overlap per person). */
async function liveBooking(start = new Date(Date.now() - 5 * MINUTE), minutes = 60) {
  [candidate, interviewer] = await Promise.all([createTestUser(), createTestUser()]);
  return insertTestBooking(candidate, interviewer, start, { minutes });
}

beforeAll(async () => {
  await ensureInterviewTypes();
  server = await startCollabServer({ port: 0, debounce: 50, maxDebounce: 200 });
  changes = await listenForBookingChanges(process.env.DATABASE_URL ?? "", (id) => void server.recheckBooking(id));
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await changes.stop();
  await server.stop();
});

describe("the live room's access, decided at the upgrade", () => {
  it("lets both participants in, read-write, and carries one's edit to the other", async () => {
    const booking = await liveBooking();
    const a = open(booking.id, candidate);
    const b = open(booking.id, interviewer);
    expect(await whenSynced(a)).toBe("read-write");
    expect(await whenSynced(b)).toBe("read-write");
    getRequirements(a.doc).insert(0, "p99 under 200 ms");
    await eventually(() => getRequirements(b.doc).toJSON() === "p99 under 200 ms");
  });

  it("refuses an outsider, an admin and a visitor with no session before the socket opens", async () => {
    const booking = await liveBooking();
    const outsider = await createTestUser();
    const admin = await createTestUser({ role: "ADMIN" });
    const path = `/collab/${booking.id}`;
    expect((await upgradeStatus(base(), path, { cookie: cookieFor(outsider.sessionToken) ?? "" })).status).toBe(404);
    expect((await upgradeStatus(base(), path, { cookie: cookieFor(admin.sessionToken) ?? "" })).status).toBe(404);
    expect((await upgradeStatus(base(), path)).status).toBe(401);
    expect(
      (await upgradeStatus(base(), "/collab/no-such-booking", { cookie: cookieFor(candidate.sessionToken) ?? "" }))
        .status,
    ).toBe(404);
    expect((await upgradeStatus(base(), path, { cookie: cookieFor(candidate.sessionToken) ?? "" })).status).toBe(101);
  });

  it("refuses another site's page even with the participant's cookie", async () => {
    const booking = await liveBooking();
    const headers = { cookie: cookieFor(candidate.sessionToken) ?? "", origin: "https://evil.example" };
    expect((await upgradeStatus(base(), `/collab/${booking.id}`, headers)).status).toBe(403);
  });

  it("does not let a socket opened for one booking reach another booking's document", async () => {
    const mine = await liveBooking();
    const other = await insertTestBooking(interviewer, await createTestUser(), new Date(Date.now() + 3 * 60 * MINUTE));
    const client = open(mine.id, interviewer, { documentBookingId: other.id });
    await expect(whenSynced(client)).rejects.toThrow(/another room/);
  });

  it("keeps the room shut until 10 minutes before the start", async () => {
    const booking = await liveBooking(new Date(Date.now() + 11 * MINUTE));
    const result = await upgradeStatus(base(), `/collab/${booking.id}`, {
      cookie: cookieFor(candidate.sessionToken) ?? "",
    });
    expect(result).toEqual({ status: 403, body: "The room opens 10 minutes before the start." });
    const soon = await liveBooking(new Date(Date.now() + 9 * MINUTE));
    expect(await whenSynced(open(soon.id, candidate))).toBe("read-write");
  });

  it("is read-only after the end and its grace: the board is shown, edits are not kept", async () => {
    const booking = await liveBooking(new Date(Date.now() - 2 * 60 * MINUTE));
    const a = open(booking.id, candidate);
    expect(await whenSynced(a)).toBe("readonly");
    getRequirements(a.doc).insert(0, "too late");
    const b = open(booking.id, interviewer);
    expect(await whenSynced(b)).toBe("readonly");
    expect(getRequirements(b.doc).toJSON()).toBe("");
  });

  it("turns an open connection read-only when the end plus grace passes", async () => {
    // Ends 1 s after the grace begins counting from now: the server's own timer must flip it.
    const end = Date.now() - READ_ONLY_GRACE_MS + 1_000;
    const booking = await liveBooking(new Date(end - 30 * MINUTE), 30);
    const a = open(booking.id, candidate, { maxAttempts: 3 });
    expect(await whenSynced(a)).toBe("read-write");
    await eventually(() => a.closes.some((c) => c.code === 4001));
    await eventually(() => a.provider.authorizedScope === "readonly");
  });

  it("closes the connections of a cancelled booking at once and refuses them after", async () => {
    // In the lobby: the room is open, and the interview can still be cancelled.
    const booking = await liveBooking(new Date(Date.now() + 5 * MINUTE));
    const a = open(booking.id, candidate);
    await whenSynced(a);
    await cancelBooking(interviewer.caller, booking.id, "Something came up");
    await eventually(() => a.closes.some((c) => c.code === 4003));
    const again = await upgradeStatus(base(), `/collab/${booking.id}`, {
      cookie: cookieFor(candidate.sessionToken) ?? "",
    });
    expect(again).toEqual({ status: 403, body: "This interview was cancelled or moved." });
  });

  it("closes the room of a booking moved away from now", async () => {
    const booking = await liveBooking();
    const a = open(booking.id, interviewer);
    await whenSynced(a);
    const later = new Date(Date.now() + 24 * 60 * MINUTE);
    await db().booking.update({
      where: { id: booking.id },
      data: { startsAt: later, endsAt: new Date(later.getTime() + 60 * MINUTE) },
    });
    await eventually(() => a.closes.some((c) => c.code === 4003));
  });
});

describe("the live room's caps", () => {
  it("refuses an edit that would take the document past its size cap, with a message", async () => {
    const booking = await liveBooking();
    const a = open(booking.id, candidate);
    await whenSynced(a);
    const closed: string[] = [];
    a.provider.on("close", ({ event }: { event: { reason: string } }) => void closed.push(event.reason));
    getRequirements(a.doc).insert(0, "x".repeat(1_200_000));
    getRequirements(a.doc).insert(0, "y".repeat(1_200_000));
    await eventually(() => closed.some((r) => /board is full/.test(r)));
  });
});

describe("the live room's rate cap", () => {
  it("refuses a flood of updates to one document, with a message", async () => {
    const booking = await liveBooking();
    const a = open(booking.id, candidate);
    await whenSynced(a);
    const closed: string[] = [];
    a.provider.on("close", ({ event }: { event: { reason: string } }) => void closed.push(event.reason));
    // Each insert is its own transaction, so its own message: far past 400 in well under a second.
    for (let i = 0; i < MAX_UPDATES_PER_SECOND * 3; i++) getRequirements(a.doc).insert(0, "x");
    await eventually(() => closed.some((r) => /Too many changes/.test(r)));
  });
});

describe("the way in: an app process's /collab proxy", () => {
  it("carries the upgrade and its cookie to the sync server, and refuses outsiders the same way", async () => {
    const booking = await liveBooking();
    const app = http.createServer((_req, res) => res.end("the app"));
    app.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      if (isCollabPath(request.url)) proxyUpgrade(request, socket, head, { host: "127.0.0.1", port: server.port });
      else socket.destroy();
    });
    await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
    const appBase = `ws://127.0.0.1:${(app.address() as AddressInfo).port}`;
    try {
      const a = connectRoom(appBase, booking.id, candidate.sessionToken);
      const b = connectRoom(appBase, booking.id, interviewer.sessionToken);
      clients.push(a, b);
      await Promise.all([whenSynced(a), whenSynced(b)]);
      getRequirements(b.doc).insert(0, "through the proxy");
      await eventually(() => getRequirements(a.doc).toJSON() === "through the proxy");
      const outsider = await createTestUser();
      const refused = await upgradeStatus(appBase, `/collab/${booking.id}`, {
        cookie: cookieFor(outsider.sessionToken) ?? "",
      });
      expect(refused.status).toBe(404);
    } finally {
      app.closeAllConnections();
      app.close();
    }
  });
});

describe("the live room's persistence", () => {
  it("keeps a document in PostgreSQL across a restart of the sync server", async () => {
    const booking = await liveBooking();
    const first = await startCollabServer({ port: 0 });
    const a = connectRoom(`ws://127.0.0.1:${first.port}`, booking.id, candidate.sessionToken);
    await whenSynced(a);
    getRequirements(a.doc).insert(0, "survives a restart");
    await eventually(() => a.provider.unsyncedChanges === 0);
    a.destroy();
    await first.stop(); // what SIGTERM does in scripts/collab.ts

    const stored = await db().liveRoomDocument.findUniqueOrThrow({ where: { bookingId: booking.id } });
    expect(stored.sizeBytes).toBe(stored.state.byteLength);

    const second = await startCollabServer({ port: 0 });
    try {
      const b = connectRoom(`ws://127.0.0.1:${second.port}`, booking.id, interviewer.sessionToken);
      clients.push(b);
      await whenSynced(b);
      expect(getRequirements(b.doc).toJSON()).toBe("survives a restart");
      b.destroy();
    } finally {
      await second.stop();
    }
  });
});

// The project's machines and CI run Redis at 127.0.0.1:6379; a laptop without one skips this (and says so).
const redisUp = await canConnect("127.0.0.1", 6379);

describe("several sync servers through Redis", () => {
  it.skipIf(!redisUp)(
    "carries an edit made on one server to a client of the other, and stores one merged document",
    async () => {
      const booking = await liveBooking();
      // A prefix of its own: other runs (and other engineers' tests) share this Redis.
      const redis = { redisUrl: "redis://127.0.0.1:6379", redisPrefix: `mockloop-test:${randomUUID()}` };
      const one = await startCollabServer({ port: 0, ...redis });
      const two = await startCollabServer({ port: 0, ...redis });
      try {
        const a = connectRoom(`ws://127.0.0.1:${one.port}`, booking.id, candidate.sessionToken);
        const b = connectRoom(`ws://127.0.0.1:${two.port}`, booking.id, interviewer.sessionToken);
        clients.push(a, b);
        await Promise.all([whenSynced(a), whenSynced(b)]);
        getRequirements(a.doc).insert(0, "from one");
        await eventually(() => getRequirements(b.doc).toJSON() === "from one");
        getRequirements(b.doc).insert(8, ", and two");
        await eventually(() => getRequirements(a.doc).toJSON() === "from one, and two");
        a.destroy();
        b.destroy();
      } finally {
        await Promise.all([one.stop(), two.stop()]);
      }
      const stored = await db().liveRoomDocument.findUniqueOrThrow({ where: { bookingId: booking.id } });
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(stored.state));
      expect(getRequirements(doc).toJSON()).toBe("from one, and two");
    },
  );
});
