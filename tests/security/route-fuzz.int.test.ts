import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { sessionCookie } from "../../lib/auth/session-cookie";
import { db } from "../../lib/db";
import { NextRequest } from "next/server";
import { proxy } from "../../proxy";
import { insertTestBooking } from "../factories/bookings";
import { createTestUser, ensureInterviewTypes, type TestUser } from "../factories/users";
import {
  hostileJson,
  hostileString,
  oneBadLeaf,
  plausibleStrings,
  shapedBy,
  type ValuePool,
} from "../fuzz/arbitraries";
import { METHODS, fillTemplate, routeTable, type Method, type Route } from "../fuzz/route-table";
import { changedTables, tableChecksum } from "../fuzz/table-checksum";

/**
 * The route fuzz (issue #20, docs/decisions/0017-input-rules.md): every method
 * of every route under app/api/v1, read from the files, gets generated requests
 * — hostile strings, numbers, dates, nesting and encodings in path segments,
 * query strings, JSON bodies and session cookies, anonymous and signed in — and
 * must answer each with no 5xx, a problem+json body on every 4xx, and no row
 * changed after a 4xx. A request goes the way Next sends it: proxy.ts (for the
 * paths its matcher takes), then Next's own route matcher decodes the segments,
 * then the handler. FUZZ_RUNS sets the cases per route and method (`npm run fuzz`).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
// A failure prints fast-check's seed; FUZZ_SEED=<seed> replays that run.
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const ORIGIN = "http://localhost:3000";

// Records the schema each handler passes to parseJson/parseQuery, so bodies and
// query strings are shaped like what the route reads.
const recorder = vi.hoisted(() => ({
  current: "",
  body: new Map<string, unknown>(),
  query: new Map<string, unknown>(),
}));
vi.mock(import("../../lib/http"), async (importOriginal) => {
  const http = await importOriginal();
  return {
    ...http,
    parseJson: (request, schema) => {
      if (recorder.current && !recorder.body.has(recorder.current)) recorder.body.set(recorder.current, schema);
      return http.parseJson(request, schema);
    },
    parseQuery: (request, schema) => {
      if (recorder.current && !recorder.query.has(recorder.current)) recorder.query.set(recorder.current, schema);
      return http.parseQuery(request, schema);
    },
  };
});

// Auth.js's signIn reads Next's request scope (headers()), which a handler called in
// process has not got; the e-mail it is given has passed magicLinkSchema by then.
vi.mock(import("../../auth"), async (importOriginal) => ({
  ...(await importOriginal()),
  signIn: (async () => undefined) as never,
}));

interface Actors {
  user: TestUser;
  other: TestUser;
  admin: TestUser;
}
type Who = "anonymous" | "cookie" | "token" | "admin" | "bad-cookie";

/** Percent-encodes like a client would; a lone surrogate becomes its WTF-8 bytes, which no decoder takes. */
function encode(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => "%" + b.toString(16).toUpperCase())
        .join("");
    } else out += encodeURIComponent(char);
  }
  return out;
}

const PERCENT_GARBAGE = ["%ZZ", "%E0%A4%A", "%", "%00", "%ED%A0%80", "%C0%AF", "%FF", "a%2", "%25ZZ", "%F0%9F%98"];
const BAD_COOKIES = ["%E0%A4%A", "%00", "%ZZ", "a%00b", "%ED%A0%80", "%FF%FE", "x".repeat(4000), "", '""', "%20"];

function rawValue(pool: ValuePool): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: plausibleStrings(pool).map(encode) },
    { weight: 4, arbitrary: hostileString().map(encode) },
    { weight: 3, arbitrary: fc.constantFrom(...PERCENT_GARBAGE) },
  );
}

/** A path segment: never empty or a dot segment, which the URL parser removes before any router sees them. */
function rawSegment(pool: ValuePool): fc.Arbitrary<string> {
  return rawValue(pool).filter((v) => v !== "" && !/^(\.|%2e){1,2}$/i.test(v));
}

