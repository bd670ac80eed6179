import { openApiDocument } from "@/lib/api/openapi-document";
import { handle, jsonResponse } from "@/lib/http";

export const GET = handle(async ({ requestId }) =>
  jsonResponse(openApiDocument(), requestId, { headers: { "cache-control": "public, max-age=300" } }),
);
