import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import ApiReferencePage from "../../app/developers/page";
import { GET } from "../../app/api/v1/openapi.json/route";
import { API_OPERATIONS } from "./api-operations";
import { openApiDocument } from "./openapi-document";

// The route answers through handle(), which reads PUBLIC_URL for its security headers (lib/env.ts).
beforeAll(() => vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/unused"));

const API_DIR = path.join(process.cwd(), "app", "api", "v1");

/** Every (method, path) a route.ts under app/api/v1 exports, in OpenAPI's form (`[id]` → `{id}`). */
async function routesOnDisk(dir = API_DIR): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await routesOnDisk(full)));
    else if (entry.name === "route.ts") {
      const route = "/" + path.relative(API_DIR, dir).split(path.sep).join("/");
      if (route.includes("[...")) continue; // the catch-all that answers unknown paths with a 404
      const source = await readFile(full, "utf8");
      for (const m of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
        found.push(`${m[1]!.toLowerCase()} ${route.replace(/\[(\w+)\]/g, "{$1}")}`);
      }
    }
  }
  return found;
}

describe("the OpenAPI document", () => {
  it("lists every route under app/api/v1, and nothing that is not there", async () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(documented.sort()).toEqual((await routesOnDisk()).sort());
  });

  it("is OpenAPI 3.1 with a JSON Schema for every body the handlers parse", async () => {
    const response = await GET(new Request("http://localhost/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: object }> } }>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    const booking = doc.paths["/bookings"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(booking).toMatchObject({ type: "object" });
  });

  it("describes the answer of every operation: a schema for JSON, 204 for none, or a media type", () => {
    const missing = API_OPERATIONS.filter((op) => !op.produces && op.response === undefined).map(
      (op) => `${op.method} ${op.path}`,
    );
    expect(missing, "operations still without a response schema").toEqual([]);
  });

  it("publishes each answer's JSON Schema and one Problem for every error", () => {
    const doc = openApiDocument() as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
      >;
    };
    const booking = doc.paths["/bookings/{id}"]!.get!.responses["2XX"]!.content!["application/json"]!.schema as {
      required: string[];
    };
    expect(booking.required).toContain("allowedActions");
    expect(booking.required).toContain("history");
    expect(doc.paths["/auth/sign-out"]!.post!.responses["204"]).toBeDefined();
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        expect(op.responses.default!.content!["application/problem+json"]!.schema).toEqual({
          $ref: "#/components/schemas/Problem",
        });
      }
    }
  });

  it("the reference page lists every operation", () => {
    const html = renderToStaticMarkup(ApiReferencePage());
    for (const op of API_OPERATIONS) expect(html).toContain(`/api/v1${op.path}`);
  });
});
