import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { sessionCookie } from "../../lib/auth/session-cookie";
import { roomDocumentName } from "../../lib/live-room/room-document";

/** A live-room client as a browser would be: its session cookie on the upgrade, one socket per room. */
export interface RoomClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Close events the socket saw (code, reason), newest last. */
  closes: { code: number; reason: string }[];
  destroy(): void;
}

export function cookieFor(sessionToken: string | undefined): string | undefined {
  return sessionToken ? `${sessionCookie().name}=${encodeURIComponent(sessionToken)}` : undefined;
}

function webSocketWithHeaders(headers: Record<string, string>) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
}

export function connectRoom(
  baseUrl: string,
  bookingId: string,
  sessionToken: string | undefined,
  options: { path?: string; documentBookingId?: string; maxAttempts?: number } = {},
): RoomClient {
  const cookie = cookieFor(sessionToken);
  const closes: RoomClient["closes"] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: `${baseUrl}${options.path ?? `/collab/${bookingId}`}`,
    WebSocketPolyfill: webSocketWithHeaders(cookie ? { cookie } : {}),
    maxAttempts: options.maxAttempts ?? 1,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    onClose: ({ event }) => void closes.push({ code: event.code, reason: event.reason }),
  });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: roomDocumentName(options.documentBookingId ?? bookingId),
    document: doc,
  });
  // A provider given its socket must be attached to it (Hocuspocus 3+); one built from a URL attaches itself.
  provider.attach();
  return {
    doc,
    provider,
    socket,
    closes,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves when the client is synced, rejects when it is refused (upgrade or permission). */
export function whenSynced(client: RoomClient, timeoutMs = 10_000): Promise<"read-write" | "readonly"> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("not synced in time")), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve(client.provider.authorizedScope ?? "read-write");
    };
    if (client.provider.synced) return done();
    client.provider.on("synced", done);
    client.provider.on("authenticationFailed", ({ reason }: { reason: string }) => {
      clearTimeout(timer);
      reject(new Error(`denied: ${reason}`));
    });
  });
}

/** The HTTP status the sync server answers an upgrade with (101 when it accepts). */
export function upgradeStatus(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${baseUrl}${path}`, { headers });
    ws.on("open", () => {
      ws.close();
      resolve({ status: 101, body: "" });
    });
    ws.on("unexpected-response", (_request, response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    ws.on("error", (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

/** Waits until `check` holds, polling the in-memory state (no wall-clock assertions). */
export async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}
