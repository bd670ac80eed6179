import { requireAdmin } from "@/lib/auth/caller";
import { listFeedbackReports } from "@/lib/feedback/feedback-reports";
import { handle, jsonResponse } from "@/lib/http";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireAdmin(request);
  return jsonResponse(await listFeedbackReports(caller), requestId);
});
