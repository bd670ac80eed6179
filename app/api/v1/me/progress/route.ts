import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseQuery } from "@/lib/http";
import { getProgress } from "@/lib/progress/get-progress";
import { progressQuerySchema } from "@/lib/progress/progress.schema";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const query = parseQuery(request, progressQuerySchema);
  return jsonResponse(await getProgress(caller, query), requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