/** A query string shaped by the route's schema (repeated keys for arrays), sometimes with a stray or raw key. */
function queryArb(schema: z.ZodType | undefined, pool: ValuePool): fc.Arbitrary<string> {
  const shaped = schema ? shapedBy(schema, pool) : fc.constant({});
  const asPairs = (value: unknown): string[] => {
    if (!value || typeof value !== "object" || Array.isArray(value))
      return [`q=${encode(String(JSON.stringify(value)))}`];
    return Object.entries(value).flatMap(([key, v]) => {
      if (v === undefined) return [];
      const values = Array.isArray(v) ? v : [v];
      return values.map(
        (item) => `${encode(key)}=${encode(typeof item === "string" ? item : String(JSON.stringify(item)))}`,
      );
    });
  };
  const extra = fc.oneof(
    { weight: 6, arbitrary: fc.constant<string[]>([]) },
    { weight: 1, arbitrary: fc.tuple(hostileString().map(encode), rawValue(pool)).map(([k, v]) => [`${k}=${v}`]) },
    { weight: 1, arbitrary: fc.constantFrom(...PERCENT_GARBAGE).map((g) => [`q=${g}`]) },
  );
  return fc
    .tuple(shaped, extra)
    .map(([value, more]) => [...asPairs(value), ...more])
    .map((pairs) => (pairs.length ? `?${pairs.join("&")}` : ""));
}

const INVALID_UTF8 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d]);
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

function bodyArb(schema: z.ZodType | undefined, pool: ValuePool): fc.Arbitrary<string | Uint8Array | undefined> {
  const shaped = schema
    ? shapedBy(schema, pool).map((v) => JSON.stringify(v) ?? "")
    : hostileJson(3).map((v) => JSON.stringify(v));
  return fc.oneof(
    { weight: 10, arbitrary: shaped },
    { weight: 3, arbitrary: hostileJson(3).map((v) => JSON.stringify(v) ?? "") },
    {
      weight: 2,
      arbitrary: fc.constantFrom<string | Uint8Array | undefined>(
        INVALID_UTF8,
        nested(50),
        nested(100_000),
        JSON.stringify({ a: "x".repeat(2_000_000) }),
        "nope",
        "",
        "null",
        "[]",
        '"string"',
        "1e999",
        '{"__proto__":{"admin":true}}',
        undefined,
      ),
    },
  );
}

const HAS_BODY = new Set<Method>(["POST", "PUT", "PATCH", "DELETE"]);

function buildRequest(
  method: Method,
  rawPath: string,
  query: string,
  body: string | Uint8Array | undefined,
  who: Who,
  badCookie: string,
  actors: Actors,
  crossSite: boolean,
): Request {
  const headers: Record<string, string> = { "idempotency-key": "fuzz-key-0123456789" };
  if (!crossSite) headers.origin = ORIGIN;
  if (HAS_BODY.has(method) && body !== undefined) headers["content-type"] = "application/json";
  const cookieName = sessionCookie().name;
  if (who === "cookie") headers.cookie = `${cookieName}=${actors.user.sessionToken}`;
  if (who === "bad-cookie") headers.cookie = `other=1; ${cookieName}=${badCookie}`;
  if (who === "token") headers.authorization = `Bearer ${actors.user.apiToken}`;
  if (who === "admin") headers.authorization = `Bearer ${actors.admin.apiToken}`;
  return new Request(`${ORIGIN}${rawPath}${query}`, {
    method,
    headers,
    body: HAS_BODY.has(method) ? (body as BodyInit | undefined) : undefined,
  });
}

/** Next's pipeline in one call: the proxy (its matcher takes every API path), then route matching, then the handler. */
async function send(route: Route, method: Method, request: Request): Promise<Response> {
  const pathname = new URL(request.url).pathname;
  const early = proxy(new NextRequest(request));
  // NextResponse.next() marks "carry on to the route"; anything else is the proxy's own answer.
  if (!early.headers.has("x-middleware-next")) return early;
  let params: Record<string, string | string[]> | false;
  try {
    params = route.match(pathname);
  } catch (error) {
    // What Next does with a segment it cannot decode, before any handler runs.
    return new Response(`Internal Server Error (${String(error)})`, {
      status: 500,
      headers: { "content-type": "text/plain" },
    });
  }
  if (!params) throw new Error(`The fuzz built ${pathname}, which ${route.template} does not match`);
  const handler = (await route.load())[method]!;
  recorder.current = "";
  return handler(request, { params: Promise.resolve(params) });
}

