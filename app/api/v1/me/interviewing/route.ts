import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseQuery } from "@/lib/http";
import { getInterviewerStats } from "@/lib/progress/get-interviewer-stats";
import { noQuerySchema } from "@/lib/progress/progress.schema";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  parseQuery(request, noQuerySchema);
  return jsonResponse(await getInterviewerStats(caller), requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
