import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseQuery } from "@/lib/http";
import { getHistory } from "@/lib/progress/get-history";
import { historyQuerySchema } from "@/lib/progress/progress.schema";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const query = parseQuery(request, historyQuerySchema);
  return jsonResponse(await getHistory(caller, query), requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
