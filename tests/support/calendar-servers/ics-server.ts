import { createServer, type Server } from "node:http";

/** A local HTTP server that serves whatever .ics text a test puts at a path (404 elsewhere). */
export interface IcsServer {
  url(pathname: string): string;
  set(pathname: string, ics: string): void;
  /** How many times a path was asked for. */
  hits(pathname: string): number;
  stop(): Promise<void>;
}

export async function startIcsServer(): Promise<IcsServer> {
  const files = new Map<string, string>();
  const counts = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    const body = files.get(pathname);
    if (body === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": "text/calendar; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (pathname) => `http://127.0.0.1:${port}${pathname}`,
    set: (pathname, ics) => void files.set(pathname, ics),
    hits: (pathname) => counts.get(pathname) ?? 0,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
