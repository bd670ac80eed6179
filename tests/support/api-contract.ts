import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";
import { openApiDocument } from "../../lib/api/openapi-document";

/**
 * Checks an answer of /api/v1 against the published OpenAPI document: a JSON
 * success against its operation's response schema, an error against the one
 * Problem schema. Used by the route tests and by every Playwright page
 * (tests/e2e/support/fixtures.ts), so the contract is held by real answers.
 */
type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
  components: { schemas: Record<string, object> };
};

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped once.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ??
  addFormatsImport) as typeof addFormatsImport;

let state: { ajv: Ajv2020; doc: Doc; routes: { method: string; path: string; pattern: RegExp }[] } | undefined;

function setup() {
  if (state) return state;
  const doc = openApiDocument() as unknown as Doc;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({
      method,
      path,
      // A template segment matches one path segment; the fixed segments must match exactly.
      pattern: new RegExp(`^${path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}$`),
    })),
  );
  state = { ajv, doc, routes };
  return state;
}

const validators = new Map<string, ValidateFunction>();

function validator(key: string, schema: object): ValidateFunction {
  let found = validators.get(key);
  if (!found) {
    found = setup().ajv.compile(schema);
    validators.set(key, found);
  }
  return found;
}

/** The document's operation for a method and an /api/v1 URL, by its path template. */
export function operationFor(method: string, url: string): { method: string; path: string } | undefined {
  const pathname = new URL(url, "http://localhost").pathname.replace(/^\/api\/v1/, "") || "/";
  const m = method.toLowerCase();
  // Fixed paths win over templates (/me/history.csv before /me/{…}).
  const matches = setup().routes.filter((r) => r.method === m && r.pattern.test(pathname));
  return matches.sort((a, b) => a.path.split("{").length - b.path.split("{").length)[0];
}

/**
 * What is wrong with one answer, as sentences (empty when it keeps the contract).
 * `body` is the parsed JSON, or undefined when the answer has none.
 */
export function contractProblems(
  method: string,
  url: string,
  status: number,
  contentType: string | null,
  body: unknown,
): string[] {
  const where = `${method.toUpperCase()} ${new URL(url, "http://localhost").pathname} → ${status}`;
  const type = (contentType ?? "").split(";")[0]!.trim();
  if (status >= 400 || type === "application/problem+json") {
    if (type !== "application/problem+json") return [`${where}: an error answered as ${type || "no content type"}`];
    return errorsOf(validator("Problem", setup().doc.components.schemas.Problem!), body, where);
  }
  const op = operationFor(method, url);
  if (!op) return [`${where}: not in the OpenAPI document`];
  const responses = setup().doc.paths[op.path]![op.method]!.responses;
  if (status === 204) return responses["204"] ? [] : [`${where}: the document promises a body`];
  if (type !== "application/json") return [];
  const schema = responses["2XX"]?.content?.["application/json"]?.schema;
  if (!schema) return [`${where}: the document has no JSON answer for ${op.method.toUpperCase()} ${op.path}`];
  return errorsOf(validator(`${op.method} ${op.path}`, schema), body, where);
}

function errorsOf(validate: ValidateFunction, body: unknown, where: string): string[] {
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 5).map((e) => `${where}: ${e.instancePath || "(body)"} ${e.message}`);
}

/** contractProblems for a fetch Response; reads a clone, so the caller can still read the body. */
export async function responseProblems(method: string, url: string, response: Response): Promise<string[]> {
  const text = await response.clone().text();
  const type = response.headers.get("content-type");
  const json = /json/.test(type ?? "") && text ? (JSON.parse(text) as unknown) : undefined;
  return contractProblems(method, url, response.status, type, json);
}
