import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";

/**
 * Checks answers of /api/v1 against an OpenAPI document: a JSON success against
 * its operation's response schema, an error against the one Problem schema.
 * Vitest files give it `openApiDocument()`; Playwright gives it the document the
 * server publishes (it cannot load lib/, which reaches the Prisma client).
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

// Function-valued fields rather than methods, so callers may destructure them.
export interface ContractChecker {
  /** The document's operation for a method and an /api/v1 URL, by its path template. */
  operationFor: (method: string, url: string) => { method: string; path: string } | undefined;
  /** What is wrong with one answer, as sentences (empty when it keeps the contract); `body` is the parsed JSON. */
  contractProblems: (
    method: string,
    url: string,
    status: number,
    contentType: string | null,
    body: unknown,
  ) => string[];
  /** contractProblems for a fetch Response; reads a clone, so the caller can still read the body. */
  responseProblems: (method: string, url: string, response: Response) => Promise<string[]>;
}

export function contractChecker(document: object): ContractChecker {
  const doc = document as Doc;
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
  const validators = new Map<string, ValidateFunction>();
  const validator = (key: string, schema: object) => {
    let found = validators.get(key);
    if (!found) validators.set(key, (found = ajv.compile(schema)));
    return found;
  };
  const errorsOf = (validate: ValidateFunction, body: unknown, where: string) =>
    validate(body)
      ? []
      : (validate.errors ?? []).slice(0, 5).map((e) => `${where}: ${e.instancePath || "(body)"} ${e.message}`);

  const operationFor = (method: string, url: string) => {
    const pathname = new URL(url, "http://localhost").pathname.replace(/^\/api\/v1/, "") || "/";
    const m = method.toLowerCase();
    // Fixed paths win over templates (/me/history.json before a /me/{…}).
    const matches = routes.filter((r) => r.method === m && r.pattern.test(pathname));
    const best = matches.sort((a, b) => a.path.split("{").length - b.path.split("{").length)[0];
    return best ? { method: best.method, path: best.path } : undefined;
  };

  const contractProblems = (
    method: string,
    url: string,
    status: number,
    contentType: string | null,
    body: unknown,
  ): string[] => {
    const where = `${method.toUpperCase()} ${new URL(url, "http://localhost").pathname} → ${status}`;
    const type = (contentType ?? "").split(";")[0]!.trim();
    if (status >= 400 || type === "application/problem+json") {
      if (type !== "application/problem+json") return [`${where}: an error answered as ${type || "no content type"}`];
      return errorsOf(validator("Problem", doc.components.schemas.Problem!), body, where);
    }
    const op = operationFor(method, url);
    if (!op) return [`${where}: not in the OpenAPI document`];
    const responses = doc.paths[op.path]![op.method]!.responses;
    if (status === 204) return responses["204"] ? [] : [`${where}: the document promises a body`];
    if (type !== "application/json") return [];
    const schema = responses["2XX"]?.content?.["application/json"]?.schema;
    if (!schema) return [`${where}: the document has no JSON answer for ${op.method.toUpperCase()} ${op.path}`];
    return errorsOf(validator(`${op.method} ${op.path}`, schema), body, where);
  };

  const responseProblems = async (method: string, url: string, response: Response) => {
    const text = await response.clone().text();
    const type = response.headers.get("content-type");
    const json = /json/.test(type ?? "") && text ? (JSON.parse(text) as unknown) : undefined;
    return contractProblems(method, url, response.status, type, json);
  };

  return { operationFor, contractProblems, responseProblems };
}
