/**
 * Passes WebSocket upgrades on `/collab` from an app process to the live room's
 * sync server (scripts/collab.ts), so browsers reach it at the app's own origin:
 * no second public port, and the session cookie and the CSP's `connect-src 'self'`
 * apply. scripts/serve-cluster.mts preloads it into every app process
 * (`node --import`), under `next start` and the standalone `server.js` alike.
 *
 * Why a preload and not a rewrite or a custom server: Next's rewrites are fixed at
 * build time (the sync server's port is not), and a custom server would replace
 * `next start` and the standalone server. Only `upgrade` events pass through here:
 * ordinary requests never do (decision 0022 measured it). An upgrade on any other
 * path goes on to Next as before.
 *
 * Plain TypeScript with only node: imports, so Node 24 runs it as it is (as serve-cluster).
 */
import http from "node:http";
import net from "node:net";
import type { Duplex } from "node:stream";

export const COLLAB_PREFIX = "/collab";

export function isCollabPath(url: string | undefined): boolean {
  if (!url) return false;
  return url === COLLAB_PREFIX || url.startsWith(`${COLLAB_PREFIX}/`) || url.startsWith(`${COLLAB_PREFIX}?`);
}

export function collabTarget(environment: NodeJS.ProcessEnv): { host: string; port: number } {
  const port = Number(environment.COLLAB_PORT || Number(environment.PORT || 3000) + 1000);
  return { host: environment.COLLAB_HOST || "127.0.0.1", port };
}

/** Replays the upgrade request to the sync server, then pipes the two sockets together. */
export function proxyUpgrade(
  request: http.IncomingMessage,
  socket: Duplex,
  head: Buffer,
  target: { host: string; port: number },
): void {
  let connected = false;
  const upstream = net.connect(target.port, target.host);
  const lines = [`${request.method ?? "GET"} ${request.url ?? "/"} HTTP/1.1`];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i] ?? "";
    if (name.toLowerCase() === "x-forwarded-for") continue;
    lines.push(`${name}: ${request.rawHeaders[i + 1] ?? ""}`);
  }
  const forwarded = request.headers["x-forwarded-for"];
  const client = request.socket.remoteAddress ?? "";
  lines.push(`X-Forwarded-For: ${forwarded ? `${String(forwarded)}, ${client}` : client}`);

  upstream.once("connect", () => {
    connected = true;
    // Drawing sends many small frames: don't let Nagle hold them back.
    upstream.setNoDelay(true);
    if (socket instanceof net.Socket) socket.setNoDelay(true);
    upstream.write(`${lines.join("\r\n")}\r\n\r\n`);
    if (head.length > 0) upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  upstream.on("error", () => {
    if (connected) socket.destroy();
    else socket.end("HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  });
  socket.on("error", () => upstream.destroy());
  socket.on("close", () => upstream.destroy());
  upstream.on("close", () => socket.destroy());
}

/** Routes `/collab` upgrades of every HTTP server in this process to the sync server. */
export function installCollabProxy(environment: NodeJS.ProcessEnv = process.env): void {
  const target = collabTarget(environment);
  const emit = http.Server.prototype.emit;
  // Patched on the prototype because Next creates its server itself. Every event passes here, a
  // request's too, so the common path is two comparisons and the original call: no rest array
  // (that cost ~0.15 µs per event; this costs a few ns).
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol): boolean {
    if (event === "upgrade") {
      const request = arguments[1] as http.IncomingMessage;
      if (isCollabPath(request.url)) {
        proxyUpgrade(request, arguments[2] as Duplex, arguments[3] as Buffer, target);
        return true;
      }
    } else if (event === "listening" && this.listenerCount("upgrade") === 0) {
      // Node treats an upgrade as a plain request when no one listens for "upgrade" (Next does; a
      // bare server may not), so every server gets a listener, which answers other paths with a 404.
      this.on("upgrade", (_request: http.IncomingMessage, socket: Duplex) =>
        socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"),
      );
    }
    return Reflect.apply(emit, this, arguments) as boolean;
  } as typeof http.Server.prototype.emit;
}

// Installs itself only when preloaded (`--import …/collab-proxy.mts`, on the command line or in
// NODE_OPTIONS as `npm run dev` does), not when a test imports it.
if ([...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((arg) => arg.includes("collab-proxy.mts"))) {
  installCollabProxy();
}
