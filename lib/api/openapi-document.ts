import { z } from "zod";
import { API_OPERATIONS, type ApiOperation } from "./api-operations";

type JsonSchema = Record<string, unknown>;

/**
 * Requests as a client sends them (so coerced query numbers and defaults read as
 * the caller writes them); answers as the server sends them.
 */
const toJsonSchema = (schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

const PROBLEM: JsonSchema = {
  type: "object",
  description:
    "RFC 9457 problem details; `errors` holds field errors on a 400. A refused booking or move (409) adds `reason` and `alternatives`.",
  required: ["type", "title", "status", "detail", "requestId"],
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    instance: { type: "string" },
    requestId: { type: "string" },
    errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
    reason: {
      type: "string",
      description:
        "The rule that refused a time (lib/availability/slot-refusal.ts): off-grid, outside-hours, notice, horizon, you-are-busy, taken, buffer, weekly-cap",
    },
    alternatives: {
      type: "array",
      items: { type: "string", format: "date-time" },
      description:
        "Up to three starts near the refused one that work (same interviewer; for a move, the same two people)",
    },
  },
};

function parameters(op: ApiOperation) {
  const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  if (!op.query) return inPath;
  const query = toJsonSchema(op.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const inQuery = Object.entries(query.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: query.required?.includes(name) ?? false,
    schema,
  }));
  return [...inPath, ...inQuery];
}

function success(op: ApiOperation) {
  if (op.response === "empty") return { "204": { description: "Done; no body" } };
  const schema = op.produces ? { type: "string" } : op.response ? toJsonSchema(op.response, "output") : {};
  return { "2XX": { description: "Done", content: { [op.produces ?? "application/json"]: { schema } } } };
}

function operation(op: ApiOperation) {
  return {
    tags: [op.tag],
    summary: op.summary,
    operationId: `${op.method}${op.path.replace(/[^a-zA-Z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
    ...(op.public ? { security: [] } : {}),
    parameters: parameters(op),
    ...(op.body
      ? { requestBody: { required: true, content: { "application/json": { schema: toJsonSchema(op.body) } } } }
      : {}),
    responses: {
      ...success(op),
      default: {
        description: "An error, as problem+json",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    },
  };
}

let built: JsonSchema | undefined;

/** The OpenAPI 3.1 document of /api/v1, built from the zod schemas the handlers parse with. */
export function openApiDocument(): JsonSchema {
  if (built) return built;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  built = {
    openapi: "3.1.0",
    info: {
      title: "MockLoop API",
      version: "1",
      description:
        "Peer mock interviews. Authenticate with a personal API token (`Authorization: Bearer …`, made in Settings) or the session cookie; writes with the cookie must come from the site's own origin. Errors are RFC 9457 problem+json.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "mockloop.session",
          description: "`__Secure-mockloop.session` over https",
        },
      },
      schemas: { Problem: PROBLEM },
    },
    paths,
  };
  return built;
}
