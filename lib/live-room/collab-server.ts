/**
 * The live room's sync server: Hocuspocus with MockLoop's access rules, caps and
 * PostgreSQL persistence, and Redis when several servers share documents.
 * scripts/collab.ts runs it; tests start it in-process. Decision 0022.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Redis } from "@hocuspocus/extension-redis";
import { Server, type Connection, type Extension } from "@hocuspocus/server";
import * as Y from "yjs";
import { env } from "../env";
import { logger } from "../logger";
import { decideLiveRoomAccess, unsafeDecideForUser, type LiveRoomAccess } from "./live-room-access";
import { unsafeLoadLiveRoomState, unsafeStoreLiveRoomState } from "./live-room-store";
import { bookingIdFromCollabPath, CLOSE, MAX_DOCUMENT_BYTES, MAX_UPDATES_PER_SECOND } from "./live-room";
import { bookingIdFromDocumentName } from "./room-document";

export interface CollabServerOptions {
  port: number;
  host?: string;
  /** With a Redis URL, servers that share it share documents (Hocuspocus's Redis extension). */
  redisUrl?: string | undefined;
  /** Key prefix in Redis; tests give each run its own. */
  redisPrefix?: string;
  /** Milliseconds of quiet before a document is written to PostgreSQL (and at most maxDebounce). */
  debounce?: number;
  maxDebounce?: number;
}

export interface ConnectionContext {
  userId: string;
  displayName: string | null;
  bookingId: string;
}

interface LiveConnection {
  connection: Connection<ConnectionContext>;
  userId: string;
  displayName: string | null;
  timer: NodeJS.Timeout | undefined;
}

/** Hocuspocus reads `reason` (and `code`, for a closed connection) from what a hook throws. */
class RoomRefusal extends Error {
  constructor(
    readonly reason: string,
    readonly code = 4403,
  ) {
    super(reason);
  }
}

const RETRY_MS = 30_000;

// setTimeout's limit; a room is open for hours, so a later moment is simply re-checked then.
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface CollabServer {
  server: Server<ConnectionContext>;
  port: number;
  /** A booking changed (cancelled, moved, ended early): check its open connections again. */
  recheckBooking(bookingId: string): Promise<void>;
  stop(): Promise<void>;
}

/** Refuses an upgrade with a plain HTTP answer; the browser's WebSocket sees it fail. */
function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  const text =
    { 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 503: "Service Unavailable" }[status] ?? "Forbidden";
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n` +
      `Content-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
  );
}

/** Null when the upgrade may go on; else the HTTP answer that refuses it. */
async function checkUpgrade(request: IncomingMessage): Promise<{ status: number; reason: string } | null> {
  // A page on another site must not open a room with the visitor's cookie (cross-site WebSocket
  // hijacking): browsers always send Origin; other clients (tests, the bench) prove nothing by it.
  const origin = request.headers.origin;
  if (origin && origin !== new URL(env().PUBLIC_URL).origin) {
    return { status: 403, reason: "This room opens only from MockLoop's own pages." };
  }
  const bookingId = bookingIdFromCollabPath(request.url);
  if (!bookingId) return { status: 404, reason: "No such room." };
  const access = await decideLiveRoomAccess(request.headers.cookie, bookingId);
  return access.allowed ? null : access;
}

