import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseJson } from "@/lib/http";
import { matchRequestSchema } from "@/lib/matching/match-request.schema";
import { createMatchRequest, listMatchRequests } from "@/lib/matching/match-requests";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse({ matchRequests: await listMatchRequests(caller) }, requestId);
});

/** "Match me": books at once when someone fits, else stays open until its windows pass. */
export const POST = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, matchRequestSchema);
  return jsonResponse(await createMatchRequest(caller, input), requestId, { status: 201 });
});
