/**
 * The benchmark's baseline: a bare node:http server doing the same work as the
 * app's routes and pages with no framework — the same token and session
 * lookups, the same zod schemas, the same lib/ functions (so the same SQL,
 * slot engine and slot index) and the same pool size (DATABASE_POOL_SIZE).
 * What is left between the two is Next.js: routing, Request/Response objects,
 * React rendering and everything else a framework does per request.
 * Pages answer a small HTML document carrying the same data the page renders.
 */
import type { z } from "zod";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { callerFromApiToken } from "../../lib/auth/api-tokens";
import { sessionTokenFromCookieHeader } from "../../lib/auth/session-cookie";
import { callerFromSessionToken, type Caller } from "../../lib/auth/sessions";
import { createBookingSchema, idempotencyKeySchema } from "../../lib/booking/booking.schema";
import { getBookingPage } from "../../lib/people/get-booking-page";
import { slotSearchSchema } from "../../lib/slot-search/slot-search.schema";
import { createBooking } from "../../lib/booking/create-booking";
import { searchSlotsBody } from "../../lib/slot-search";
import { AppError, STATUS, toAppError, validationError } from "../../lib/errors";
import { listInterviewTypesWithFocus } from "../../lib/interview-types/list-interview-types";

type Progress = (caller: Caller, input: { type?: string | undefined }) => Promise<unknown>;
let progress: Progress | null | undefined;
async function getProgress(): Promise<Progress | null> {
  if (progress === undefined) {
    // Another issue adds progress; until it exists the workload is skipped, not failed.
    progress = await import("../../lib/progress/get-progress").then((m) => m.getProgress as Progress).catch(() => null);
  }
  return progress;
}

async function bearerCaller(req: IncomingMessage): Promise<Caller> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  const caller = match?.[1] ? await callerFromApiToken(match[1]) : null;
  if (!caller) throw new AppError("UNAUTHORIZED", "That API token is not valid.");
  return caller;
}

async function cookieCaller(req: IncomingMessage): Promise<Caller> {
  const token = sessionTokenFromCookieHeader(req.headers.cookie ?? null);
  const caller = token ? await callerFromSessionToken(token) : null;
  if (!caller?.onboarded) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  return caller;
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

const json = (res: ServerResponse, status: number, data: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(data));
};
const html = (res: ServerResponse, title: string, data: unknown) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(
    `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>` +
      `<script type="application/json">${JSON.stringify(data).replaceAll("<", "\\u003c")}</script></body></html>`,
  );
};

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://baseline");
  const key = `${req.method} ${url.pathname}`;
  switch (key) {
    case "GET /api/v1/health":
      return json(res, 200, { status: "ok" });
    case "GET /api/v1/slots": {
      const caller = await bearerCaller(req);
      const bytes = await searchSlotsBody(caller, parse(slotSearchSchema, Object.fromEntries(url.searchParams)));
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(bytes);
    }
    case "POST /api/v1/bookings": {
      const caller = await bearerCaller(req);
      const idempotencyKey = parse(idempotencyKeySchema, req.headers["idempotency-key"]);
      const input = parse(createBookingSchema, await body(req));
      const { booking, replayed } = await createBooking(caller, input, idempotencyKey);
      return json(res, replayed ? 200 : 201, booking);
    }
    case "GET /api/v1/me/progress": {
      const fn = await getProgress();
      if (!fn) return json(res, 404, { title: "progress is not built yet" });
      const caller = await bearerCaller(req);
      return json(res, 200, await fn(caller, { type: url.searchParams.get("type") ?? undefined }));
    }
    case "GET /find": {
      const caller = await cookieCaller(req);
      const types = await listInterviewTypesWithFocus(caller.id);
      // As the page: the calendar's slots come from GET /api/v1/slots in the browser, not from this render.
      return html(res, "Find a peer", { types });
    }
    case "GET /progress": {
      const fn = await getProgress();
      if (!fn) return json(res, 404, { title: "progress is not built yet" });
      const caller = await cookieCaller(req);
      return html(res, "Progress", await fn(caller, {}));
    }
    default: {
      // A personal booking page (decision 0032): the same lib read as the page, its calendar fetched by the browser.
      const person = req.method === "GET" ? /^\/people\/([^/]+)$/.exec(url.pathname) : null;
      if (person) {
        const caller = await cookieCaller(req);
        return html(res, "Booking page", await getBookingPage(caller, decodeURIComponent(person[1]!)));
      }
      return json(res, 404, { title: "Not found" });
    }
  }
}

const server = createServer((req, res) => {
  route(req, res).catch((error: unknown) => {
    // autocannon closes its sockets when a run ends, sometimes mid-body: nobody is left to answer.
    // (Not req.destroyed: a request whose body has been read is destroyed too, and still wants its 409.)
    if (req.socket.destroyed) return;
    const appError = toAppError(error);
    if (!appError) console.error(error);
    json(res, appError ? STATUS[appError.code] : 500, { title: appError?.message ?? "Internal error" });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 3301), "127.0.0.1", () => {
  console.log(`baseline listening on ${String(process.env.PORT ?? 3301)}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