export async function startCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const log = logger.child({ part: "collab" });
  const live = new Map<string, Set<LiveConnection>>();
  const sizes = new Map<string, number>();
  const rates = new Map<string, { second: number; count: number }>();

  const closeSocket = (c: Connection, event: { code: number; reason: string }) => {
    c.readOnly = true;
    // Closing the socket (not only the document) makes the provider reconnect, and so ask again:
    // it then learns it is read-only, or is refused at the upgrade.
    c.webSocket.close(event.code, event.reason);
  };

  const applyAccess = (entry: LiveConnection, access: LiveRoomAccess) => {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    if (!access.allowed) return closeSocket(entry.connection, CLOSE.accessEnded);
    if (access.mode === "read") {
      if (!entry.connection.readOnly) closeSocket(entry.connection, CLOSE.interviewOver);
      return;
    }
    const wait = Math.min(access.readOnlyAt.getTime() - Date.now(), MAX_TIMER_MS);
    entry.timer = setTimeout(() => void safeRecheck(entry), Math.max(wait, 0));
    entry.timer.unref();
  };

  /** From a timer: a database that is briefly away must not crash the server; try again soon. */
  const safeRecheck = async (entry: LiveConnection) => {
    try {
      await recheck(entry);
    } catch (error) {
      log.warn({ err: error, bookingId: entry.connection.context.bookingId }, "could not re-check a room; retrying");
      entry.timer = setTimeout(() => void safeRecheck(entry), RETRY_MS);
      entry.timer.unref();
    }
  };

  const recheck = async (entry: LiveConnection) => {
    const { bookingId } = entry.connection.context;
    const access = await unsafeDecideForUser(entry.userId, entry.displayName, bookingId);
    applyAccess(entry, access);
  };

  const persistence: Extension<ConnectionContext> = {
    async onConnect({ request, documentName, connectionConfig }) {
      const fromUrl = bookingIdFromCollabPath(new URL(request.url).pathname);
      const bookingId = bookingIdFromDocumentName(documentName);
      // One socket serves one booking: the one its URL named, which the upgrade checked.
      if (!bookingId || bookingId !== fromUrl) throw new RoomRefusal("This socket is for another room.");
      const access = await decideLiveRoomAccess(request.headers.get("cookie"), bookingId);
      if (!access.allowed) throw new RoomRefusal(access.reason);
      connectionConfig.readOnly = access.mode === "read";
      return { userId: access.userId, displayName: access.displayName, bookingId } satisfies ConnectionContext;
    },

    async connected({ connection, context }) {
      const c = connection;
      const entry: LiveConnection = {
        connection: c,
        userId: context.userId,
        displayName: context.displayName,
        timer: undefined,
      };
      const set = live.get(context.bookingId) ?? new Set();
      set.add(entry);
      live.set(context.bookingId, set);
      c.onClose(() => {
        clearTimeout(entry.timer);
        set.delete(entry);
        if (set.size === 0) live.delete(context.bookingId);
      });
      // Schedules the switch to read-only at the end (plus grace), and catches a change made while connecting.
      await recheck(entry);
    },

    async onLoadDocument({ document, documentName }) {
      const bookingId = bookingIdFromDocumentName(documentName);
      const state = bookingId ? await unsafeLoadLiveRoomState(bookingId) : null;
      if (state) Y.applyUpdate(document, state);
      sizes.set(documentName, state?.byteLength ?? 0);
      return document;
    },

    async beforeHandleMessage({ documentName, update }) {
      const second = Math.floor(Date.now() / 1000);
      const rate = rates.get(documentName);
      if (rate && rate.second === second) {
        if (++rate.count > MAX_UPDATES_PER_SECOND) throw new RoomRefusal(CLOSE.tooFast.reason, CLOSE.tooFast.code);
      } else {
        rates.set(documentName, { second, count: 1 });
      }
      // Counted generously (each message's full length); the store sets the true size again.
      const size = (sizes.get(documentName) ?? 0) + update.byteLength;
      if (size > MAX_DOCUMENT_BYTES) throw new RoomRefusal(CLOSE.tooLarge.reason, CLOSE.tooLarge.code);
    },

    async onChange({ documentName, update }) {
      sizes.set(documentName, (sizes.get(documentName) ?? 0) + update.byteLength);
    },

    async onStoreDocument({ document, documentName }) {
      const bookingId = bookingIdFromDocumentName(documentName);
      if (!bookingId) return;
      const { sizeBytes } = await unsafeStoreLiveRoomState(bookingId, Y.encodeStateAsUpdate(document));
      sizes.set(documentName, sizeBytes);
    },

    async afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
      rates.delete(documentName);
    },
  };

  const extensions: Extension[] = [];
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    extensions.push(
      new Redis({
        host: url.hostname,
        port: Number(url.port || 6379),
        prefix: options.redisPrefix ?? "mockloop:collab",
        options: {
          ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
          ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
          ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
          ...(url.protocol === "rediss:" ? { tls: {} } : {}),
        },
      }),
    );
  }
  // After Redis: its onStoreDocument lock decides which server writes.
  extensions.push(persistence);

  const server = new Server<ConnectionContext>({
    name: `collab-${process.pid}`,
    // In the configuration, not listen(port): listen() ignores a 0 (any free port) and takes 80.
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounce ?? 2_000,
    maxDebounce: options.maxDebounce ?? 10_000,
    // One message may not carry more than a whole document may hold.
    websocketOptions: { maxPayload: MAX_DOCUMENT_BYTES },
    extensions,
    async onUpgrade({ request, socket }: { request: IncomingMessage; socket: Duplex }) {
      let refusal: { status: number; reason: string } | null;
      try {
        refusal = await checkUpgrade(request);
      } catch (error) {
        log.error({ err: error }, "could not decide a room's access");
        refusal = { status: 503, reason: "The room is briefly unavailable." };
      }
      if (refusal) {
        refuseUpgrade(socket, refusal.status, refusal.reason);
        // Hocuspocus stops an upgrade quietly only on an empty rejection; an Error it would rethrow
        // from its event listener, where nothing catches it.
        throw null; // eslint-disable-line @typescript-eslint/only-throw-error
      }
    },
  });
  if (options.host) server.configuration.address = options.host;
  await server.listen();
  const port = server.address.port;
  log.info({ port, redis: Boolean(options.redisUrl) }, "sync server listening");

  return {
    server,
    port,
    async recheckBooking(bookingId) {
      const set = live.get(bookingId);
      if (!set) return;
      await Promise.all([...set].map((entry) => recheck(entry)));
    },
    async stop() {
      for (const set of live.values()) for (const entry of set) clearTimeout(entry.timer);
      // destroy() stores every open document before it returns.
      await server.destroy();
    },
  };
}
