import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { handle, jsonTextResponse, parseJson, parseQuery } from "./http";

const post = (body: string) => new Request("http://localhost/api/v1/x", { method: "POST", body });

// handle() reads PUBLIC_URL for the security headers it puts on every answer (through lib/env.ts).
beforeAll(() => vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/unused"));

describe("handle", () => {
  it("puts the API's security headers on every answer, errors included", async () => {
    const ok = await handle(async () => new Response("{}"))(post("{}"));
    const failed = await handle(async () => {
      throw new AppError("NOT_FOUND", "No such booking.");
    })(post("{}"));
    for (const response of [ok, failed]) {
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("answers AppErrors as RFC 9457 problem+json with the request id", async () => {
    const route = handle(async () => {
      throw new AppError("NOT_FOUND", "No such booking.");
    });
    const response = await route(
      new Request("http://localhost/api/v1/bookings/1", { headers: { "x-request-id": "req-12345678" } }),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("x-request-id")).toBe("req-12345678");
    expect(await response.json()).toMatchObject({
      status: 404,
      title: "Not found",
      detail: "No such booking.",
      requestId: "req-12345678",
    });
  });

  it("answers unknown errors with a 500 that leaks nothing", async () => {
    const route = handle(async () => {
      throw new Error("connection string postgres://secret@db leaked");
    });
    const response = await route(new Request("http://localhost/api/v1/x"));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toContain("secret");
    expect(text).not.toContain("at ");
  });

  it("answers bad JSON and schema failures with 400 and field errors", async () => {
    const schema = z.object({ name: z.string().min(1), age: z.number().int() });
    const route = handle(async ({ request }) => {
      await parseJson(request, schema);
      return new Response("ok");
    });
    const badJson = await route(post("{not json"));
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { detail: string }).detail).toMatch(/not valid JSON/);
    const badFields = await route(post(JSON.stringify({ name: "", age: 1.5 })));
    expect(badFields.status).toBe(400);
    expect(Object.keys(((await badFields.json()) as { errors: object }).errors).sort()).toEqual(["age", "name"]);
  });

  it("answers a bad value under a name like toString or __proto__ with a 400 naming it", async () => {
    const route = handle(async ({ request }) => {
      parseQuery(request, z.object({}));
      return new Response("ok");
    });
    const response = await route(new Request("http://localhost/api/v1/x?toString=%00&__proto__=%ZZ"));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(body.errors)).toEqual(["__proto__"]);
    const unsafe = await route(new Request("http://localhost/api/v1/x?toString=%00&constructor=a%00"));
    expect(Object.keys(((await unsafe.json()) as { errors: object }).errors).sort()).toEqual([
      "constructor",
      "toString",
    ]);
  });
});

describe("parseQuery", () => {
  it("keeps repeated keys as arrays", () => {
    const schema = z.object({ type: z.array(z.string()), page: z.coerce.number() });
    const request = new Request("http://localhost/x?type=a&type=b&page=2");
    expect(parseQuery(request, schema)).toEqual({ type: ["a", "b"], page: 2 });
  });
});

describe("jsonTextResponse", () => {
  it("sends bytes and text unchanged", async () => {
    const json = JSON.stringify({ slots: [{ start: "2026-12-03T10:00:00.000Z", name: "Zoë" }] });
    const bytes = new Uint8Array(Buffer.from(json));
    const fromBytes = jsonTextResponse(bytes, "req-12345678");
    expect(fromBytes.headers.get("content-type")).toBe("application/json");
    expect(fromBytes.headers.get("x-request-id")).toBe("req-12345678");
    expect(await fromBytes.json()).toEqual(JSON.parse(json));
    const fromText = jsonTextResponse(json, "req-12345678", { status: 201 });
    expect(fromText.status).toBe(201);
    expect(await fromText.text()).toBe(json);
  });
});