async function valuePool(): Promise<ValuePool> {
  const tables = await db().$queryRaw<{ table_name: string }[]>`
    SELECT table_name::text FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'text'`;
  const ids: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db().$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "${table_name}" ORDER BY id DESC LIMIT 2`,
    );
    ids.push(...rows.map((r) => r.id));
  }
  const slugs = (await db().interviewType.findMany({ select: { slug: true } })).map((t) => t.slug);
  return { ids: ids.length ? ids : ["none"], slugs: slugs.length ? slugs : ["system-design"] };
}

async function makeActors(): Promise<Actors> {
  const user = await createTestUser();
  const other = await createTestUser();
  const admin = await createTestUser({ role: "ADMIN" });
  await insertTestBooking(user, other, new Date(Date.now() + 3 * 86_400_000));
  await insertTestBooking(other, user, new Date(Date.now() - 3 * 86_400_000), { status: "COMPLETED" });
  return { user, other, admin };
}

const routes = routeTable();
const handlers: { route: Route; method: Method }[] = [];
for (const route of routes) {
  const mod = await route.load();
  for (const method of METHODS) if (mod[method]) handlers.push({ route, method });
}

function describeCase(method: Method, request: Request, who: Who, body: unknown): string {
  const shown =
    typeof body === "string"
      ? body.slice(0, 300)
      : body instanceof Uint8Array
        ? `<${body.length} bytes>`
        : String(body);
  return `${method} ${request.url.slice(ORIGIN.length, ORIGIN.length + 300)} as ${who}, body ${JSON.stringify(shown)}`;
}

beforeAll(async () => {
  await ensureInterviewTypes();
  // Record each handler's schemas with one plain, signed-in request that writes nothing.
  const actors = await makeActors();
  for (const { route, method } of handlers) {
    const key = `${method} ${route.template}`;
    const rawPath = fillTemplate(
      route,
      route.segments.map(() => "fuzz-discovery"),
    );
    const request = buildRequest(method, rawPath, "", "{}", "admin", "", actors, false);
    const handler = (await route.load())[method]!;
    recorder.current = key;
    await handler(request, { params: Promise.resolve(route.match(rawPath) || {}) }).catch(() => undefined);
    recorder.current = "";
  }
});

let sent = 0;
const BASE_TRIES = 8;

function asQuery(value: unknown): string {
  if (!value || typeof value !== "object") return "";
  const pairs = Object.entries(value).flatMap(([k, v]) =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => `${encode(k)}=${encode(String(x))}`),
  );
  return pairs.length ? `?${pairs.join("&")}` : "";
}
afterAll(() => console.log(`route fuzz: ${sent} requests to ${handlers.length} route handlers`));

/** Sends one request and checks the answer; `state.checksum` is the tables' hash before it. */
async function check(
  route: Route,
  method: Method,
  request: Request,
  who: Who,
  body: unknown,
  state: { checksum: string },
) {
  sent++;
  const response = await send(route, method, request);
  const text = await response.text();
  const where = () => `${describeCase(method, request, who, body)} → ${response.status} ${text.slice(0, 300)}`;
  if (response.status >= 500) throw new Error(`5xx: ${where()}`);
  const after = await tableChecksum();
  if (response.status >= 400) {
    if (!response.headers.get("content-type")?.startsWith("application/problem+json"))
      throw new Error(`4xx without problem+json: ${where()}`);
    const problem = JSON.parse(text) as { status?: number };
    if (problem.status !== response.status) throw new Error(`problem status differs: ${where()}`);
    if (after !== state.checksum)
      throw new Error(`4xx changed ${changedTables(state.checksum, after).join(", ")}: ${where()}`);
  }
  state.checksum = after;
}

const cases = handlers.map((h) => [`${h.method} ${h.route.template}`, h] as const);

describe("route fuzz: bad input is never a 5xx, always problem+json, and writes nothing", () => {
  it("finds the API's routes and their schemas", () => {
    expect(handlers.length).toBeGreaterThan(20);
    expect(recorder.query.size + recorder.body.size).toBeGreaterThan(10);
  });

  it.each(cases)(
    "random: %s",
    async (key, { route, method }) => {
      const actors = await makeActors();
      const pool = await valuePool();
      const querySchema = recorder.query.get(key) as z.ZodType | undefined;
      const bodySchema = recorder.body.get(key) as z.ZodType | undefined;
      const arb = fc.record({
        who: fc.constantFrom<Who>("anonymous", "cookie", "token", "admin", "bad-cookie"),
        badCookie: fc.constantFrom(...BAD_COOKIES),
        segments: fc.tuple(...route.segments.map(() => rawSegment(pool))),
        query: queryArb(querySchema, pool),
        body: bodyArb(bodySchema, pool),
        crossSite: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      });
      const state = { checksum: await tableChecksum() };
      await fc.assert(
        fc.asyncProperty(arb, async (c) => {
          const request = buildRequest(
            method,
            fillTemplate(route, c.segments),
            c.query,
            c.body,
            c.who,
            c.badCookie,
            actors,
            c.crossSite,
          );
          await check(route, method, request, c.who, c.body, state);
        }),
        { numRuns: RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
    },
    60_000 + RUNS * 1_000,
  );

  it.each(cases)(
    "one bad field at a time: %s",
    async (key, { route, method }) => {
      const actors = await makeActors();
      const pool = await valuePool();
      const who: Who = route.template.includes("/admin/") ? "admin" : "token";
      const samples = (schema: z.ZodType | undefined) =>
        schema ? fc.sample(shapedBy(schema, pool, 0, false), { numRuns: BASE_TRIES, seed: 20 }) : [];
      const querySchema = recorder.query.get(key) as z.ZodType | undefined;
      const bodySchema = recorder.body.get(key) as z.ZodType | undefined;
      const queries = samples(querySchema);
      const bodies = samples(bodySchema);
      // Real rows' ids in the path, so a bad field is not hidden behind a 404.
      const segments = route.segments.map((_, i) => encode(pool.ids[i % pool.ids.length]!));
      const state = { checksum: await tableChecksum() };
      // The base is the first plausible request the route accepts (2xx), so that a 400 in the sweep
      // comes from the one bad field; with none accepted, the first is still a fair base.
      let query = queries[0];
      let body = bodies[0];
      for (let i = 0; i < BASE_TRIES && (querySchema || bodySchema); i++) {
        const request = buildRequest(
          method,
          fillTemplate(route, segments),
          asQuery(queries[i]),
          JSON.stringify(bodies[i] ?? {}),
          who,
          "",
          actors,
          false,
        );
        const response = await send(route, method, request);
        state.checksum = await tableChecksum();
        if (response.ok) {
          [query, body] = [queries[i], bodies[i]];
          break;
        }
      }
      const variants: { segments: string[]; query: string; body: string | undefined }[] = [
        ...oneBadLeaf(query).map((q) => ({ segments, query: asQuery(q), body: JSON.stringify(body ?? {}) })),
        ...oneBadLeaf(body).map((b) => ({ segments, query: asQuery(query), body: JSON.stringify(b) })),
        ...segments.flatMap((_, i) =>
          ["%00", "%ZZ", "%E0%A4%A", "%ED%A0%80", "%E2%80%8B"].map((bad) => ({
            segments: segments.map((s, j) => (i === j ? bad : s)),
            query: asQuery(query),
            body: JSON.stringify(body ?? {}),
          })),
        ),
      ];
      for (const v of variants) {
        const request = buildRequest(method, fillTemplate(route, v.segments), v.query, v.body, who, "", actors, false);
        await check(route, method, request, who, v.body, state);
      }
    },
    120_000,
  );
});
