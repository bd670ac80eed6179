import { requireAdmin } from "@/lib/auth/caller";
import { resolveReportSchema } from "@/lib/feedback/feedback.schema";
import { resolveFeedbackReport } from "@/lib/feedback/feedback-reports";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const POST = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireAdmin(request);
  const input = await parseJson(request, resolveReportSchema);
  return jsonResponse(await resolveFeedbackReport(caller, params.id, input), requestId);
});
