import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { apiRequest } from "../factories/requests";
import { openApiDocument } from "../../lib/api/openapi-document";
import { contractChecker } from "../support/api-contract";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../factories/users";

/**
 * Calls every GET route under app/api/v1 as user B, with every dynamic segment
 * filled with user A's id, and checks that A's e-mail address appears in no
 * answer. New routes are picked up automatically.
 */
const API_ROOT = path.join(process.cwd(), "app", "api", "v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

type RouteModule = {
  GET?: (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
};

let a: TestUser;
let b: TestUser;

beforeAll(async () => {
  await ensureInterviewTypes();
  a = await createTestUser();
  b = await createTestUser();
});

const files = routeFiles(API_ROOT);
const contract = contractChecker(openApiDocument());

describe("GET routes never reveal another user's e-mail", () => {
  it("finds the API's routes", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [path.relative(API_ROOT, path.dirname(f)) || "."]))("GET /api/v1/%s", async (relative) => {
    const mod = (await import(path.join(API_ROOT, relative, "route.ts"))) as RouteModule;
    if (!mod.GET) return;
    const params: Record<string, string | string[]> = {};
    const urlPath = relative
      .split(path.sep)
      .map((segment) => {
        const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
        if (catchAll) return (params[catchAll[1]!] = [a.caller.id]).join("/");
        const dynamic = /^\[(\w+)\]$/.exec(segment);
        if (dynamic) return (params[dynamic[1]!] = a.caller.id);
        return segment;
      })
      .join("/");
    const request = apiRequest(`/api/v1/${urlPath}?q=${encodeURIComponent(a.email)}`, { headers: bearer(b) });
    const response = await mod.GET(request, { params: Promise.resolve(params) });
    expect(response.status).toBeLessThan(500);
    // The route fuzz's cousin: whatever a stranger gets back still keeps the published contract.
    if (!relative.includes("[...")) expect(await contract.responseProblems("GET", request.url, response)).toEqual([]);
    expect(await response.text()).not.toContain(a.email);
  });
});
