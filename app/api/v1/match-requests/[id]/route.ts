import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, noContent } from "@/lib/http";
import { cancelMatchRequest, getMatchRequest } from "@/lib/matching/match-requests";

export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await getMatchRequest(caller, params.id), requestId);
});

export const DELETE = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  await cancelMatchRequest(caller, params.id);
  return noContent(requestId);
});
