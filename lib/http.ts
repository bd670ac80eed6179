import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { AppError, STATUS, TITLES, toAppError, validationError } from "./errors";
import { hasErrors, malformedQueryFields, unsafeStrings } from "./input/raw-input";
import { env } from "./env";
import { requestLogger } from "./logger";
import { API_CONTENT_SECURITY_POLICY, commonSecurityHeaders } from "./security/security-headers";

/**
 * HTTP plumbing shared by every route handler, written against the Web
 * Request/Response API so it stays free of Next.js imports.
 */
export const REQUEST_ID_HEADER = "x-request-id";
const PROBLEM_TYPE_BASE = "https://mockloop.dev/problems/";

export function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId: string;
  errors?: Record<string, string[]>;
}

export function problemResponse(error: AppError, requestId: string, instance?: string): Response {
  const body: Problem = {
    // Extensions first, so none can overwrite a standard member.
    ...error.extensions,
    type: PROBLEM_TYPE_BASE + error.code.toLowerCase().replaceAll("_", "-"),
    title: TITLES[error.code],
    status: STATUS[error.code],
    detail: error.message,
    requestId,
    ...(instance ? { instance } : {}),
    ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      "content-type": "application/problem+json",
      [REQUEST_ID_HEADER]: requestId,
      ...error.headers,
    },
  });
}

export function jsonResponse(
  data: unknown,
  requestId: string,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return jsonTextResponse(JSON.stringify(data), requestId, init);
}

/**
 * For a body already serialised by lib/: JSON text, or bytes joined from cached
 * JSON pieces (lib/platform/utf8-join.ts).
 */
export function jsonTextResponse(
  json: string | Uint8Array<ArrayBuffer>,
  requestId: string,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  const headers = { "content-type": "application/json", [REQUEST_ID_HEADER]: requestId, ...init.headers };
  if (typeof json === "string") return new Response(json, { status: init.status ?? 200, headers });
  // Bytes go out as a one-chunk stream: given as the body itself, the Response would first copy
  // them (a slot search's answer is ~300 kB), and the server streams the body out either way.
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(json);
      controller.close();
    },
  });
  return new Response(body, { status: init.status ?? 200, headers });
}

export interface HandlerContext<P = unknown> {
  request: Request;
  requestId: string;
  log: ReturnType<typeof requestLogger>;
  /** Dynamic route segments, e.g. `{ id }` for /bookings/[id]. */
  params: P;
}

/**
 * Wraps a route handler: gives it a request id, a logger and its params, and
 * maps every error through the one table in lib/errors.ts. Unknown errors are
 * logged with the request id and answered with a body that leaks nothing.
 */
/**
 * An API answer's security headers (decision 0018), set here rather than in proxy.ts: they are the same on
 * every answer, and the proxy's pass cost API requests about 0.5 ms of CPU each (docs/benchmarks.md).
 */
function withSecurityHeaders(response: Response): Response {
  response.headers.set("content-security-policy", API_CONTENT_SECURITY_POLICY);
  for (const [name, value] of Object.entries(commonSecurityHeaders(env().PUBLIC_URL)))
    response.headers.set(name, value);
  return response;
}

export function handle<P = unknown>(fn: (ctx: HandlerContext<P>) => Promise<Response>) {
  return async (request: Request, route?: { params: Promise<P> }): Promise<Response> => {
    const requestId = requestIdOf(request);
    const log = requestLogger(requestId);
    const path = new URL(request.url).pathname;
    try {
      const params = route ? await route.params : ({} as P);
      refuseUnsafe(params, "This part of the address");
      const response = await fn({ request, requestId, log, params });
      if (!response.headers.has(REQUEST_ID_HEADER)) response.headers.set(REQUEST_ID_HEADER, requestId);
      return withSecurityHeaders(response);
    } catch (error) {
      const known = toAppError(error);
      if (known) {
        // One short line, no stack: during a database outage every request lands here.
        log[known.code === "SERVICE_UNAVAILABLE" ? "warn" : "info"]({ code: known.code, path }, known.message);
        return withSecurityHeaders(problemResponse(known, requestId, path));
      }
      log.error({ err: error, path }, "unhandled error");
      return withSecurityHeaders(
        problemResponse(
          new AppError("INTERNAL", `Please try again. If it keeps happening, quote request id ${requestId}.`),
          requestId,
          path,
        ),
      );
    }
  };
}

export function noContent(requestId: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 204, headers: { [REQUEST_ID_HEADER]: requestId, ...headers } });
}

/** The client's address, trusting forwarded headers only as far as TRUST_PROXY says (used only to key rate limits). */
export { clientAddress as clientIp } from "./security/client-address";

/** Input no schema could store (lib/input/raw-input.ts) is a 400 naming the fields, before any schema runs. */
function refuseUnsafe(raw: unknown, what: string): void {
  const errors = unsafeStrings(raw);
  if (hasErrors(errors)) {
    throw new AppError("BAD_REQUEST", `${what} has characters MockLoop does not accept.`, { fieldErrors: errors });
  }
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Parses a JSON body with a zod schema; malformed JSON and schema failures are both 400s. */
export async function parseJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    // Fatal decoding: request.text() would turn invalid UTF-8 silently into U+FFFD.
    const text = strictUtf8.decode(await request.arrayBuffer());
    raw = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON in UTF-8.");
  }
  refuseUnsafe(raw, "The request body");
  const result = schema.safeParse(raw);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** Parses the query string with a zod schema (repeated keys become arrays). */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const url = new URL(request.url);
  const malformed = malformedQueryFields(url);
  if (hasErrors(malformed)) {
    throw new AppError("BAD_REQUEST", "The query string is not valid.", { fieldErrors: malformed });
  }
  const params = url.searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  refuseUnsafe(raw, "The query string");
  const result = schema.safeParse(raw);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
