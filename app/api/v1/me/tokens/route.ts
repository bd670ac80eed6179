import { createApiToken, createApiTokenSchema, listApiTokens } from "@/lib/auth/api-tokens";
import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse({ tokens: await listApiTokens(caller) }, requestId);
});

export const POST = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, createApiTokenSchema);
  return jsonResponse(await createApiToken(caller, input), requestId, {
    status: 201,
    headers: { "cache-control": "no-store" },
  });
});
